import type { ConsentConfigInput } from '../src/config/consent-config';
import { defineConsentConfig } from '../src/config/define-consent-config';

/** The configuration of the issue: the partnership's two categories and Google Analytics. */
export const configInput: ConsentConfigInput = {
  policyVersion: 3,
  cookie: { name: 'ddscp_consent', domain: 'example.gov.uk', maxAgeDays: 365 },
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
        { name: '_gid', purpose: 'Distinguishes visitors', expires: '24 hours', path: '/reviews/' },
      ],
      storage: ['analytics_queue', /^_hj/],
    },
  },
};

/** {@link configInput}, validated. */
export const config = defineConsentConfig(configInput);

/** A well-formed consent id. */
export const ID = '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60';

/** A well-formed decision id. */
export const DECISION_ID = '9b1d6f4e-2c3a-4e5f-8a7b-6c5d4e3f2a1b';
