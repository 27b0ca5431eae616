import { describeValue } from '../internal/describe-value';

/**
 * Thrown when a `Duration` cannot be counted in calendar days: it has hours, minutes or
 * seconds, or a part that is not a whole number (or, where it must not, is negative).
 *
 * Retention periods and deadlines are whole days in England; an hour-based duration would
 * bring back the time-zone problems that {@link IsoDate} avoids, so it is refused rather
 * than rounded.
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
