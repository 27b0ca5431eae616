import { describeValue } from '../internal/describe-value';
import { InvalidValueError } from './invalid-value-error';

/**
 * Thrown when a deadline rule is not usable: a count of working days that is not a whole
 * number from 1, an unknown basis or review kind, or a bad `inForceFrom`. (A bad `within`
 * throws an `InvalidDurationError`.) The message names the rule and the field.
 */
export class InvalidDeadlineRuleError extends InvalidValueError {
  override readonly name = 'InvalidDeadlineRuleError';
  /** The field that was refused, e.g. `rapidReview.workingDays`. */
  declare readonly field: string;

  constructor(field: string, found: unknown, expected: string) {
    super(`Invalid deadline rule: ${field} is ${describeValue(found)}; expected ${expected}.`, {
      field,
      found,
      expected,
    });
  }
}
