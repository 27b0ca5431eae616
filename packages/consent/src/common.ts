// The names that both the browser entry (`@ddscp/consent`) and the server entry
// (`@ddscp/consent/server`) export: the configuration, the cookie format and the decision
// types. One list, so the two entries cannot drift apart; each entry adds its own names.
export type {
  CategoryDeclaration,
  CategoryDeclarationInput,
  ConsentCategory,
  ConsentConfig,
  ConsentConfigInput,
  ConsentCookieSettings,
  ConsentMode,
  ConsentRecordHook,
  ConsentUiSettings,
  CookieDeclaration,
  CookieDeclarationInput,
  NamePattern,
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
