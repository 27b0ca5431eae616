// The browser side of every page: takes over the banner and the cookies page the server
// rendered, so choices are stored without a round trip, and runs analytics once allowed.
// Without JavaScript, the server-rendered forms do the same job.
import { activateGatedElements, connectGoogleConsentMode, createConsent } from '@ddscp/consent';
import { connectConsentBanner, connectCookiePreferences } from '@ddscp/consent/ui';
import { consentConfig } from '../consent-config';

const consent = createConsent(consentConfig, {
  // Proof of consent: the record goes to the server, which keeps it only if the consent cookie
  // sent with it holds that very decision (handleConsentReport).
  onRecord: (record) => {
    void fetch('/consent-records', {
      method: 'POST',
      keepalive: true,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(record),
    });
  },
});

// Google Consent Mode first, so `consent default` (all denied) precedes any tag.
connectGoogleConsentMode(consent, { waitForUpdate: 500 });
// Runs <script type="text/plain" data-consent="analytical" src="/analytics.js"> once allowed.
activateGatedElements(consent);

// The cookies page has the choice itself, so it has no banner (as on GOV.UK); every other
// page takes over the banner the server rendered (there is none if the visitor decided).
const settings = document.getElementById('cookie-settings');
if (settings) connectCookiePreferences(consent, settings);
else connectConsentBanner(consent);
