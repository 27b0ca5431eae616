// The configuration of the README's quick start (consent.config.ts), as a page ships it: the
// size budgets count it with the code, as every page carries both.
import { defineConsentConfig } from '../dist/index.js';

export const config = defineConsentConfig({
  policyVersion: 1,
  cookie: { name: 'ddscp_consent', domain: 'example.gov.uk', maxAgeDays: 365 },
  mode: 'opt-in',
  respectGpc: true,
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
      storage: ['analytics_queue'],
    },
  },
});
