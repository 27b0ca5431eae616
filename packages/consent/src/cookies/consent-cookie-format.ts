import type { ConsentCookieSettings } from '../config/consent-config';
import type { ConsentDecision, DecisionMethod } from '../decision/consent-decision';

/**
 * Version 1 of the consent cookie's value, six fields joined by dots:
 * `1.<analytical 0|1>.<policy version>.<decided at: Unix seconds, base 36>.<method b|p|f|a>.<id: UUID>`.
 * Only characters that need no escaping in a cookie, so browser and server read the same bytes.
 */
const FORMAT =
  /^1\.([01])\.([1-9]\d{0,8})\.([\da-z]{1,7})\.([bpfa])\.([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/;
/** The methods, each stored as its first letter. */
const METHODS: readonly DecisionMethod[] = ['banner', 'preferences', 'form', 'api'];
const DAY_MS = 864e5;
/** How far ahead of this clock a decision may be dated: browser and server clocks differ. */
const CLOCK_SKEW_MS = DAY_MS;

/**
 * Writes a decision as the consent cookie's value (format version 1, see the README:
 * `1.<analytical>.<policy version>.<decided at>.<method>.<id>`).
 *
 * It throws a `RangeError` for a decision that {@link decodeConsent} could not read back,
 * so a bad value is never stored.
 *
 * @example
 * encodeConsent({ analytical: true, policyVersion: 1, decidedAt: '2026-02-05T09:30:00.000Z',
 *   method: 'banner', id: '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60' });
 * // '1.1.1.t9zbq0.b.3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60'
 */
export function encodeConsent(decision: ConsentDecision): string {
  const { analytical, decidedAt, method } = decision;
  const value = METHODS.includes(method) && consentCookieValue(decision);
  if (
    typeof analytical !== 'boolean' ||
    !value ||
    !FORMAT.test(value) ||
    new Date(Date.parse(decidedAt)).toISOString() !== decidedAt
  )
    throw new RangeError(
      `Cannot encode the consent decision ${JSON.stringify(decision)}: expected { analytical: boolean, policyVersion: 1 or more, decidedAt: ISO time in whole seconds, method: ${METHODS.join('|')}, id: lower-case UUID }.`,
    );
  return value;
}

/**
 * The consent cookie's value for a decision, unchecked: for decisions that are valid by
 * construction, as {@link newDecision} makes them under a config from `defineConsentConfig`
 * (the browser manager uses it, and so leaves {@link encodeConsent}'s checks and message out
 * of every page). Anything else goes through {@link encodeConsent}. @internal
 */
export function consentCookieValue(decision: ConsentDecision): string {
  return `1.${+decision.analytical}.${decision.policyVersion}.${(Date.parse(decision.decidedAt) / 1000).toString(36)}.${decision.method[0]}.${decision.id}`;
}

/**
 * Reads the consent cookie's value back into a decision, or `undefined` for "no decision".
 *
 * It never throws: the cookie is hostile input. Anything malformed, over
 * 1 KB, of another format version, dated in the future (beyond a day of clock difference)
 * or older than the cookie's `maxAgeDays` reads as no decision. A decision for an older
 * policy version is returned as it is; the state treats it as undecided. Of the configuration
 * it reads only `cookie.maxAgeDays`.
 *
 * @example
 * decodeConsent(request.cookies.ddscp_consent, config)?.analytical; // true, false or undefined
 */
export function decodeConsent(
  value: unknown,
  config: { readonly cookie: Pick<ConsentCookieSettings, 'maxAgeDays'> },
  now: number | Date = Date.now(),
): ConsentDecision | undefined {
  // The anchored pattern with bounded fields accepts at most 60 characters, so anything
  // longer (1 KB or more included) fails within its first few dozen characters.
  const fields = typeof value === 'string' ? FORMAT.exec(value) : null;
  if (!fields) return undefined;
  const [, analytical, policyVersion, seconds, letter, id] = fields as unknown as string[];
  const decidedAt = Number.parseInt(seconds as string, 36) * 1000;
  if (decidedAt > +now + CLOCK_SKEW_MS || decidedAt + config.cookie.maxAgeDays * DAY_MS <= +now)
    return undefined;
  return {
    analytical: analytical === '1',
    policyVersion: +(policyVersion as string),
    decidedAt: new Date(decidedAt).toISOString(),
    method: METHODS.find((method) => method[0] === letter) as DecisionMethod,
    id: id as string,
  };
}
