// Runs on every page: cookie consent, and the analytics that waits for it.
import '@ddscp/consent/ui.css';
import './site.css';
import {
  activateGatedElements,
  connectGoogleConsentMode,
  createAnalytics,
  createConsent,
} from '@ddscp/consent';
import { connectConsentBanner } from '@ddscp/consent/ui';
import { consentConfig } from './consent-config';

declare global {
  interface Window {
    /** Set by /analytics.js once it has loaded (only ever after consent). */
    demoAnalytics?: { send(event: Record<string, string>): void };
  }
}

/** The visitor's consent, read from the cookie; the rest of the page subscribes to it. */
export const consent = createConsent(consentConfig);

// Google Consent Mode first, so `consent default` (all denied) is in the dataLayer before any
// tag could read it; a real site would load gtag.js or Google Tag Manager after this.
connectGoogleConsentMode(consent, { waitForUpdate: 500 });

// Runs <script type="text/plain" data-consent="analytical" src="/analytics.js"> once allowed.
activateGatedElements(consent);

// Takes over the banner the build wrote into the page. The cookies page has the choice
// itself, so it has no banner (as on GOV.UK).
if (!document.getElementById('cookie-settings')) connectConsentBanner(consent);

/**
 * Events such as downloads: held while the visitor has not decided, sent once analytics is
 * allowed (as soon as the gated /analytics.js is ready), dropped if it is refused.
 */
export const analytics = createAnalytics<Record<string, string>>(consent, {
  load: () =>
    new Promise((resolve) => {
      const ready = () => {
        const provider = window.demoAnalytics;
        if (!provider) return false;
        resolve((event) => provider.send(event));
        return true;
      };
      if (!ready()) window.addEventListener('demo-analytics-ready', ready, { once: true });
    }),
});
