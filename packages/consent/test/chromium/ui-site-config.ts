// The test site's cookie policy, shared by its server (Node) and its browser script (bundled
// with the built package), as a real site shares one configuration module.
import type { ConsentConfigInput } from '../../src/config/consent-config';

/** The partnership's categories; host-only, as the tests run on 127.0.0.1. */
export const siteConfigInput: ConsentConfigInput = {
  policyVersion: 3,
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
};
