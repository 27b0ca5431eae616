import { checkConsentConfig } from './check-consent-config';
import type { ConsentConfig, ConsentConfigInput } from './consent-config';

// Replaced by every bundler (`"production"` in a production build, which then drops the
// checks); read from the environment in Node; missing in a browser without a bundler.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

type Plain = Record<string, unknown>;

/**
 * A frozen copy of what the site wrote, with settings left `undefined` dropped and each
 * `{ pattern, flags }` made a `RegExp`. The site's own objects are never changed, and its own
 * `RegExp`s are kept as they are. Checked input has no other objects with a `pattern`.
 */
function frozenCopy(value: unknown): unknown {
  if (Object(value) !== value || value instanceof RegExp) return value;
  const { pattern, flags } = value as Plain;
  if (typeof pattern === 'string') return new RegExp(pattern, flags as string | undefined);
  return Object.freeze(
    Array.isArray(value)
      ? value.map(frozenCopy)
      : Object.fromEntries(
          Object.entries(value as Plain).flatMap(([key, setting]) =>
            setting === undefined ? [] : [[key, frozenCopy(setting)]],
          ),
        ),
  );
}

/** A category with its lists filled in. */
const category = (declared?: Plain | null) => ({ cookies: [], storage: [], ...declared });

/**
 * Checks a consent configuration, fills in the defaults, and returns it frozen, to be shared
 * by the browser manager and the server functions.
 *
 * In development and tests (wherever `process.env.NODE_ENV` is not `'production'`) a mistake
 * fails at startup with a {@link ConsentConfigError} that names the field, quotes what was
 * found and shows what is expected, instead of a banner that silently misbehaves; unknown
 * settings are refused too, so a misspelt one is caught rather than ignored, and in Node
 * `cookie.domain` is checked against the Public Suffix List. A production build (which
 * replaces `process.env.NODE_ENV` with `"production"`) leaves the checks out and ships only
 * the defaults: about 1.3 kB less in every page.
 *
 * Patterns may be written as JSON, `{ "pattern": "^_ga_" }`, wherever a `RegExp` is taken, so
 * the same JSON file configures the drop-in `browser.js` and Node code.
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
  try {
    if (process.env.NODE_ENV !== 'production') checkConsentConfig(input);
  } catch (error) {
    // In a browser without a bundler there is no `process` to ask: no checks there.
    if (typeof process === 'object' || !(error instanceof ReferenceError)) throw error;
  }
  const given = frozenCopy(input) as Plain & ConsentConfigInput;
  return frozenCopy({
    mode: 'opt-in',
    respectGpc: true,
    ...given,
    cookie: {
      name: 'ddscp_consent',
      path: '/',
      maxAgeDays: 365,
      sameSite: 'lax',
      secure: 'auto',
      ...given.cookie,
    },
    categories: {
      necessary: category(given.categories?.necessary as Plain),
      analytical: category(given.categories?.analytical as Plain),
    },
  }) as ConsentConfig;
}
