/** What every {@link InvalidValueError} says: the field, what was found, what was expected. */
export interface InvalidValueDetails {
  /** What the value was for, e.g. `published`, `warnWithinDays` or `rapidReview.workingDays`. */
  readonly field?: string | undefined;
  /** The value that was refused, as given. */
  readonly found: unknown;
  /** The form or range that was expected, e.g. `YYYY-MM-DD`. */
  readonly expected: string;
}

/**
 * The base of every error this package throws for a value it cannot use: a date that is not
 * a calendar day, a duration with a misspelt part, an unusable retention policy or deadline
 * rule, a year whose bank holidays are not known. Each names the field, quotes (a truncated
 * copy of) what was found and shows what was expected, in its message and as properties, so
 * a caller can catch them all with one `instanceof` and still branch on the subclass.
 *
 * A `RangeError`: the value lies outside the values allowed.
 *
 * @example
 * try { retentionOf(published, today, policyFromFile); }
 * catch (error) { if (error instanceof InvalidValueError) console.error(error.field, error.message); }
 */
export class InvalidValueError extends RangeError {
  override readonly name: string = 'InvalidValueError';
  /** What the value was for, when known, e.g. `warnWithinDays`. */
  readonly field: string | undefined;
  /** The value that was refused, as given. */
  readonly found: unknown;
  /** What was expected, in words. */
  readonly expected: string;

  constructor(message: string, details: InvalidValueDetails, options?: ErrorOptions) {
    super(message, options);
    this.field = details.field;
    this.found = details.found;
    this.expected = details.expected;
  }
}
