/**
 * `@ddscp/domain`: the models and rules of child safeguarding practice reviews in England.
 *
 * Dates are calendar days (`IsoDate`), never instants; the rules are pure functions over
 * plain data; zod schemas live apart from the rules so that code using only the rules does
 * not bundle zod.
 *
 * @packageDocumentation
 */

// Anonymity checks
export {
  type AnonymityFinding,
  type AnonymityOptions,
  checkAnonymity,
  type IdentifyingDetailKind,
} from './anonymity/check-anonymity';
export { identifyingDetailLabels } from './anonymity/identifying-detail-labels';
export { publicNumbers } from './anonymity/public-numbers';
// Calendar dates
export { addCalendarDuration } from './calendar/add-calendar-duration';
export {
  addCalendarDays,
  calendarDaysBetween,
  type IsoWeekday,
  isoWeekday,
} from './calendar/calendar-days';
export type { CalendarDuration } from './calendar/calendar-duration';
export { isoDateSchema, partialDateSchema } from './calendar/date-schemas';
export { formatPartialDate } from './calendar/format-partial-date';
export {
  daysInMonth,
  type IsoDate,
  type IsoDateInput,
  isIsoDate,
  isLeapYear,
  isoDate,
} from './calendar/iso-date';
export {
  firstDayOf,
  isPartialDate,
  lastDayOf,
  type PartialDate,
  type PartialDateInput,
  type PartialDatePrecision,
  partialDate,
  precisionOf,
} from './calendar/partial-date';
export { ukToday } from './calendar/uk-today';

// The catalogue of reviews
export { type Catalog, catalogSchema } from './catalog/catalog-schema';
export {
  type CatalogFinding,
  type CatalogFindingCode,
  type LintOptions,
  lintCatalog,
} from './catalog/lint-catalog';
export {
  type CatalogIssue,
  type ParseCatalogFinding,
  type ParseCatalogResult,
  parseCatalog,
} from './catalog/parse-catalog';
// The Derby and Derbyshire Safeguarding Children Partnership's own data
export { ddscp } from './ddscp/ddscp';
export { ddscpCatalog } from './ddscp/ddscp-catalog';
export { ddscpRetentionPolicy } from './ddscp/ddscp-retention-policy';
// Lifecycle and statutory deadlines
export {
  type CalendarPeriodRule,
  type DeadlineBasis,
  type DeadlineKind,
  type DeadlineRuleBase,
  type DeadlineRules,
  defaultDeadlineRules,
  type WorkingDaysRule,
} from './deadlines/deadline-rules';
export { type DeadlineStatus, deadlineStatus } from './deadlines/deadline-status';
export { type ReviewStage, type ReviewStageOn, reviewStage } from './deadlines/review-stage';
export { type Deadline, statutoryDeadlines } from './deadlines/statutory-deadlines';
// Errors for values the package cannot use, on one base
export { type InvalidDateDetails, InvalidDateError } from './errors/invalid-date-error';
export { InvalidDeadlineRuleError } from './errors/invalid-deadline-rule-error';
export { InvalidDurationError } from './errors/invalid-duration-error';
export { InvalidRetentionPolicyError } from './errors/invalid-retention-policy-error';
export { type InvalidValueDetails, InvalidValueError } from './errors/invalid-value-error';
export { UnsupportedYearError } from './errors/unsupported-year-error';
// What every check reports
export type { Finding, FindingPath, FindingSeverity } from './findings/finding';
export { type FindingCode, type FindingCodeInfo, findingCodes } from './findings/finding-codes';
export { formatPath } from './findings/format-path';
export { type ArchiveDestination, nspccRepository } from './listing/nspcc-repository';
// What the website shows, and when it must change
export {
  type ListedDocument,
  type ListedReview,
  publishedListing,
  type ReviewArchive,
  type TakenDownDocument,
} from './listing/published-listing';
export { type Takedown, takedownSchedule } from './listing/takedown-schedule';

// The review page, drawn: one renderer for servers, builds, CMS templates and browsers
export type { ListingViewOptions } from './page/listing-view';
export type {
  DomDocumentLike,
  DomElementLike,
} from './page/markup';
export {
  type ListingPageOptions,
  listingElement,
  listingHtml,
  listingPageHtml,
} from './page/render-listing';
// Partners and the partnership
export {
  type PartnerKind,
  type PartnerRole,
  partnerKinds,
  partnerRoles,
  statutoryPartnerKinds,
} from './partners/partner-kind';
export { httpsUrlSchema, type Partner, partnerSchema, slugSchema } from './partners/partner-schema';
export { partnersOn } from './partners/partners-on';
export { type Partnership, partnershipSchema } from './partners/partnership-schema';
export {
  type PartnershipFinding,
  type PartnershipFindingCode,
  type PartnershipIssue,
  type PartnershipIssueCode,
  validatePartnership,
} from './partners/validate-partnership';

// Reminders for a calendar: takedowns and statutory deadlines
export {
  type Reminder,
  type ReminderOptions,
  type ReminderStatus,
  reviewReminders,
} from './reminders/review-reminders';
// Retention of published documents
export { type Retention, type RetentionStatus, retentionOf } from './retention/retention-of';
export type { RetentionPolicy } from './retention/retention-policy';

// Reviews and their documents
export { type ReviewDocument, reviewDocumentSchema } from './reviews/review-document-schema';
export {
  type DocumentKind,
  documentKinds,
  type FamilyInvolvement,
  familyInvolvements,
  type ReviewKind,
  reviewKinds,
  type TimelineStep,
  timelineSteps,
} from './reviews/review-kinds';
export {
  type Review,
  type ReviewLearning,
  type ReviewTimeline,
  reviewSchema,
} from './reviews/review-schema';

// Working days in England and Wales
export type { BankHoliday, BankHolidaySource } from './working-days/bank-holiday';
export { bankHolidayYears } from './working-days/bank-holiday-years';
export { bankHolidaysIn, isBankHoliday } from './working-days/bank-holidays';
export { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days/working-days';
