import { type AnonymityFinding, anonymityChecker } from '../anonymity/check-anonymity';
import { identifyingDetailLabels } from '../anonymity/identifying-detail-labels';
import { calendarDaysBetween } from '../calendar/calendar-days';
import { type IsoDate, type IsoDateInput, isoDate } from '../calendar/iso-date';
import { lastDayOf } from '../calendar/partial-date';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import { type DeadlineRules, deadlineEntryOf } from '../deadlines/deadline-rules';
import { statusOn } from '../deadlines/deadline-status';
import {
  type Deadline,
  deadlinesUnder,
  type PreparedDeadlineRule,
  prepareDeadlineRules,
} from '../deadlines/statutory-deadlines';
import type { Finding, FindingPath } from '../findings/finding';
import type { FindingCodeOf } from '../findings/finding-codes';
import { describeDuration } from '../internal/describe-duration';
import { plural } from '../internal/plural';
import { documentPolicy, documentRetentions } from '../listing/document-retention';
import { validatePartnership } from '../partners/validate-partnership';
import type { RetentionPolicy } from '../retention/retention-policy';
import type { Review } from '../reviews/review-schema';
import { workingDaysBetween } from '../working-days/working-days';
import type { Catalog } from './catalog-schema';

/**
 * The codes {@link lintCatalog} reports: its own, and {@link validatePartnership}'s for the
 * catalogue's partnership (see `findingCodes`).
 */
export type CatalogFindingCode = FindingCodeOf<'lintCatalog' | 'validatePartnership'>;

/**
 * A problem {@link lintCatalog} found, as every check reports one ({@link Finding}).
 * `error`s make the public page or the partnership's data wrong (a detail that could
 * identify someone, a document past its retention, a statutory seat with no partner);
 * `warning`s are for the team to look at (a missing summary or date, a missed or overdue
 * deadline).
 */
export type CatalogFinding = Finding<CatalogFindingCode>;

/** What {@link lintCatalog} checks against; every part has a default. */
export interface LintOptions {
  /** The retention policy; {@link ddscpRetentionPolicy} by default. */
  readonly policy?: RetentionPolicy;
  /** Deadline rules over {@link defaultDeadlineRules}, as for {@link statutoryDeadlines}. */
  readonly rules?: Partial<DeadlineRules>;
  /** Real names of the child and family that must not appear (kept apart from the catalogue). */
  readonly knownNames?: readonly string[];
  /**
   * Details that may appear in published text. The partnership's own telephone number,
   * email address and postcode are always allowed.
   */
  readonly allow?: readonly string[];
}

/**
 * Checks a catalogue on `today` for what would make the review page wrong or needs the
 * team's attention: the partnership's data ({@link validatePartnership}, under
 * `partnership`), details in any published text field that could identify the child or
 * family ({@link checkAnonymity} over pseudonyms, titles, summaries, themes, learning and
 * document titles), documents past their retention still in the catalogue, documents with
 * no publication date, reviews without a summary, and lifecycle deadlines missed or
 * overdue. Findings come in the catalogue's order.
 *
 * Linear in the size of the catalogue: retention is worked out once per publication date,
 * rules and patterns are prepared once, so 10,000 reviews take under a second.
 *
 * @throws {InvalidDateError} when `today` is not a real `YYYY-MM-DD` day.
 * @example
 * lintCatalog(ddscpCatalog, '2025-04-01').filter((f) => f.severity === 'error').map((f) => formatPath(f.path));
 * // ['reviews[0].documents[0]', 'reviews[0].documents[1]']
 */
