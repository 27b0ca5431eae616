// Ours, a page's whole consent JS as the consent README sets a site up (its site.ts): the
// configuration, the manager, gating, and the banner and the cookies page's form taken over
// from the HTML (connect…: the markup is rendered on the server or at build time), built for
// production. What the budgets and the comparison with vanilla-cookieconsent count.
import { activateGatedElements, createConsent } from '@ddscp/consent';
import { connectConsentBanner, connectCookiePreferences } from '@ddscp/consent/ui';
import { config } from './ours-config.js';

const consent = createConsent(config);
activateGatedElements(consent);
connectConsentBanner(consent);
const preferences = document.getElementById('cookie-preferences');
if (preferences) connectCookiePreferences(consent, preferences);
