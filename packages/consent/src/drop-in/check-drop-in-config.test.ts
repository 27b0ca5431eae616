import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createConsent } from '../browser/create-consent';
import { checkConsentConfig } from '../config/check-consent-config';
import type { ConsentConfigInput } from '../config/consent-config';
import { defineConsentConfig } from '../config/define-consent-config';
import { checkDropInConfig } from './check-drop-in-config';

const VALID = {
  policyVersion: 1,
  cookie: {
    name: 'ddscp_consent',
    domain: 'example.gov.uk',
    maxAgeDays: { accepted: 365, refused: 180 },
  },
  categories: {
    necessary: { cookies: [{ name: 'ddscp_consent', purpose: 'Choices', expires: '1 year' }] },
    analytical: {
      cookies: [{ name: { pattern: '^_ga', flags: 'i' }, purpose: 'Visits', expires: '2 years' }],
      storage: ['queue', { pattern: '^q_' }],
    },
  },
  ui: { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' },
  googleConsentMode: { waitForUpdate: 500 },
};

const message = (input: unknown) => {
  try {
    checkDropInConfig(input);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('checkDropInConfig', () => {
  it('passes what the full check passes, such as the README-style drop-in configuration', () => {
    expect(() => checkConsentConfig(VALID)).not.toThrow();
    expect(message(VALID)).toBeUndefined();
    expect(message({ ...VALID, googleConsentMode: true })).toBeUndefined();
  });

  it.each([
    [{ ...VALID, policyVerison: 2 }, 'policyVerison is not a setting'],
    [{ ...VALID, policyVersion: 1.5 }, 'policyVersion must be a whole number from 1; found 1.5.'],
    [
      { ...VALID, ui: undefined },
      'ui must be an object such as {"serviceName": "DDSCP"}; found undefined.',
    ],
    [{ ...VALID, ui: { serviceName: 7 } }, 'ui.serviceName must be text; found 7.'],
    [
      { ...VALID, cookie: { maxAgeDays: 500 } },
      'cookie.maxAgeDays must be a number of days above 0 and at most 400, or { accepted, refused } with one each; found 500.',
    ],
    [
      { ...VALID, cookie: { name: 'a;b' } },
      'cookie.name must be a cookie name such as "ddscp_consent"',
    ],
    [
      { ...VALID, cookie: { sameSite: 'Lax' } },
      'cookie.sameSite must be "lax" or "strict" or "none"',
    ],
    [{ ...VALID, mode: 'opt-out' }, 'mode must be "opt-in" or "statistical-exemption"'],
    [
      {
        ...VALID,
        categories: {
          analytical: { cookies: [{ name: { pattern: '(' }, purpose: 'p', expires: 'e' }] },
        },
      },
      'categories.analytical.cookies[0].name must be a valid regular expression',
    ],
    [
      { ...VALID, categories: { analytical: { cookies: [{ name: '_ga', purpose: 'p' }] } } },
      'categories.analytical.cookies[0].expires must be text; found undefined.',
    ],
    [
      { ...VALID, categories: { analytical: { storage: [''] } } },
      'categories.analytical.storage[0] must be',
    ],
    [
      { ...VALID, googleConsentMode: { waitForUpdate: '500' } },
      'googleConsentMode.waitForUpdate must be a number',
    ],
    [[], 'the configuration must be an object'],
  ])('names the field of %j', (input, expected) => {
    expect(message(input)).toContain(`Invalid consent configuration: ${expected}`);
  });

  it('passes only what defineConsentConfig and the manager can run, whatever the JSON holds', () => {
    // As in the drop-in, a production build: defineConsentConfig only fills in the defaults.
    vi.stubEnv('NODE_ENV', 'production');
    const cookieKeys = ['name', 'domain', 'path', 'maxAgeDays', 'sameSite', 'secure'] as const;
    fc.assert(
      fc.property(
        fc.record(Object.fromEntries(cookieKeys.map((key) => [key, fc.jsonValue()])), {
          requiredKeys: [],
        }),
        fc.jsonValue(),
        (cookie, serviceName) => {
          const input = { ...VALID, cookie, ui: { serviceName } };
          if (message(input) !== undefined) return;
          expect(typeof serviceName).toBe('string');
          const config = defineConsentConfig(input as ConsentConfigInput);
          expect(createConsent(config).state.decided).toBe(false);
        },
      ),
    );
    vi.unstubAllEnvs();
  });
});