export function lintCatalog(
  catalog: Catalog,
  today: IsoDateInput,
  options: LintOptions = {},
): CatalogFinding[] {
  const day = isoDate(today, 'lintCatalog(today)');
  const policy = options.policy ?? ddscpRetentionPolicy;
  const { contact } = catalog.partnership;
  const check = anonymityChecker({
    knownNames: options.knownNames ?? [],
    allow: [contact.telephone, contact.email, contact.address.postcode, ...(options.allow ?? [])],
  });
  const rules = prepareDeadlineRules(options.rules);
  const retentionOn = documentRetentions(day, policy);
  const kept = new Map<unknown, string>();
  const keptFor = (document: Review['documents'][number]) => {
    const key = document.retention?.keepFor ?? policy.keepFor;
    let words = kept.get(key);
    if (words === undefined) {
      words = describeDuration(documentPolicy(document, policy).keepFor);
      kept.set(key, words);
    }
    return words;
  };
  const findings: CatalogFinding[] = validatePartnership(catalog.partnership).map(
    ({ severity, code, path, message }) => ({
      severity,
      code,
      path: ['partnership', ...path],
      message,
    }),
  );
  catalog.reviews.forEach((review, index) => {
    const at = ['reviews', index] as const;
    forEachPublicText(review, (path, text) => {
      for (const finding of check(text)) findings.push(identifying([...at, ...path], finding));
    });
    if (review.summary === undefined) {
      findings.push({
        severity: 'warning',
        code: 'missing-summary',
        path: [...at, 'summary'],
        message: `"${review.title}" has no summary: say what the review is about, without identifying the child or family.`,
      });
    }
    review.documents.forEach((document, position) => {
      const path = [...at, 'documents', position] as const;
      const retention = retentionOn(document);
      if (!retention) {
        findings.push({
          severity: 'warning',
          code: 'undated-document',
          path: [...path, 'published'],
          message: `"${document.title}" has no publication date, so nothing says when it must come down: add the date it was published (YYYY-MM-DD, or YYYY-MM if only the month is known).`,
        });
      } else if (retention.status === 'expired') {
        findings.push({
          severity: 'error',
          code: 'expired-document',
          path,
          message: `"${document.title}" (published ${document.published}, kept ${keptFor(document)}) was to come down after ${retention.liveUntil}: take it off the website and out of the catalogue; the NSPCC national case review repository keeps reports after that.`,
        });
      }
    });
    findings.push(...deadlineFindings(review, at, day, rules));
  });
  return findings;
}

/** Calls `visit` with each published text field of a review and its path in the review. */
function forEachPublicText(review: Review, visit: (path: FindingPath, text: string) => void): void {
  if (review.pseudonym !== undefined) visit(['pseudonym'], review.pseudonym);
  visit(['title'], review.title);
  if (review.summary !== undefined) visit(['summary'], review.summary);
  for (const [index, theme] of review.themes.entries()) visit(['themes', index], theme);
  for (const [part, points] of Object.entries(review.learning)) {
    for (const [index, point] of points.entries()) visit(['learning', part, index], point);
  }
  for (const [index, document] of review.documents.entries()) {
    visit(['documents', index, 'title'], document.title);
  }
}

function identifying(path: FindingPath, finding: AnonymityFinding): CatalogFinding {
  return {
    severity: 'error',
    code: 'identifying-detail',
    path,
    message: `${identifyingDetailLabels[finding.kind]} (${JSON.stringify(finding.match)}, at character ${finding.offset + 1}): published text must not identify the child or family.`,
  };
}

function deadlineFindings(
  review: Review,
  at: FindingPath,
  today: IsoDate,
  rules: readonly PreparedDeadlineRule[],
): CatalogFinding[] {
  let deadlines: Deadline[];
  try {
    deadlines = deadlinesUnder(review, rules);
  } catch (error) {
    // Only a deadline past 2099, where bank holidays are not known, gets here.
    return [
      {
        severity: 'warning',
        code: 'deadline-not-computed',
        path: [...at, 'timeline'],
        message: `The deadlines cannot be worked out: ${(error as Error).message}`,
      },
    ];
  }
  return deadlines.flatMap((deadline): CatalogFinding[] => {
    const status = statusOn(deadline, review, today);
    const path = [...at, 'timeline', deadline.completedBy];
    const entry = deadlineEntryOf(deadline.kind);
    const name = `The ${entry.name}`;
    if (status === 'missed') {
      const done = lastDayOf(review.timeline[deadline.completedBy] ?? deadline.due);
      const late =
        entry.counted === 'calendar-period'
          ? plural(calendarDaysBetween(deadline.due, done), 'day')
          : plural(workingDaysBetween(deadline.due, done), 'working day');
      return [
        {
          severity: 'warning',
          code: 'missed-deadline',
          path,
          message: `${name} was due by ${deadline.due} and done ${review.timeline[deadline.completedBy]}, ${late} late. ${deadline.rule}`,
        },
      ];
    }
    if (status === 'overdue') {
      return [
        {
          severity: 'warning',
          code: 'overdue-deadline',
          path,
          message: `${name} was due by ${deadline.due} and is not recorded as done: record its date in timeline.${deadline.completedBy} when it is. ${deadline.rule}`,
        },
      ];
    }
    return [];
  });
}
