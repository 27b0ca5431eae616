import { COOKIE_NAME } from '../cookies/cookie-name';
import { matchesName } from '../cookies/matches-name';
import { quote } from '../errors/quote';
import type { ConsentConfig, ConsentConfigInput } from './consent-config';
import { ConsentConfigError } from './consent-config-error';

/** One setting: its test, the form the error message shows when the test fails, its default. */
type Rule = readonly [test: (value: unknown) => unknown, expected: string, fallback?: unknown];
type Settings = Record<string, unknown>;

const matching = (form: RegExp) => (value: unknown) =>
  typeof value === 'string' && form.test(value);
const optional = ([test, expected]: Rule): Rule => [
  (value) => value === undefined || test(value),
  expected,
];
/** A name, or a pattern without the `g` or `y` flag (their `test()` is stateful). */
const PATTERN: Rule = [
  (value) =>
    value instanceof RegExp ? !(value.global || value.sticky) : matching(COOKIE_NAME)(value),
  'a cookie name such as "_ga", or a pattern such as /^_ga_/ without the g or y flag',
];
/** A cookie lifetime in days: above 0 and at most the 400 days browsers keep a cookie. */
const days = (value: unknown) => typeof value === 'number' && value > 0 && value <= 400;
/** One of a few values, the first being the default. */
const oneOf = (...allowed: unknown[]): Rule => [
  (value) => allowed.includes(value),
  allowed.map(quote).join(' or '),
  allowed[0],
];
/**
 * The rules of every level of the configuration. Built on each call rather than at import,
 * so importing the package does no work and bundles that never validate leave it all out.
 */
function rules() {
  /** Checked by its own call to `settings`. */
  const nested: Rule = [() => 1, '', {}];
  const list: Rule = [Array.isArray, 'an array', []];
  const text: Rule = [matching(/\S/), 'a description for the cookies page'];
  const host = optional([
    matching(/^([a-z\d-]+\.)*[a-z\d-]+$/),
    'a lower-case host name such as "example.gov.uk"',
  ]);
  // Starts with `/`; printable ASCII without `;`, which would end the cookie attribute.
  const path = optional([matching(/^\/[!-:<-~]*$/), 'a path such as "/"']);
  return {
    root: {
      policyVersion: [
        (value) => Number.isInteger(value) && (value as number) > 0 && (value as number) < 1e9,
        'a whole number from 1',
      ],
      cookie: nested,
      mode: oneOf('opt-in', 'statistical-exemption'),
      respectGpc: oneOf(true, false),
      categories: nested,
    } satisfies Record<keyof ConsentConfigInput, Rule>,
    cookie: {
      name: [matching(COOKIE_NAME), 'a cookie name such as "ddscp_consent"', 'ddscp_consent'],
      domain: host,
      path: [path[0], path[1], '/'],
      // Browsers cap cookie lifetimes at 400 days (RFC 6265bis): a longer one would be a lie.
      maxAgeDays: [
        (value) =>
          days(value) ||
          (Object(value) === value &&
            `${Object.keys(value as object).sort()}` === 'accepted,refused' &&
            days((value as Settings).accepted) &&
            days((value as Settings).refused)),
        'a number of days above 0 and at most 400, or { accepted, refused } with one each',
        365,
      ],
      sameSite: oneOf('lax', 'strict', 'none'),
      secure: oneOf('auto', true, false),
    } satisfies Record<keyof NonNullable<ConsentConfigInput['cookie']>, Rule>,
    categories: { necessary: nested, analytical: nested },
    category: { cookies: list, storage: list },
    declaration: {
      name: PATTERN,
      purpose: text,
      expires: text,
      provider: optional(text),
      domain: host,
      path,
    },
  };
}

/**
 * Validates a consent configuration once, fills in the defaults, and returns it frozen, to be
 * shared by the browser manager and the server functions.
 *
 * A mistake fails at startup with a {@link ConsentConfigError} that names the field, quotes
 * what was found and shows what is expected, instead of a banner that silently misbehaves.
 * Unknown settings are refused too, so a misspelt one is caught rather than ignored.
 *
 * @example
 * export const config = defineConsentConfig({
 *   policyVersion: 1,
 *   cookie: { name: 'ddscp_consent', domain: 'example.gov.uk' },
 *   categories: {
 *     analytical: {
 *       cookies: [{ name: /^_ga/, purpose: 'Counts visits', expires: '2 years', provider: 'Google' }],
 *     },
 *   },
 * });
 */
export function defineConsentConfig(input: ConsentConfigInput): ConsentConfig {
  const rule = rules();
  const config = settings(input, '', rule.root);
  const cookie = settings(config.cookie, 'cookie.', rule.cookie);
  // A copy, so freezing the configuration leaves the site's own object alone.
  if (typeof cookie.maxAgeDays === 'object') cookie.maxAgeDays = { ...cookie.maxAgeDays };
  if (cookie.sameSite === 'none' && cookie.secure === false)
    fail('cookie.secure', '"auto" or true with sameSite "none", which browsers require', false);
  const categories = settings(config.categories, 'categories.', rule.categories);
  for (const name in categories) {
    const field = `categories.${name}.`;
    const category = settings(categories[name], field, rule.category);
    category.cookies = (category.cookies as unknown[]).map((declaration, index) => {
      const declared = settings(declaration, `${field}cookies[${index}].`, rule.declaration);
      // Withdrawal deletes analytical cookies: it must never delete the consent itself.
      if (name === 'analytical' && matchesName(declared.name as RegExp, cookie.name as string))
        fail(
          `${field}cookies[${index}].name`,
          'another name than the consent cookie',
          declared.name,
        );
      return declared;
    });
    (category.storage as unknown[]).forEach((key, index) => {
      if (!(PATTERN[0](key) || matching(/./)(key)))
        fail(`${field}storage[${index}]`, 'a storage key, or a pattern as for cookies', key);
    });
    categories[name] = category;
  }
  return freeze({ ...config, cookie, categories }) as unknown as ConsentConfig;
}

/**
 * Checks an object's settings against their rules and returns a copy with the defaults
 * filled in (absent optional settings stay absent). Unknown settings are refused.
 */
function settings(value: unknown, prefix: string, rules: Record<string, Rule>): Settings {
  if (Object(value) !== value || Array.isArray(value))
    fail(prefix.slice(0, -1) || 'the configuration', 'an object', value);
  const result: Settings = {};
  for (const key of Object.keys(value as object))
    if (!Object.hasOwn(rules, key))
      throw new ConsentConfigError(
        prefix + key,
        `is not a setting: the settings here are ${Object.keys(rules).join(', ')}.`,
      );
  for (const key in rules) {
    const [test, expected, fallback] = rules[key] as Rule;
    const given = (value as Settings)[key];
    const setting = given ?? fallback;
    if (!test(setting)) fail(prefix + key, expected, given);
    if (setting !== undefined) result[key] = setting;
  }
  return result;
}

/** Freezes the objects and arrays this module made, leaving the site's own patterns alone. */
function freeze<T>(value: T): T {
  if (value instanceof RegExp || Object(value) !== value) return value;
  for (const item of Object.values(value as object)) freeze(item);
  return Object.freeze(value);
}

function fail(field: string, expected: string, found: unknown): never {
  throw new ConsentConfigError(field, `must be ${expected}; found ${quote(found)}.`);
}
