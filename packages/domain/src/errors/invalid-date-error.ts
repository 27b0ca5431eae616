import { describeValue } from '../internal/describe-value';
import { InvalidValueError } from './invalid-value-error';

/** What an {@link InvalidDateError} reports: the refused input and the form that was expected. */
export interface InvalidDateDetails {
  /** The value that was refused, as given. */
  readonly input: unknown;
  /** The form the value should have had, e.g. `YYYY-MM-DD`. */
  readonly expected: string;
  /** Why a value of the right form was still refused, e.g. `February 2023 has 28 days`. */
  readonly reason?: string | undefined;
  /** What the value was for, e.g. `published` or `retentionOf(today)`. */
  readonly label?: string | undefined;
}

/**
 * Thrown when text that should be a calendar date is not one.
 *
 * The message names what the value was for, quotes (a truncated piece of) the input and
 * shows the expected form, so a person fixing a catalogue file knows what to change. Catch
 * it by class to tell bad dates apart from other failures.
 *
 * @example
 * try { isoDate('2023-02-29') } catch (e) { if (e instanceof InvalidDateError) console.error(e.message) }
 */
export class InvalidDateError extends InvalidValueError {
  override readonly name = 'InvalidDateError';
  /** The value that was refused, as given (the same as `found`). */
  readonly input: unknown;
  /** What the value was for, when the caller said (the same as `field`). */
  readonly label: string | undefined;

  constructor(details: InvalidDateDetails, options?: ErrorOptions) {
    const { input, expected, reason, label } = details;
    super(
      `Invalid date ${describeValue(input)}${label ? ` for ${label}` : ''}${reason ? ` (${reason})` : ''}: expected ${expected}.`,
      { field: label, found: input, expected },
      options,
    );
    this.input = input;
    this.label = label;
  }
}
