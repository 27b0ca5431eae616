import type { ConsentCookieSettings } from '../config/consent-config';
import type { ConsentDecision, DecisionMethod } from '../decision/consent-decision';
import { lifetimeDays } from './lifetime-days';

/**
 * The consent cookie's value, seven fields joined by dots (format version 2):
 * `2.<analytical 0|1>.<policy version>.<decided at: Unix ms, base 36>.<method b|p|f|a>.<id: UUID>.<decision id: UUID>`.
 * Version 1, six fields with the time in seconds and no decision id, is still read. Only
 * characters that need no escaping in a cookie, so browser and server read the same bytes.
 * Anchored, and every field bounded: at most 111 characters match.
 */
const FORMAT =
  /^([12])\.([01])\.([1-9]\d{0,8})\.([\da-z]{1,9})\.([bpfa])\.([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})(?:\.([\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}))?$/;
/** The methods, each stored as its first letter. */
const METHODS: readonly DecisionMethod[] = ['banner', 'preferences', 'form', 'api'];
/**
 * A day: also how far ahead of this clock a decision may be dated at all, as browser and
 * server clocks differ, sometimes by hours. (Among several copies, one dated more than a few
 * minutes ahead counts only when no other copy does: see `latestConsentDecision`.)
 */
const DAY_MS = 864e5;

/**
 * Writes a decision as the consent cookie's value (format version 2, see the README:
 * `2.<analytical>.<policy version>.<decided at>.<method>.<id>.<decision id>`).
 *
 * It throws a `RangeError` for a decision that {@link decodeConsent} could not read back,
 * so a bad value is never stored.
 *
 * @example
 * encodeConsent({ analytical: true, policyVersion: 1, decidedAt: '2026-02-05T09:30:00.250Z',
 *   method: 'banner', id: '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60',
 *   decisionId: '9b1d6f4e-2c3a-4e5f-8a7b-6c5d4e3f2a1b' });
 * // '2.1.1.ml999mey.b.3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60.9b1d6f4e-2c3a-4e5f-8a7b-6c5d4e3f2a1b'
 */
export function encodeConsent(decision: ConsentDecision): string {
  const { analytical, decidedAt, method, decisionId } = decision;
  const value = METHODS.includes(method) && consentCookieValue(decision);
  if (
    typeof analytical !== 'boolean' ||
    typeof decisionId !== 'string' ||
    !value ||
    !FORMAT.test(value) ||
    new Date(Date.parse(decidedAt)).toISOString() !== decidedAt
  )
    throw new RangeError(
      `Cannot encode the consent decision ${JSON.stringify(decision)}: expected { analytical: boolean, policyVersion: 1 or more, decidedAt: ISO time to the millisecond, method: ${METHODS.join('|')}, id: lower-case UUID, decisionId: lower-case UUID }.`,
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
  return `2.${+decision.analytical}.${decision.policyVersion}.${Date.parse(decision.decidedAt).toString(36)}.${decision.method[0]}.${decision.id}.${decision.decisionId}`;
}

/**
 * Reads the consent cookie's value back into a decision, or `undefined` for "no decision".
 *
 * It never throws: the cookie is hostile input. Anything malformed, over 111 characters, of
 * an unknown format version, dated in the future beyond a day of clock difference, or older
 * than its lifetime under `cookie.maxAgeDays` reads as no decision. A decision for an older
 * policy version is returned as it is; the state treats it as undecided. A version 1 value
 * (no decision id, time in seconds) reads with a decision id derived from its fields: the
 * same old cookie always reads with the same id. Of the configuration it reads only
 * `cookie.maxAgeDays`.
 *
 * @example
 * decodeConsent(request.cookies.ddscp_consent, config)?.analytical; // true, false or undefined
 */
export function decodeConsent(
  value: unknown,
  config: { readonly cookie: Pick<ConsentCookieSettings, 'maxAgeDays'> },
  now: number | Date = Date.now(),
): ConsentDecision | undefined {
  // The anchored pattern with bounded fields fails anything longer within its first few
  // dozen characters.
  const fields = typeof value === 'string' ? FORMAT.exec(value) : null;
  // Version 2 has a decision id, version 1 none.
  if (!fields || (fields[1] === '2') !== !!fields[7]) return undefined;
  const [, version, allowed, policyVersion, time, letter, id, decisionId] =
    fields as unknown as string[];
  const analytical = allowed === '1';
  // The pattern lets only the methods' first letters through.
  const methodIndex = 'bpfa'.indexOf(letter as string);
  const decidedAt = Number.parseInt(time as string, 36) * (version === '2' ? 1 : 1000);
  if (
    decidedAt > +now + DAY_MS ||
    decidedAt + lifetimeDays(config.cookie, analytical) * DAY_MS <= +now
  )
    return undefined;
  return {
    analytical,
    policyVersion: +(policyVersion as string),
    decidedAt: new Date(decidedAt).toISOString(),
    method: METHODS[methodIndex] as DecisionMethod,
    id: id as string,
    decisionId:
      decisionId ?? legacyDecisionId(decidedAt / 1000, methodIndex, analytical, id as string),
  };
}

/**
 * The decision id of a version 1 value, which carried none, derived from its fields: the time
 * in seconds (8 hex digits), 27 characters of the visitor's random id, and a last digit for
 * the method and the choice. The same old cookie always reads with the same id, and two of a
 * visitor's old decisions never share one (they differ in time, method or choice).
 */
function legacyDecisionId(seconds: number, methodIndex: number, analytical: boolean, id: string) {
  // Every time a version 1 value can still be read at (after 1978, before 2106) has 8 hex digits.
  return `${seconds.toString(16)}${id.slice(8, 35)}${methodIndex * 2 + +analytical}`;
}
