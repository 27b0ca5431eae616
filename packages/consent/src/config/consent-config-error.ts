/**
 * Thrown by {@link defineConsentConfig} when the configuration is wrong. `field` is the path
 * of the offending setting (such as `cookie.maxAgeDays` or `categories.analytical.cookies[1].name`)
 * so a site can fix it before the page ships; the message also quotes what was found and
 * shows what is expected.
 *
 * @example
 * try { defineConsentConfig({ policyVersion: 0 }); }
 * catch (error) { if (error instanceof ConsentConfigError) console.error(error.field); } // 'policyVersion'
 */
export class ConsentConfigError extends Error {
  override readonly name = 'ConsentConfigError';

  constructor(
    /** The path of the setting that is wrong, such as `cookie.maxAgeDays`. */
    readonly field: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`Invalid consent configuration: ${field} ${message}`, options);
  }
}
