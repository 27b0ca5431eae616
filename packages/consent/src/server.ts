/**
 * `@ddscp/consent/server`: reading and storing consent on the server, and the no-JavaScript
 * form, with the same configuration, cookie format and rules as the browser. Nothing here
 * touches the DOM or the browser's cookies.
 *
 * @packageDocumentation
 */
export * from './common';
export { clearCookieHeaders } from './server/clear-cookie-headers';
export { ConsentFormError } from './server/consent-form-error';
export { type ConsentSetCookieOptions, consentSetCookie } from './server/consent-set-cookie';
export { type ConsentFormBody, parseConsentForm } from './server/parse-consent-form';
export { readConsent } from './server/read-consent';
export type { HeadersLike, RequestLike } from './server/request-like';
