import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown';
import { ConsentConfigError } from '../config/consent-config-error';
import { configFromData } from './config-from-data';

const dropIn = {
  policyVersion: 2,
  categories: {
    analytical: {
      cookies: [
        { name: '_ga', purpose: 'Distinguishes visitors', expires: '2 years' },
        { name: { pattern: '^_ga_', flags: 'i' }, purpose: 'Session', expires: '2 years' },
      ],
      storage: [{ pattern: '^_hj' }, 'queue'],
    },
  },
  ui: { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' },
  googleConsentMode: { waitForUpdate: 500 },
};

describe('configFromData', () => {
  it('reads the drop-in configuration: JSON patterns become RegExps', () => {
    const config = configFromData(dropIn);
    expect(config.policyVersion).toBe(2);
    expect(config.categories.analytical.cookies[1]?.name).toEqual(/^_ga_/i);
    expect(config.categories.analytical.storage).toEqual([/^_hj/, 'queue']);
  });

  it('checks the configuration even when NODE_ENV is production', () => {
    const before = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(thrown(() => configFromData({ policyVersion: 0 }), ConsentConfigError).field).toBe(
        'policyVersion',
      );
    } finally {
      process.env.NODE_ENV = before;
    }
  });

  it('takes what defineConsentConfig returned, as it is', () => {
    const config = configFromData(dropIn);
    expect(configFromData(config)).toEqual(config);
  });

  it('still refuses a misspelt setting, naming it', () => {
    expect(
      thrown(() => configFromData({ policyVersion: 1, categries: {} }), ConsentConfigError).field,
    ).toBe('categries');
    expect(thrown(() => configFromData(null), ConsentConfigError).message).toContain(
      'must be an object',
    );
  });

  it.each([
    [
      { pattern: 3 },
      'categories.analytical.storage[0].pattern',
      'must be the text of a regular expression',
    ],
    [{ pattern: '^a', extra: 1 }, 'categories.analytical.storage[0].extra', 'is not a setting'],
    [
      { pattern: '^a', flags: 'g' },
      'categories.analytical.storage[0]',
      'a storage key, or a pattern as for cookies',
    ],
    [
      { pattern: '(' },
      'categories.analytical.storage[0]',
      'must be a valid regular expression; found {"pattern":"("}',
    ],
  ])('refuses the pattern %j, naming %s', (pattern, field, message) => {
    const error = thrown(
      () =>
        configFromData({ policyVersion: 1, categories: { analytical: { storage: [pattern] } } }),
      ConsentConfigError,
    );
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });
});
