// The cookies page: the categories, the cookie tables and the choice, written into the HTML
// at build time and taken over here so a choice is stored without a server.
import { mountCookiePreferences } from '@ddscp/consent/ui';
import { consentUi } from '../consent-config';
import { consent } from '../site';

const settings = document.getElementById('cookie-settings');
if (settings) mountCookiePreferences(consent, settings, consentUi);
