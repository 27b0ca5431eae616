import { COOKIE_NAME } from '../cookies/cookie-name';
import { matchesName } from '../cookies/matches-name';
import { quote } from '../errors/quote';
import { safeUrl } from '../ui/safe-url';
import type { ConsentConfigInput } from './consent-config';
import { ConsentConfigError } from './consent-config-error';
import { checkCookieDomain } from './public-suffix';

/**
 * One setting: its test (which also sees `undefined` for a setting left out) and the form its
 * error shows. @internal
 */
export type Rule = readonly [test: (value: unknown) => unknown, expected: string];
type Settings = Record<string, unknown>;

const matching = (form: RegExp) => (value: unknown) =>
  typeof value === 'string' && form.test(value);
/** The rule, or the setting left out. @internal */
export const optional = ([test, expected]: Rule): Rule => [
  (value) => value === undefined || test(value),
  expected,
];
/** A cookie lifetime in days: above 0 and at most the 400 days browsers keep a cookie. */
const days = (value: unknown) => typeof value === 'number' && value > 0 && value <= 400;
/** One of a few values; leaving it out gives the default (see `defineConsentConfig`). @internal */
export const oneOf = (...allowed: unknown[]): Rule =>
  optional([(value) => allowed.includes(value), allowed.map(quote).join(' or ')]);
/**
 * `policyVersion`: what the consent cookie can store. Functions rather than constants here and
 * below, so importing this module builds nothing. @internal
 */
export const policyVersionRule = (): Rule => [
  (value) => Number.isInteger(value) && (value as number) > 0 && (value as number) < 1e9,
  'a whole number from 1',
];
/** `cookie.maxAgeDays`: browsers cap cookie lifetimes at 400 days (RFC 6265bis), a longer one would be a lie. @internal */
export const maxAgeDaysRule = (): Rule =>
  optional([
    (value) =>
      days(value) ||
      (Object(value) === value &&
        `${Object.keys(value as object).sort()}` === 'accepted,refused' &&
        days((value as Settings).accepted) &&
        days((value as Settings).refused)),
    'a number of days above 0 and at most 400, or { accepted, refused } with one each',
  ]);
const NAME_FORMS =
  'a cookie name such as "_ga", or a pattern such as /^_ga_/ or {"pattern": "^_ga_"}, without the g or y flag';

/**
 * The rules of every level of the configuration. Built on each call rather than at import,
 * so importing the package does no work, and production bundles, which never call it, leave
 * it all out.
 */
function rules() {
  /** An object checked by its own call to `settings`; leaving it out is the same as `{}`. */
  const NESTED: Rule = [() => true, ''];
  const LIST: Rule = optional([Array.isArray, 'an array']);
  const TEXT: Rule = [matching(/\S/), 'a description for the cookies page'];
  const HOST = optional([
    matching(/^([a-z\d-]+\.)*[a-z\d-]+$/),
    'a lower-case host name such as "example.gov.uk"',
  ]);
  // Starts with `/`; printable ASCII without `;`, which would end the cookie attribute.
  const PATH = optional([matching(/^\/[!-:<-~]*$/), 'a path such as "/"']);
  return {
    root: {
      policyVersion: policyVersionRule(),
      cookie: NESTED,
      mode: oneOf('opt-in', 'statistical-exemption'),
      respectGpc: oneOf(true, false),
      categories: NESTED,
      ui: NESTED,
      googleConsentMode: NESTED,
    } satisfies Record<keyof ConsentConfigInput, Rule>,
    cookie: {
      name: optional([matching(COOKIE_NAME), 'a cookie name such as "ddscp_consent"']),
      domain: HOST,
      path: PATH,
      maxAgeDays: maxAgeDaysRule(),
      sameSite: oneOf('lax', 'strict', 'none'),
      secure: oneOf('auto', true, false),
    } satisfies Record<keyof NonNullable<ConsentConfigInput['cookie']>, Rule>,
    categories: { necessary: NESTED, analytical: NESTED },
    category: { cookies: LIST, storage: LIST },
    declaration: {
      // Checked by `pattern` below.
      name: NESTED,
      purpose: TEXT,
      expires: TEXT,
      provider: optional(TEXT),
      domain: HOST,
      path: PATH,
    },
    ui: {
      serviceName: [matching(/\S/), 'the name the banner shows, such as "DDSCP"'],
      cookiesPageUrl: optional([
        (value) => typeof value === 'string' && safeUrl(value) === value,
        'a path of your site such as "/cookies", or an http(s) address',
      ]),
    },
    googleConsentMode: {
      waitForUpdate: optional([
        (value) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 6e4,
        'a whole number of milliseconds from 0 to 60000, such as 500',
      ]),
      dataLayerName: optional([
        matching(/^[A-Za-z_$][\w$]*$/),
        'the name of a global variable, such as "dataLayer"',
      ]),
    },
  } satisfies Record<string, Record<string, Rule>>;
}

