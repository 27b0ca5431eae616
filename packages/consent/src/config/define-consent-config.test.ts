import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { thrown } from '../../test/thrown';
import type { ConsentConfigInput } from './consent-config';
import { ConsentConfigError } from './consent-config-error';
import { defineConsentConfig } from './define-consent-config';

/** The error a configuration fails with, or a test failure if it does not. */
const errorOf = (input: unknown) =>
  thrown(() => defineConsentConfig(input as ConsentConfigInput), ConsentConfigError);

describe('defineConsentConfig', () => {
  it('fills in the documented defaults', () => {
    expect(defineConsentConfig({ policyVersion: 1 })).toEqual({
      policyVersion: 1,
      cookie: {
        name: 'ddscp_consent',
        path: '/',
        maxAgeDays: 365,
        sameSite: 'lax',
        secure: 'auto',
      },
      mode: 'opt-in',
      respectGpc: true,
      categories: {
        necessary: { cookies: [], storage: [] },
        analytical: { cookies: [], storage: [] },
      },
    });
  });

  it('keeps what the site set, including patterns as the same objects', () => {
    const pattern = /^_ga_/;
    const cookie = {
      name: 'consent',
      domain: 'example.gov.uk',
      path: '/site',
      maxAgeDays: 182,
      sameSite: 'strict',
      secure: true,
    } as const;
    const declaration = {
      name: pattern,
      purpose: 'Session',
      expires: '2 years',
      provider: 'Google',
      domain: 'example.gov.uk',
      path: '/',
    };
    const config = defineConsentConfig({
      policyVersion: 7,
      cookie,
      mode: 'statistical-exemption',
      respectGpc: false,
      categories: { analytical: { cookies: [declaration], storage: ['queue', /^_hj/] } },
    });
    expect(config.cookie).toEqual(cookie);
    expect(config.mode).toBe('statistical-exemption');
    expect(config.respectGpc).toBe(false);
    expect(config.categories.analytical.cookies).toEqual([declaration]);
    expect(config.categories.analytical.cookies[0]?.name).toBe(pattern);
    expect(config.categories.analytical.storage).toEqual(['queue', /^_hj/]);
  });

  it('takes separate lifetimes for an acceptance and a refusal, copied and frozen', () => {
    const maxAgeDays = { accepted: 365, refused: 180 };
    const config = defineConsentConfig({ policyVersion: 1, cookie: { maxAgeDays } });
    expect(config.cookie.maxAgeDays).toEqual(maxAgeDays);
    expect(config.cookie.maxAgeDays).not.toBe(maxAgeDays);
    expect(Object.isFrozen(config.cookie.maxAgeDays)).toBe(true);
    expect(Object.isFrozen(maxAgeDays)).toBe(false);
  });

  it('returns a frozen configuration, so no code can change it after validation', () => {
    const config = defineConsentConfig({
      policyVersion: 1,
      categories: { analytical: { cookies: [{ name: '_ga', purpose: 'p', expires: 'e' }] } },
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.cookie)).toBe(true);
    expect(Object.isFrozen(config.categories.analytical.cookies)).toBe(true);
    expect(Object.isFrozen(config.categories.analytical.cookies[0])).toBe(true);
  });

  it('does not freeze or change the objects the site passed in', () => {
    const cookie = { name: 'consent' };
    const pattern = /^_ga_/;
    defineConsentConfig({
      policyVersion: 1,
      cookie,
      categories: { analytical: { cookies: [{ name: pattern, purpose: 'p', expires: 'e' }] } },
    });
    expect(Object.isFrozen(cookie)).toBe(false);
    expect(Object.isFrozen(pattern)).toBe(false);
    expect(cookie).toEqual({ name: 'consent' });
  });

  it.each([
    [{}, 'policyVersion', 'found undefined'],
    [{ policyVersion: 0 }, 'policyVersion', 'a whole number from 1; found 0'],
    [{ policyVersion: 1.5 }, 'policyVersion', 'found 1.5'],
    [{ policyVersion: '2' }, 'policyVersion', 'found "2"'],
    [
      { policyVersion: 1, cookie: { name: 'has space' } },
      'cookie.name',
      'a cookie name such as "ddscp_consent"; found "has space"',
    ],
    [
      { policyVersion: 1, cookie: { domain: 'https://example.gov.uk' } },
      'cookie.domain',
      'host name',
    ],
    [
      { policyVersion: 1, cookie: { domain: '.example.gov.uk' } },
      'cookie.domain',
      'found ".example.gov.uk"',
    ],
    [{ policyVersion: 1, cookie: { path: 'reviews' } }, 'cookie.path', 'a path such as "/"'],
    [
      { policyVersion: 1, cookie: { path: '/a;Domain=evil.com' } },
      'cookie.path',
      'found "/a;Domain=evil.com"',
    ],
    [
      { policyVersion: 1, cookie: { maxAgeDays: 0 } },
      'cookie.maxAgeDays',
      'at most 400, or { accepted, refused } with one each; found 0',
    ],
    [
      { policyVersion: 1, cookie: { maxAgeDays: { accepted: 365 } } },
      'cookie.maxAgeDays',
      'found {"accepted":365}',
    ],
    [
      { policyVersion: 1, cookie: { maxAgeDays: { accepted: 365, refused: 401 } } },
      'cookie.maxAgeDays',
      'found {"accepted":365,"refused":401}',
    ],
    [
      { policyVersion: 1, cookie: { maxAgeDays: { accepted: 365, refused: 180, rejected: 90 } } },
      'cookie.maxAgeDays',
      'found {"accepted":365,"refused":180,"rejected":90}',
    ],
    [{ policyVersion: 1, cookie: { maxAgeDays: 401 } }, 'cookie.maxAgeDays', 'found 401'],
    [{ policyVersion: 1, cookie: { maxAgeDays: '365' } }, 'cookie.maxAgeDays', 'found "365"'],
    [
      { policyVersion: 1, cookie: { sameSite: 'Lax' } },
      'cookie.sameSite',
      '"lax" or "strict" or "none"; found "Lax"',
    ],
    [{ policyVersion: 1, cookie: { secure: 'yes' } }, 'cookie.secure', '"auto" or true or false'],
    [
      { policyVersion: 1, cookie: { sameSite: 'none', secure: false } },
      'cookie.secure',
      'sameSite "none"',
    ],
    [
      { policyVersion: 1, mode: 'opt-out' },
      'mode',
      '"opt-in" or "statistical-exemption"; found "opt-out"',
    ],
    [{ policyVersion: 1, respectGpc: 'true' }, 'respectGpc', 'true or false; found "true"'],
    [{ policyVersion: 1, cookie: 'ddscp' }, 'cookie', 'an object; found "ddscp"'],
    [{ policyVersion: 1, categories: [] }, 'categories', 'an object; found []'],
    [
      { policyVersion: 1, categories: { analytical: { cookies: {} } } },
      'categories.analytical.cookies',
      'an array',
    ],
    [
      {
        policyVersion: 1,
        categories: { analytical: { cookies: [{ purpose: 'p', expires: 'e' }] } },
      },
      'categories.analytical.cookies[0].name',
      'found undefined',
    ],
    [
      {
        policyVersion: 1,
        categories: { analytical: { cookies: [{ name: /^_ga/g, purpose: 'p', expires: 'e' }] } },
      },
      'categories.analytical.cookies[0].name',
      'without the g or y flag; found /^_ga/g',
    ],
    [
      {
        policyVersion: 1,
        categories: { analytical: { cookies: [{ name: '_ga', purpose: ' ', expires: 'e' }] } },
      },
      'categories.analytical.cookies[0].purpose',
      'a description',
    ],
    [
      {
        policyVersion: 1,
        categories: { analytical: { cookies: [{ name: '_ga', purpose: 'p' }] } },
      },
      'categories.analytical.cookies[0].expires',
      'found undefined',
    ],
    [
      {
        policyVersion: 1,
        categories: {
          analytical: { cookies: [{ name: '_ga', purpose: 'p', expires: 'e', provider: 3 }] },
        },
      },
      'categories.analytical.cookies[0].provider',
      'found 3',
    ],
    [
      { policyVersion: 1, categories: { necessary: { storage: [''] } } },
      'categories.necessary.storage[0]',
      'a storage key',
    ],
    [
      {
        policyVersion: 1,
        categories: { analytical: { cookies: [{ name: /consent/, purpose: 'p', expires: 'e' }] } },
      },
      'categories.analytical.cookies[0].name',
      'another name than the consent cookie',
    ],
    [
      {
        policyVersion: 1,
        categories: {
          analytical: { cookies: [{ name: { pattern: 'consent' }, purpose: 'p', expires: 'e' }] },
        },
      },
      'categories.analytical.cookies[0].name',
      'another name than the consent cookie; found {"pattern":"consent"}',
    ],
    [
      {
        policyVersion: 1,
        categories: {
          analytical: {
            cookies: [{ name: { pattern: '^_ga', flags: 'gi' }, purpose: 'p', expires: 'e' }],
          },
        },
      },
      'categories.analytical.cookies[0].name',
      'without the g or y flag; found {"pattern":"^_ga","flags":"gi"}',
    ],
    [
      {
        policyVersion: 1,
        categories: {
          analytical: { cookies: [{ name: { pattern: 5 }, purpose: 'p', expires: 'e' }] },
        },
      },
      'categories.analytical.cookies[0].name.pattern',
      'the text of a regular expression',
    ],
    [
      {
        policyVersion: 1,
        categories: { analytical: { storage: [{ pattern: '^_hj', flags: 'I' }] } },
      },
      'categories.analytical.storage[0].flags',
      'flags such as "i"; found "I"',
    ],
    [{ policyVersion: 1, ui: { cookiesPageUrl: '/cookies' } }, 'ui.serviceName', 'found undefined'],
    [
      { policyVersion: 1, ui: { serviceName: 'DDSCP', cookiesPageUrl: 'javascript:alert(1)' } },
      'ui.cookiesPageUrl',
      'a path of your site such as "/cookies"',
    ],
    [{ policyVersion: 1, ui: 'DDSCP' }, 'ui', 'an object; found "DDSCP"'],
    [
      { policyVersion: 1, googleConsentMode: { waitForUpdate: -1 } },
      'googleConsentMode.waitForUpdate',
      'milliseconds from 0 to 60000',
    ],
    [
      { policyVersion: 1, googleConsentMode: { dataLayerName: 'data layer' } },
      'googleConsentMode.dataLayerName',
      'the name of a global variable',
    ],
    [{ policyVersion: 1, googleConsentMode: 'yes' }, 'googleConsentMode', 'an object; found "yes"'],
  ])('refuses %j, naming %s', (input, field, message) => {
    const error = errorOf(input);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`Invalid consent configuration: ${field} must be`);
    expect(error.message).toContain(message);
  });

  it('names the field and keeps the cause of a JSON pattern that is no regular expression', () => {
    const error = errorOf({
      policyVersion: 1,
      categories: {
        analytical: { cookies: [{ name: { pattern: '(' }, purpose: 'p', expires: 'e' }] },
      },
    });
    expect(error.field).toBe('categories.analytical.cookies[0].name');
    expect(error.message).toContain('must be a valid regular expression; found {"pattern":"("}');
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it.each(['gov.uk', 'co.uk', 'nhs.uk', 'org.uk', 'github.io', 'sch.uk', 'uk', 'localhost'])(
    'refuses the public suffix %s as cookie.domain, saying why',
    (domain) => {
      const error = errorOf({ policyVersion: 1, cookie: { domain } });
      expect(error.field).toBe('cookie.domain');
      expect(error.message).toContain(`found "${domain}", which is a public suffix`);
      expect(error.message).toContain('browsers refuse cookies there');
    },
  );

  it.each(['example.gov.uk', 'derby.gov.uk', 'ddscp.github.io', 'ddscp.test', '127.0.0.1'])(
    'accepts %s as cookie.domain',
    (domain) => {
      expect(defineConsentConfig({ policyVersion: 1, cookie: { domain } }).cookie.domain).toBe(
        domain,
      );
    },
  );

  it('refuses unknown settings at every level, so a misspelt one is caught', () => {
    expect(errorOf({ policyVersion: 1, policyVerison: 2 }).field).toBe('policyVerison');
    expect(errorOf({ policyVersion: 1, cookie: { maxAge: 30 } }).message).toBe(
      'Invalid consent configuration: cookie.maxAge is not a setting: the settings here are name, domain, path, maxAgeDays, sameSite, secure.',
    );
    expect(errorOf({ policyVersion: 1, categories: { marketing: {} } }).field).toBe(
      'categories.marketing',
    );
    expect(
      errorOf({
        policyVersion: 1,
        categories: {
          analytical: { cookies: [{ name: '_ga', purpose: 'p', expires: 'e', lifetime: 1 }] },
        },
      }).field,
    ).toBe('categories.analytical.cookies[0].lifetime');
  });

  it('refuses a configuration that is not an object', () => {
    for (const input of [undefined, null, 1, 'config', []]) {
      expect(errorOf(input).message).toMatch(
        /^Invalid consent configuration: the configuration must be an object; found /,
      );
    }
  });

  it('lets the necessary category declare the consent cookie itself', () => {
    const config = defineConsentConfig({
      policyVersion: 1,
      categories: {
        necessary: {
          cookies: [{ name: 'ddscp_consent', purpose: 'Remembers choices', expires: '1 year' }],
        },
      },
    });
    expect(config.categories.necessary.cookies).toHaveLength(1);
  });

  it('quotes hostile values briefly', () => {
    const message = errorOf({ policyVersion: 'x'.repeat(10_000) }).message;
    expect(message.length).toBeLessThan(200);
  });
});

describe('defineConsentConfig, the JSON form', () => {
  const json = {
    policyVersion: 2,
    categories: {
      analytical: {
        cookies: [
          { name: '_ga', purpose: 'Counts', expires: '2 years' },
          { name: { pattern: '^_ga_' }, purpose: 'Sessions', expires: '2 years' },
          { name: { pattern: '^_GID$', flags: 'i' }, purpose: 'Days', expires: '1 day' },
        ],
        storage: [{ pattern: '^_hj' }, 'queue'],
      },
    },
    ui: { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' },
    googleConsentMode: { waitForUpdate: 500 },
  };

  it('turns { pattern, flags } into the RegExp a page written in code would pass', () => {
    const config = defineConsentConfig(JSON.parse(JSON.stringify(json)));
    const [, session, day] = config.categories.analytical.cookies;
    expect(session?.name).toEqual(/^_ga_/);
    expect(day?.name).toEqual(/^_GID$/i);
    expect(config.categories.analytical.storage).toEqual([/^_hj/, 'queue']);
  });

  it('keeps the drop-in settings, ui and googleConsentMode, with the rest of the configuration', () => {
    const config = defineConsentConfig(json as ConsentConfigInput);
    expect(config.ui).toEqual({ serviceName: 'DDSCP', cookiesPageUrl: '/cookies' });
    expect(config.googleConsentMode).toEqual({ waitForUpdate: 500 });
    expect(Object.isFrozen(config.ui)).toBe(true);
    expect(Object.isFrozen(json.ui)).toBe(false);
    expect(
      defineConsentConfig({ policyVersion: 1, googleConsentMode: true }).googleConsentMode,
    ).toBe(true);
  });

  it('gives the same configuration for a RegExp and its JSON form (property)', () => {
    const source = fc.stringMatching(/^\^?[\w-]{1,8}\$?$/);
    fc.assert(
      fc.property(source, fc.constantFrom('', 'i', 'u', 'iu'), (pattern, flags) => {
        const declared = (name: unknown) =>
          defineConsentConfig({
            policyVersion: 1,
            cookie: { name: '!!!' }, // matched by none of the patterns
            categories: {
              analytical: { cookies: [{ name, purpose: 'p', expires: 'e' }] as never },
            },
          });
        expect(declared({ pattern, flags })).toEqual(declared(new RegExp(pattern, flags)));
      }),
    );
  });
});

describe('defineConsentConfig in production', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('leaves the checks out where NODE_ENV is "production", and still fills in the defaults', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const config = defineConsentConfig({ policyVersion: 0, cookie: { domain: 'gov.uk' } } as never);
    expect(config.policyVersion).toBe(0);
    expect(config.cookie).toEqual({
      name: 'ddscp_consent',
      domain: 'gov.uk',
      path: '/',
      maxAgeDays: 365,
      sameSite: 'lax',
      secure: 'auto',
    });
  });

  /** Valid configurations, RegExps and their JSON form included. */
  const inputs = fc.record(
    {
      policyVersion: fc.integer({ min: 1, max: 9 }),
      cookie: fc.record(
        {
          name: fc.constantFrom('ddscp_consent', 'consent'),
          domain: fc.constantFrom(undefined, 'example.gov.uk'),
          path: fc.constantFrom('/', '/site'),
          maxAgeDays: fc.integer({ min: 1, max: 400 }),
          sameSite: fc.constantFrom('lax' as const, 'strict' as const),
          secure: fc.constantFrom('auto' as const, true, false),
        },
        { requiredKeys: [] },
      ),
      mode: fc.constantFrom('opt-in' as const, 'statistical-exemption' as const),
      respectGpc: fc.boolean(),
      categories: fc.record(
        {
          necessary: fc.record({
            cookies: fc.array(
              fc.record({
                name: fc.constantFrom('ddscp_consent', 'session'),
                purpose: fc.constant('p'),
                expires: fc.constant('e'),
              }),
              { maxLength: 2 },
            ),
          }),
          analytical: fc.record(
            {
              cookies: fc.array(
                fc.record({
                  name: fc.constantFrom<unknown>('_ga', /^_ga_/, { pattern: '^_gid', flags: 'i' }),
                  purpose: fc.constant('Counts visits'),
                  expires: fc.constant('2 years'),
                  provider: fc.constantFrom(undefined, 'Google'),
                }),
                { maxLength: 3 },
              ),
              storage: fc.array(fc.constantFrom<unknown>('queue', /^_hj/, { pattern: '^x' })),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: [] },
      ),
      ui: fc.constantFrom(undefined, { serviceName: 'DDSCP' }),
      googleConsentMode: fc.constantFrom(undefined, true, { waitForUpdate: 500 }),
    },
    { requiredKeys: ['policyVersion'] },
  ) as fc.Arbitrary<ConsentConfigInput>;

  it('gives exactly the configuration development gives, for every valid input (property)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const checked = defineConsentConfig(input);
        vi.stubEnv('NODE_ENV', 'production');
        try {
          expect(defineConsentConfig(input)).toEqual(checked);
        } finally {
          vi.unstubAllEnvs();
        }
      }),
    );
  });
});
