// The drop-in file, built on its own into `dist/browser.js` (the export
// `@ddscp/consent/browser.js`, and the package's `unpkg` and `jsdelivr` file): one classic
// script for sites without a bundler, such as a CMS page template. It reads its configuration
// from `<script type="application/json" id="ddscp-consent-config">`, so the page needs no
// inline script, and does what a bundled site does with the module entries: the manager,
// Google Consent Mode, the banner, the cookies page and gating. Not part of the module entries.
import { createConsent } from '../browser/create-consent';
import type { ConsentConfig, ConsentUiSettings } from '../config/consent-config';
import { defineConsentConfig } from '../config/define-consent-config';
import { activateGatedElements } from '../gating/activate-gated-elements';
import { connectGoogleConsentMode } from '../google-consent-mode/connect-google-consent-mode';
import { mountConsentBanner } from '../ui/banner/mount-consent-banner';
import { mountCookiePreferences } from '../ui/preferences/mount-cookie-preferences';
import { cy } from '../ui/text/cy';
import { checkDropInConfig } from './check-drop-in-config';
import { readDropInConfig } from './read-drop-in-config';

// The page's nonce, read now: `currentScript` is this script only while it first runs.
const nonce = document.currentScript?.nonce ?? '';
const { input, problem } = readDropInConfig(document);
/** What the JSON says, as far as it can be read, for the fallback when it cannot be used. */
const given = Object(input) as { ui?: unknown; googleConsentMode?: unknown };
let config: ConsentConfig;
let working = true;
try {
  if (problem) throw problem;
  checkDropInConfig(input);
  config = defineConsentConfig(input);
} catch (error) {
  // One error that says what to fix; the visitor can still refuse, and analytics stays off:
  // under a policy version no stored decision has, nothing stored can allow it.
  console.error(`ddscp-consent: ${(error as Error).message}`);
  working = false;
  config = defineConsentConfig({ policyVersion: 999_999_999 });
}
const consent = createConsent(config);
(window as { ddscpConsent?: typeof consent }).ddscpConsent = consent;

// Now, from <head>, so `consent default` is queued before gtag.js or Google Tag Manager loads;
// with a broken configuration, still "denied" if Consent Mode was asked for.
if (working ? config.googleConsentMode : given.googleConsentMode)
  connectGoogleConsentMode(consent, working ? Object(config.googleConsentMode) : {});

const settings = (working ? config.ui : Object(given.ui)) as Partial<ConsentUiSettings>;
const ui = {
  serviceName: typeof settings.serviceName === 'string' ? settings.serviceName : location.hostname,
  ...(typeof settings.cookiesPageUrl === 'string' && { cookiesPageUrl: settings.cookiesPageUrl }),
  // The page's language decides: both languages are in this file.
  ...(/^cy\b/i.test(document.documentElement.lang) && { text: cy }),
};
let cookiesPage = '';
try {
  cookiesPage = new URL(ui.cookiesPageUrl ?? '/cookies', location.href).pathname;
} catch {
  // Not an address: no page is the cookies page.
}

let bannerDrawn = false;
const filled = new WeakSet<Element>();
/**
 * Draws what this file draws as soon as the parser has made the element it goes in, in the
 * same task, so before the browser paints it and nothing on the page moves: the banner as the
 * first thing in `<body>` (the cookies page has the choice itself, so no banner there, as on
 * GOV.UK), and the cookies page's form in each `[data-ddscp-cookie-preferences]`. With a
 * broken configuration, only a refusal is offered.
 */
const draw = () => {
  if (document.body && !bannerDrawn) {
    bannerDrawn = true;
    if (location.pathname !== cookiesPage) {
      mountConsentBanner(consent, ui);
      if (!working) document.querySelector('.ddscp-cookie-banner [value=accept]')?.remove();
    }
  }
  if (working)
    for (const container of document.querySelectorAll('[data-ddscp-cookie-preferences]'))
      if (!filled.has(container)) {
        filled.add(container);
        mountCookiePreferences(consent, container, ui);
      }
};
const parsing = new MutationObserver(draw);
/** The whole page is there: the last of the drawing, and the gated elements the site put in it. */
const parsed = () => {
  parsing.disconnect();
  draw();
  if (working) activateGatedElements(consent, { nonce });
};
if (document.readyState === 'loading') {
  parsing.observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', parsed);
  draw();
} else parsed();
