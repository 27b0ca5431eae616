// The same, for a page without the markup in its HTML: the banner and the form drawn in the
// browser (mount…), which carries the strings and the renderer.
import { activateGatedElements, createConsent } from '../dist/index.js';
import { mountConsentBanner, mountCookiePreferences } from '../dist/ui.js';
import { config } from './readme-config.js';

const consent = createConsent(config);
activateGatedElements(consent);
mountConsentBanner(consent, { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' });
const settings = document.getElementById('cookie-settings');
if (settings) mountCookiePreferences(consent, settings);
