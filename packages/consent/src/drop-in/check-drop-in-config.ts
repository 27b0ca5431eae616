import {
  type ConfigRules,
  checkConfigAgainst,
  maxAgeDaysRule,
  oneOf,
  optional,
  policyVersionRule,
  type Rule,
} from '../config/check-consent-config';
import type { ConsentConfigInput } from '../config/consent-config';
import { COOKIE_NAME } from '../cookies/cookie-name';

/** A setting of this type, or left out. */
const ofType = (type: 'string' | 'number', expected: string): Rule =>
  optional([(value) => typeof value === type, expected]);

/**
 * The drop-in's check of the JSON it reads, lighter than `checkConsentConfig` (which tests,
 * development builds and `ddscp-consent audit --config` run on the same JSON) so `browser.js`
 * stays small: every setting's name (a misspelt one is refused), its type, the settings the
 * drop-in cannot do without (`policyVersion`, `ui.serviceName`, each cookie's purpose and
 * expiry), patterns that compile, the choices of a few values, a policy version the cookie can
 * store and lifetimes browsers keep. It leaves out the finer forms (host names, paths,
 * addresses, Consent Mode's options): the full check's business. Throws a `ConsentConfigError`
 * naming the first mistake.
 */
export function checkDropInConfig(input: unknown): asserts input is ConsentConfigInput {
  /** An object checked at its own level; leaving it out is the same as `{}`. */
  const NESTED: Rule = [() => true, ''];
  const LIST: Rule = optional([Array.isArray, 'an array']);
  const TEXT = ofType('string', 'text');
  const REQUIRED_TEXT: Rule = [(value) => typeof value === 'string', 'text'];
  const rules: ConfigRules = {
    root: {
      policyVersion: policyVersionRule(),
      cookie: NESTED,
      mode: oneOf('opt-in', 'statistical-exemption'),
      respectGpc: oneOf(true, false),
      categories: NESTED,
      // The banner's heading names the service: the drop-in cannot draw without it.
      ui: [(value) => Object(value) === value, 'an object such as {"serviceName": "DDSCP"}'],
      googleConsentMode: NESTED,
    },
    cookie: {
      name: optional([
        (value) => typeof value === 'string' && COOKIE_NAME.test(value),
        'a cookie name such as "ddscp_consent"',
      ]),
      domain: TEXT,
      path: TEXT,
      maxAgeDays: maxAgeDaysRule(),
      sameSite: oneOf('lax', 'strict', 'none'),
      secure: oneOf('auto', true, false),
    },
    categories: { necessary: NESTED, analytical: NESTED },
    category: { cookies: LIST, storage: LIST },
    declaration: {
      name: NESTED,
      purpose: REQUIRED_TEXT,
      expires: REQUIRED_TEXT,
      provider: TEXT,
      domain: TEXT,
      path: TEXT,
    },
    ui: { serviceName: REQUIRED_TEXT, cookiesPageUrl: TEXT },
    googleConsentMode: {
      waitForUpdate: ofType('number', 'a number of milliseconds'),
      dataLayerName: TEXT,
    },
  };
  checkConfigAgainst(input, rules);
}
