/**
 * `@ddscp/consent/ui`: the cookie banner and the cookies page's preferences (the GOV.UK
 * patterns), in English and Welsh. The `render…Html` functions make the markup as strings on
 * the server or at build time, with forms that work without JavaScript; the `connect…`
 * functions run that markup in the browser, and the `mount…` functions draw it first where
 * the page has none. Nothing runs on import and
 * nothing here touches the DOM outside the `mount…` functions, so the server imports this
 * entry as it is. Style it with `@ddscp/consent/ui.css`.
 *
 * @packageDocumentation
 */

export { renderConsentHeadScriptHtml } from './head/render-consent-head-script-html';
export { connectConsentBanner } from './ui/banner/connect-consent-banner';
export { mountConsentBanner } from './ui/banner/mount-consent-banner';
export { renderConsentBannerHtml } from './ui/banner/render-consent-banner-html';
export type {
  ConsentBannerOptions,
  ConsentUiOptions,
  CookiePreferencesOptions,
} from './ui/consent-ui-options';
export { connectCookiePreferences } from './ui/preferences/connect-cookie-preferences';
export { mountCookiePreferences } from './ui/preferences/mount-cookie-preferences';
export { readableCookieName } from './ui/preferences/readable-cookie-name';
export { renderCookiePreferencesHtml } from './ui/preferences/render-cookie-preferences-html';
export type { ConsentUiText } from './ui/text/consent-ui-text';
export { cy } from './ui/text/cy';
export { en } from './ui/text/en';
