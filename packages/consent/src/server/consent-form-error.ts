/**
 * Thrown by {@link parseConsentForm} when a posted consent form is missing its choice or holds
 * something else. Answer it with a 400 response (or the form again with the message); never
 * guess a choice for the visitor.
 */
export class ConsentFormError extends Error {
  override readonly name = 'ConsentFormError';

  constructor(
    /** The form field that is wrong (`analytical`), or `body` for the body as a whole. */
    readonly field: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
