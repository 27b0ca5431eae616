/**
 * `@ddscp/consent/server`: reading and storing consent on the server, and the no-JavaScript
 * form, with the same configuration, cookie format and rules as the browser. Nothing here
 * touches the DOM or js-cookie.
 *
 * @packageDocumentation
 */
export type {
  CategoryDeclaration,
  CategoryDeclarationInput,
  ConsentCategory,
  ConsentConfig,
  ConsentConfigInput,
  ConsentCookieSettings,
  ConsentMode,
  ConsentRecordHook,
  CookieDeclaration,
  SameSite,
} from './config/consent-config';
export { ConsentConfigError } from './config/consent-config-error';
export { defineConsentConfig } from './config/define-consent-config';
export { decodeConsent, encodeConsent } from './cookies/consent-cookie-format';
export { parseCookieHeader } from './cookies/parse-cookie-header';
export type {
  ConsentChoice,
  ConsentDecision,
  ConsentMethod,
  DecisionMethod,
} from './decision/consent-decision';
export type { ConsentRecord } from './decision/consent-record';
export type { ConsentState } from './decision/consent-state';
export { clearCookieHeaders } from './server/clear-cookie-headers';
export { ConsentFormError } from './server/consent-form-error';
export { type ConsentSetCookieOptions, consentSetCookie } from './server/consent-set-cookie';
export { type ConsentFormBody, parseConsentForm } from './server/parse-consent-form';
export { readConsent } from './server/read-consent';
export type { HeadersLike, RequestLike } from './server/request-like';
