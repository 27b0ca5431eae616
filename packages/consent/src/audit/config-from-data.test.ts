import { describe, expect, it } from 'vitest';
import { thrown } from '../../test/thrown';
import { ConsentConfigError } from '../config/consent-config-error';
import { configFromData, patternsFromJson } from './config-from-data';

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
  it('reads the drop-in configuration: JSON patterns become RegExps, ui and Consent Mode are ignored', () => {
    const config = configFromData(dropIn);
    expect(config.policyVersion).toBe(2);
    expect(config.categories.analytical.cookies[1]?.name).toEqual(/^_ga_/i);
    expect(config.categories.analytical.storage).toEqual([/^_hj/, 'queue']);
    expect(Object.keys(config)).not.toContain('ui');
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
      'categories.analytical.storage[0]',
      'must be a name, or a pattern such as { "pattern": "^_ga_" }',
    ],
    [
      { pattern: '^a', extra: 1 },
      'categories.analytical.storage[0]',
      'found {"pattern":"^a","extra":1}',
    ],
    [
      { pattern: '^a', flags: 'g' },
      'categories.analytical.storage[0]',
      'flags among d, i, m, s, u, v',
    ],
    [
      { pattern: '(' },
      'categories.analytical.storage[0]',
      'must be a valid regular expression; found "("',
    ],
  ])('refuses the pattern %j, naming %s', (pattern, field, message) => {
    const error = thrown(
      () =>
        patternsFromJson({ policyVersion: 1, categories: { analytical: { storage: [pattern] } } }),
      ConsentConfigError,
    );
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });
});
