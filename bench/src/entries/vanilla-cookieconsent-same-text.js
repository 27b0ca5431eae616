// vanilla-cookieconsent 3.1 with what ours shows: the same banner text, the two categories
// with the same descriptions and a table of the same cookies in the preferences, as its
// documentation configures them (`description`, `cookieTable`). The bundle for comparing
// like with like: the plain entry (vanilla-cookieconsent.js) supplies less text than ours.
import { run } from 'vanilla-cookieconsent';

const cookies = (rows) => ({
  headers: { name: 'Name', description: 'Purpose', duration: 'Expires' },
  body: rows,
});

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
          description:
            'We use some essential cookies to make this service work. We’d also like to use analytics cookies so we can understand how you use the service and make improvements.',
          acceptAllBtn: 'Accept analytics cookies',
          acceptNecessaryBtn: 'Reject analytics cookies',
          showPreferencesBtn: 'View cookies',
        },
        preferencesModal: {
          title: 'Cookies',
          acceptAllBtn: 'Accept all',
          acceptNecessaryBtn: 'Reject all',
          savePreferencesBtn: 'Save cookie settings',
          sections: [
            {
              title: 'Necessary cookies',
              description:
                'Some cookies are required to provide core functionality. The website won’t function properly without these cookies and they are enabled by default and cannot be disabled.',
              linkedCategory: 'necessary',
              cookieTable: cookies([
                {
                  name: 'ddscp_consent',
                  description: 'Remembers your cookie choices',
                  duration: '1 year',
                },
              ]),
            },
            {
              title: 'Analytical cookies',
              description:
                'Analytical cookies help us improve our website by collecting and reporting information on its usage.',
              linkedCategory: 'analytics',
              cookieTable: cookies([
                {
                  name: '_ga',
                  description: 'Distinguishes visitors (Google Analytics)',
                  duration: '2 years',
                },
                {
                  name: '_ga_<ID>',
                  description: 'Keeps session state (Google Analytics)',
                  duration: '2 years',
                },
              ]),
            },
          ],
        },
      },
    },
  },
});