/** The rules of each level of a configuration, by the level's name. @internal */
export type ConfigRules = {
  readonly [Level in keyof ReturnType<typeof rules>]: Record<string, Rule>;
};

/**
 * Checks a consent configuration (the input of `defineConsentConfig`) and throws a
 * {@link ConsentConfigError} for the first mistake: the field, what was found, what is expected.
 * Unknown settings are refused, so a misspelt one is caught rather than ignored. The
 * consent cookie's `domain` is also checked against the Public Suffix List where it can be
 * loaded (Node), as browsers refuse cookies on a public suffix such as `gov.uk`.
 */
export function checkConsentConfig(input: unknown): void {
  checkConfigAgainst(input, rules());
}

/**
 * Walks a configuration level by level against `rule` (the full rules above, or the drop-in's
 * lighter ones), so both checks name fields, refuse unknown settings and read patterns alike.
 * @internal
 */
export function checkConfigAgainst(input: unknown, rule: ConfigRules): void {
  const config = settings(input, '', rule.root);
  const cookie = settings(config.cookie ?? {}, 'cookie.', rule.cookie);
  if (cookie.sameSite === 'none' && cookie.secure === false)
    fail('cookie.secure', '"auto" or true with sameSite "none", which browsers require', false);
  checkCookieDomain(cookie.domain as string | undefined);
  const name = (cookie.name as string | undefined) ?? 'ddscp_consent';
  const categories = settings(config.categories ?? {}, 'categories.', rule.categories);
  for (const category in categories) {
    const field = `categories.${category}.`;
    const lists = settings(categories[category] ?? {}, field, rule.category);
    ((lists.cookies ?? []) as unknown[]).forEach((declaration, index) => {
      const at = `${field}cookies[${index}].`;
      const declared = settings(declaration, at, rule.declaration);
      const pattern = namePattern(declared.name, `${at}name`, false);
      // Withdrawal deletes analytical cookies: it must never delete the consent itself.
      if (category === 'analytical' && matchesName(pattern, name))
        fail(`${at}name`, 'another name than the consent cookie', declared.name);
    });
    ((lists.storage ?? []) as unknown[]).forEach((key, index) => {
      namePattern(key, `${field}storage[${index}]`, true);
    });
  }
  if (config.ui !== undefined) settings(config.ui, 'ui.', rule.ui);
  const consentMode = config.googleConsentMode;
  if (typeof consentMode !== 'boolean' && consentMode !== undefined)
    settings(consentMode, 'googleConsentMode.', rule.googleConsentMode);
}

/**
 * Checks a cookie name or storage key (any non-empty text when `anyText`), a `RegExp` or a
 * `{ pattern, flags }` object, and returns what it matches with. `g` and `y` are refused:
 * they make `test()` stateful, so a name would match only every other time. @internal
 */
export function namePattern(value: unknown, field: string, anyText: boolean): string | RegExp {
  const forms = anyText ? 'a storage key, or a pattern as for cookies' : NAME_FORMS;
  if (typeof value === 'string') {
    if (anyText ? value === '' : !COOKIE_NAME.test(value)) fail(field, forms, value);
    return value;
  }
  let pattern = value;
  if (Object(value) === value && !(value instanceof RegExp)) {
    const written = settings(value, `${field}.`, {
      pattern: [
        (text) => typeof text === 'string',
        'the text of a regular expression, such as "^_ga_"',
      ],
      flags: optional([matching(/^[a-z]*$/), 'regular expression flags such as "i"']),
    });
    try {
      pattern = new RegExp(written.pattern as string, written.flags as string | undefined);
    } catch (error) {
      throw new ConsentConfigError(
        field,
        `must be a valid regular expression; found ${quote(value)} (${(error as Error).message}).`,
        { cause: error },
      );
    }
  }
  if (!(pattern instanceof RegExp) || pattern.global || pattern.sticky) fail(field, forms, value);
  return pattern;
}

/**
 * Checks an object's settings against their rules and returns it as a record. Unknown
 * settings are refused. @internal
 */
export function settings(value: unknown, prefix: string, rules: Record<string, Rule>): Settings {
  if (Object(value) !== value || Array.isArray(value) || value instanceof RegExp)
    fail(prefix.slice(0, -1) || 'the configuration', 'an object', value);
  for (const key of Object.keys(value as object))
    if (!Object.hasOwn(rules, key))
      throw new ConsentConfigError(
        prefix + key,
        `is not a setting: the settings here are ${Object.keys(rules).join(', ')}.`,
      );
  for (const key in rules) {
    const [test, expected] = rules[key] as Rule;
    const given = (value as Settings)[key];
    if (!test(given)) fail(prefix + key, expected, given);
  }
  return value as Settings;
}

function fail(field: string, expected: string, found: unknown): never {
  throw new ConsentConfigError(field, `must be ${expected}; found ${quote(found)}.`);
}
