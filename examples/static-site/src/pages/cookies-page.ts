// The cookies page: the categories, the cookie tables and the choice, written into the HTML
// at build time and taken over here so a choice is stored without a server.
import { connectCookiePreferences } from '@ddscp/consent/ui';
import { consent } from '../site';

const settings = document.getElementById('cookie-settings');
if (settings) connectCookiePreferences(consent, settings);
