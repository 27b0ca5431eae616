import { describeValue } from '../internal/describe-value';
import { InvalidValueError } from './invalid-value-error';

/**
 * Thrown when a {@link RetentionPolicy} is not usable: `partialDates` is neither `'latest'`
 * nor `'earliest'`, or `warnWithinDays` is not a whole number of days from 0. (A bad
 * `keepFor` throws an `InvalidDurationError`.) Policies often come from configuration
 * files, so the message names the field and quotes what was found.
 */
export class InvalidRetentionPolicyError extends InvalidValueError {
  override readonly name = 'InvalidRetentionPolicyError';
  /** The field that was refused, e.g. `warnWithinDays`. */
  declare readonly field: string;

  constructor(field: string, found: unknown, expected: string) {
    super(`Invalid retention policy: ${field} is ${describeValue(found)}; expected ${expected}.`, {
      field,
      found,
      expected,
    });
  }
}
