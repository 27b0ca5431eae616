// A page's whole consent JS as the README sets a site up (site.ts): the configuration, the
// manager, gating, and the banner and the cookies page's form, rendered into the HTML on the
// server or at build time and taken over here.
import { activateGatedElements, createConsent } from '../dist/index.js';
import { connectConsentBanner, connectCookiePreferences } from '../dist/ui.js';
import { config } from './readme-config.js';

const consent = createConsent(config);
activateGatedElements(consent);
connectConsentBanner(consent);
const settings = document.getElementById('cookie-settings');
if (settings) connectCookiePreferences(consent, settings);
