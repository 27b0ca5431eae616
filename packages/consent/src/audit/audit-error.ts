/** Why an audit could not run (exit status 2 for `ddscp-consent audit`). */
export type AuditErrorCode =
  | 'invalid-url'
  | 'invalid-option'
  | 'playwright-missing'
  | 'browser-missing'
  | 'browser-failed'
  | 'unreachable'
  | 'no-configuration'
  | 'invalid-configuration'
  | 'timeout'
  | 'aborted';

/**
 * Thrown by {@link auditSite} when the audit could not run at all: a bad address or option,
 * no browser, a start page that does not load, no usable configuration, or the time limit.
 * The message says what to do; `code` lets scripts branch on the kind. (A site that fails
 * the checks is not an error: the report says so.)
 */
export class AuditError extends Error {
  override readonly name = 'AuditError';

  constructor(
    /** What kind of problem stopped the audit. */
    readonly code: AuditErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
