// The same in Welsh: the Welsh strings as well.
import { activateGatedElements, createConsent } from '../dist/index.js';
import { cy, mountConsentBanner, mountCookiePreferences } from '../dist/ui.js';
import { config } from './readme-config.js';

const consent = createConsent(config);
activateGatedElements(consent);
mountConsentBanner(consent, { serviceName: 'DDSCP', cookiesPageUrl: '/cwcis', text: cy });
const settings = document.getElementById('cookie-settings');
if (settings) mountCookiePreferences(consent, settings, { text: cy });
