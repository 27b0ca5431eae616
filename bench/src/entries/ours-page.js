// Ours, a page's whole consent JS: the configuration (validated in the browser), the
// manager, gating, the banner and the cookies page's preferences. What the page benchmark
// loads, and the bundle compared with the peers' UI bundles.
import { activateGatedElements, createConsent } from '@ddscp/consent';
import { mountConsentBanner, mountCookiePreferences } from '@ddscp/consent/ui';
import { config } from './ours-config.js';

const consent = createConsent(config);
activateGatedElements(consent);
mountConsentBanner(consent, { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' });
const preferences = document.getElementById('cookie-preferences');
if (preferences) mountCookiePreferences(consent, preferences, { cookiesPageUrl: '/cookies' });
