import { describeValue } from '../internal/describe-value';

/**
 * Thrown when a `Duration` cannot be counted in calendar days: it has a key that is not a
 * part of a `Duration` (a misspelt `yeras`), hours, minutes or seconds, or a part that is
 * not a whole number; or, for a period such as a retention `keepFor` or a deadline's
 * `within`, a negative part or no length at all.
 *
 * Retention periods and deadlines are whole days in England; an hour-based duration would
 * bring back the time-zone problems that {@link IsoDate} avoids, so it is refused rather
 * than rounded. A misspelt key would otherwise count as nothing, silently.
 */
export class InvalidDurationError extends RangeError {
  override readonly name = 'InvalidDurationError';
  /** The duration that was refused, as given. */
  readonly input: unknown;

  constructor(input: unknown, reason: string, label?: string) {
    super(
      `Invalid duration ${describeValue(input)}${label ? ` for ${label}` : ''} (${reason}): expected whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }.`,
    );
    this.input = input;
  }
}
