import { addMonthsAndDays } from '../calendar/add-calendar-duration';
import { calendarDaysBetween } from '../calendar/calendar-days';
import { type IsoDate, type IsoDateInput, isoDate, isoDateParts } from '../calendar/iso-date';
import {
  firstDayOf,
  lastDayOf,
  type PartialDate,
  type PartialDateInput,
  partialDate,
} from '../calendar/partial-date';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import {
  type CheckedRetentionPolicy,
  checkRetentionPolicy,
  type RetentionPolicy,
} from './retention-policy';

/**
 * Where a published document is in its time on the website, in the order it passes
 * through them: `'scheduled'` (not yet published), `'live'`, `'expiring'` (live, within the
 * policy's warning days of its last day) and `'expired'` (must come down).
 */
export type RetentionStatus = 'scheduled' | 'live' | 'expiring' | 'expired';

/** A document's retention on a given day; see {@link retentionOf}. */
export interface Retention {
  readonly status: RetentionStatus;
  /** The first day the document can be shown: the first day its publication date can mean. */
  readonly liveFrom: IsoDate;
  /** The last day the document may still be shown (inclusive); it is expired from the day after. */
  readonly liveUntil: IsoDate;
  /**
   * The days from `today` (or from `liveFrom`, if later) to `liveUntil`, both counted: 1 on
   * the last day, 0 once expired.
   */
  readonly daysLeft: number;
}

/**
 * Whether a document published on `published` may still be shown on `today`, and until
 * when.
 *
 * `liveUntil` is the publication day plus the policy's `keepFor`, and is the last day the
 * document may be shown: published 2024-03-15, kept one year, it is live through
 * 2025-03-15 and expired from 2025-03-16. A date known only to the month or year counts
 * from its last day under `partialDates: 'latest'` (published "2024-03": live through
 * 2025-03-31) or its first day under `'earliest'`.
 *
 * @param published - the publication date, to the year, month or day.
 * @param today - the day to judge, usually `ukToday()`.
 * @param policy - the retention policy; {@link ddscpRetentionPolicy} by default.
 * @throws {InvalidDateError} when `published` or `today` is not a valid date.
 * @throws {InvalidRetentionPolicyError} or `InvalidDurationError` for an unusable policy.
 * @example
 * retentionOf('2024-03', '2025-03-31');
 * // { status: 'expiring', liveFrom: '2024-03-01', liveUntil: '2025-03-31', daysLeft: 1 }
 */
export function retentionOf(
  published: PartialDateInput,
  today: IsoDateInput,
  policy: RetentionPolicy = ddscpRetentionPolicy,
): Retention {
  const checked = checkRetentionPolicy(policy);
  const day = isoDate(today, 'retentionOf(today)');
  return retentionUnder(partialDate(published, 'retentionOf(published)'), day, checked);
}

/**
 * {@link retentionOf} with its inputs already checked, so that a catalogue of many documents
 * checks its policy once, not once per document. @internal
 */
export function retentionUnder(
  publication: PartialDate,
  day: IsoDate,
  policy: CheckedRetentionPolicy,
): Retention {
  const liveFrom = firstDayOf(publication);
  const from = policy.partialDates === 'latest' ? lastDayOf(publication) : liveFrom;
  const liveUntil = addMonthsAndDays(isoDateParts(from), policy.months, policy.days);
  const scheduled = day < liveFrom;
  const daysLeft = Math.max(0, calendarDaysBetween(scheduled ? liveFrom : day, liveUntil) + 1);
  return {
    status: statusOf(scheduled, daysLeft, policy.warnWithinDays),
    liveFrom,
    liveUntil,
    daysLeft,
  };
}

function statusOf(scheduled: boolean, daysLeft: number, warnWithinDays: number): RetentionStatus {
  if (scheduled) return 'scheduled';
  if (daysLeft === 0) return 'expired';
  return daysLeft <= warnWithinDays ? 'expiring' : 'live';
}
