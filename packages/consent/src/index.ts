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
export * from './common';
export {
  activateGatedElements,
  type GatedElementsOptions,
} from './gating/activate-gated-elements';
export {
  connectGoogleConsentMode,
  type GoogleConsentModeOptions,
} from './google-consent-mode/connect-google-consent-mode';
