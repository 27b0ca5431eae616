// vanilla-cookieconsent 3.1: banner + preferences modal with the same two categories and the
// English text a page must supply (the library ships none). `hideFromBots: false` because
// the library hides itself from headless Chromium, which the page benchmark drives.
import { run } from 'vanilla-cookieconsent';

run({
  hideFromBots: false,
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: { autoClear: { cookies: [{ name: /^_ga/ }] } },
  },
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: {
          title: 'Cookies on DDSCP',
          description: 'We use some essential cookies to make this website work.',
          acceptAllBtn: 'Accept analytics cookies',
          acceptNecessaryBtn: 'Reject analytics cookies',
          showPreferencesBtn: 'Manage preferences',
        },
        preferencesModal: {
          title: 'Cookie preferences',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save preferences',
          sections: [
            { title: 'Necessary cookies', linkedCategory: 'necessary' },
            { title: 'Analytics cookies', linkedCategory: 'analytics' },
          ],
        },
      },
    },
  },
});
