// @ddscp/domain as a TypeScript user sees it. Type-checked in the rehearsal's consumer
// project under moduleResolution "nodenext" (as ESM and as CJS) and "bundler".

import {
  type AnonymityFinding,
  addWorkingDays,
  type BankHoliday,
  bankHolidaysIn,
  type CalendarDuration,
  type Catalog,
  type CatalogFinding,
  checkAnonymity,
  type Deadline,
  type DeadlineStatus,
  ddscp,
  ddscpCatalog,
  ddscpRetentionPolicy,
  deadlineStatus,
  defaultDeadlineRules,
  type Finding,
  findingCodes,
  firstDayOf,
  formatPartialDate,
  formatPath,
  type IsoDate,
  isoDate,
  type ListedDocument,
  type ListedReview,
  lintCatalog,
  listingHtml,
  type ParseCatalogResult,
  type PartialDate,
  type Partner,
  type Partnership,
  type PartnershipFinding,
  parseCatalog,
  partialDate,
  partnerSchema,
  partnersOn,
  publishedListing,
  type Reminder,
  type Retention,
  type RetentionPolicy,
  type RetentionStatus,
  type Review,
  type ReviewDocument,
  type ReviewStage,
  retentionOf,
  reviewReminders,
  reviewStage,
  statutoryDeadlines,
  type Takedown,
  takedownSchedule,
  ukToday,
  validatePartnership,
  workingDaysBetween,
} from '@ddscp/domain';

export const day: IsoDate = isoDate('2024-02-29');
// @ts-expect-error a plain string is not an IsoDate: dates must go through isoDate()
export const notADay: IsoDate = '2024-02-29';
// Date literals written in code are accepted where a date is needed (and checked at run time).
export const deadline: IsoDate = addWorkingDays('2024-12-20', 5);
export const between: number = workingDaysBetween(day, deadline);
// @ts-expect-error an arbitrary string must be validated first
addWorkingDays(String(Date.now()), 5);

export const published: PartialDate = partialDate('2024-03');
export const anIsoDateIsAPartialDate: PartialDate = day;
export const first: IsoDate = firstDayOf(published);
export const today: IsoDate = ukToday();
export const inWords: string = formatPartialDate(published);

export const holidays: readonly BankHoliday[] = bankHolidaysIn(2025);

const keepFor: CalendarDuration = { years: 1 };
export const policy: RetentionPolicy = { ...ddscpRetentionPolicy, keepFor };
export const retention: Retention = retentionOf(published, today, policy);
export const status: RetentionStatus = retention.status;

export const partnership: Partnership = ddscp;
export const partners: Partner[] = partnersOn(ddscp, '2024-03-01');
export const issues: PartnershipFinding[] = validatePartnership(ddscp);
export const parsed: Partner = partnerSchema.parse({});

// The catalogue: parsed from a file, listed, checked.
const result: ParseCatalogResult = parseCatalog(JSON.parse('{}'));
export const catalog: Catalog = result.ok ? result.catalog : ddscpCatalog;
// @ts-expect-error the findings exist only when parsing failed: check `ok` first
export const unchecked = result.findings;
export const problems: readonly Finding[] = result.ok ? [] : result.findings;
export const where: string[] = problems.map((finding) => formatPath(finding.path));
export const severity: 'error' | 'warning' = findingCodes['expired-document'].severity;
export const review: Review | undefined = catalog.reviews[0];
export const firstDocument: ReviewDocument | undefined = review?.documents[0];
export const listing: ListedReview[] = publishedListing(ddscpCatalog, '2025-03-31');
export const listed: ListedDocument | undefined = listing[0]?.documents[0];
export const liveUntil: IsoDate | null | undefined = listed?.liveUntil;
export const takedowns: Takedown[] = takedownSchedule(catalog, '2025-03-01', '2025-03-31', policy);
export const findings: CatalogFinding[] = lintCatalog(catalog, today, { knownNames: ['Jane'] });
export const details: AnonymityFinding[] = checkAnonymity('Seen at DE22 1GT.');
export const html: string = listingHtml(listing);
export const reminders: Reminder[] = reviewReminders(catalog, today, { alarmWorkingDays: 3 });

// Deadlines, with the unconfirmed notice period changed.
export const deadlines: Deadline[] = review
  ? statutoryDeadlines(review, {
      prePublicationNotice: { ...defaultDeadlineRules.prePublicationNotice, workingDays: 10 },
    })
  : [];
export const statuses: DeadlineStatus[] = review
  ? deadlines.map((d) => deadlineStatus(d, review, today))
  : [];
export const stage: ReviewStage | undefined = review && reviewStage(review, today).stage;
