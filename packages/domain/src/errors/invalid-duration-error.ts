import { describeValue } from '../internal/describe-value';
import { InvalidValueError } from './invalid-value-error';

const EXPECTED = 'whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }';

/**
 * Thrown when a duration cannot be counted in calendar days: it has a key that is not a
 * part of a {@link CalendarDuration} (a misspelt `yeras`), hours, minutes or seconds, or a
 * part that is not a whole number; or, for a period such as a retention `keepFor` or a
 * deadline's `within`, a negative part or no length at all.
 *
 * Retention periods and deadlines are whole days in England; an hour-based duration would
 * bring back the time-zone problems that {@link IsoDate} avoids, so it is refused rather
 * than rounded. A misspelt key would otherwise count as nothing, silently.
 */
export class InvalidDurationError extends InvalidValueError {
  override readonly name = 'InvalidDurationError';
  /** The duration that was refused, as given (the same as `found`). */
  readonly input: unknown;

  constructor(input: unknown, reason: string, label?: string) {
    super(
      `Invalid duration ${describeValue(input)}${label ? ` for ${label}` : ''} (${reason}): expected ${EXPECTED}.`,
      { field: label, found: input, expected: EXPECTED },
    );
    this.input = input;
  }
}
