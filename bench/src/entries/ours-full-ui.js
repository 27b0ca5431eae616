// Ours, manager + banner + cookies-page preferences (English and Welsh built in), as the
// consent package's budget counts it: the configuration is made elsewhere.
import { activateGatedElements, createConsent } from '@ddscp/consent';
import { mountConsentBanner, mountCookiePreferences } from '@ddscp/consent/ui';

const config = /** @type {import('@ddscp/consent').ConsentConfig} */ (globalThis.consentConfig);
const consent = createConsent(config);
activateGatedElements(consent);
mountConsentBanner(consent, { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' });
const preferences = document.getElementById('cookie-preferences');
if (preferences) mountCookiePreferences(consent, preferences, { cookiesPageUrl: '/cookies' });
