/**
 * `@ddscp/consent`: cookie consent for UK public-sector sites, in the browser and on the server.
 *
 * @packageDocumentation
 */
export {
  type Analytics,
  type AnalyticsOptions,
  createAnalytics,
  type SendEvent,
} from './analytics/create-analytics';
export {
  type ConsentListener,
  type ConsentManager,
  type ConsentManagerOptions,
  createConsent,
  type DecisionOptions,
} from './browser/create-consent';
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
export { activateGatedElements } from './gating/activate-gated-elements';
export {
  connectGoogleConsentMode,
  type GoogleConsentModeOptions,
} from './google-consent-mode/connect-google-consent-mode';
