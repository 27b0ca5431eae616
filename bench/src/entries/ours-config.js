// The configuration every "ours" bundle ships: the seed page's two categories, with the
// Google Analytics cookies declared, as a real page would have it.
import { defineConsentConfig } from '@ddscp/consent';

export const config = defineConsentConfig({
  policyVersion: 1,
  cookie: { name: 'ddscp_consent' },
  categories: {
    necessary: {
      cookies: [
        { name: 'ddscp_consent', purpose: 'Remembers your cookie choices', expires: '1 year' },
      ],
    },
    analytical: {
      cookies: [
        {
          name: '_ga',
          purpose: 'Distinguishes visitors',
          expires: '2 years',
          provider: 'Google Analytics',
        },
        {
          name: /^_ga_/,
          purpose: 'Keeps session state',
          expires: '2 years',
          provider: 'Google Analytics',
        },
      ],
    },
  },
});
