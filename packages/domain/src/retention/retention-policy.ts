import { calendarParts } from '../calendar/add-calendar-duration';
import type { CalendarDuration } from '../calendar/calendar-duration';
import { InvalidRetentionPolicyError } from '../errors/invalid-retention-policy-error';

/**
 * How long a published document stays on the website, and when to warn that it is about to
 * come down.
 *
 * The period is policy, not law: nationally a review report stays published for "at least
 * one year" (guidance), and each partnership sets its own period, so it is configurable
 * with {@link ddscpRetentionPolicy} as the default.
 */
export interface RetentionPolicy {
  /**
   * How long after publication a document may be shown, e.g. `{ years: 1 }`: whole years,
   * months, weeks and days, longer than zero. Any other key is refused, so that a misspelt
   * one (`yeras`) cannot stand for no time at all.
   */
  readonly keepFor: CalendarDuration;
  /**
   * Which day a date known only to the month or year counts from: `'latest'` (the last day
   * it can mean, never taking a document down too early) or `'earliest'` (the first).
   */
  readonly partialDates: 'latest' | 'earliest';
  /**
   * How many days before the end a document is `'expiring'`, counting its last day; 0 never
   * warns (a real choice, unlike a `keepFor` of zero).
   */
  readonly warnWithinDays: number;
}

/**
 * `keepFor` is a period: never negative, and never zero, which would show a document on the
 * day it is published and take it down the next. @internal
 */
export const keepForPeriod = {
  zero: 'a zero period would show a document on its day of publication only',
} as const;

/**
 * A policy after {@link checkRetentionPolicy}: its period as whole months and days, ready to
 * apply to many documents without checking it again. @internal
 */
export interface CheckedRetentionPolicy {
  readonly months: number;
  readonly days: number;
  readonly partialDates: RetentionPolicy['partialDates'];
  readonly warnWithinDays: number;
}

/** Checks every field of a policy, once, and gives its period in whole months and days. @internal */
export function checkRetentionPolicy(policy: RetentionPolicy): CheckedRetentionPolicy {
  if (policy === null || typeof policy !== 'object') {
    throw new InvalidRetentionPolicyError(
      'the policy',
      policy,
      'an object such as ddscpRetentionPolicy',
    );
  }
  if (policy.partialDates !== 'latest' && policy.partialDates !== 'earliest') {
    throw new InvalidRetentionPolicyError(
      'partialDates',
      policy.partialDates,
      "'latest' or 'earliest'",
    );
  }
  if (!Number.isSafeInteger(policy.warnWithinDays) || policy.warnWithinDays < 0) {
    throw new InvalidRetentionPolicyError(
      'warnWithinDays',
      policy.warnWithinDays,
      'a whole number of days from 0, e.g. 30',
    );
  }
  const { months, days } = calendarParts(policy.keepFor, 'policy.keepFor', keepForPeriod);
  return { months, days, partialDates: policy.partialDates, warnWithinDays: policy.warnWithinDays };
}
