import type { ConsentCookieSettings } from '../config/consent-config';
import type { ConsentDecision } from '../decision/consent-decision';
import { decodeConsent } from './consent-cookie-format';

/**
 * How far ahead of the reader's clock a copy may be dated and still outrank the others: a
 * few minutes covers clocks that drift, while a copy dated hours ahead (planted, or written
 * under a wrong clock) can no longer hide the visitor's real decisions.
 */
const AHEAD_MS = 3e5;

/**
 * The decision the consent cookies of a `Cookie` header (or of `document.cookie`) hold, or
 * `undefined` when none decodes: the one function the head script, the browser manager and
 * the server all read the cookie with, so the three agree on every input.
 *
 * A browser can hold several copies (a host-only one and one on the site's domain, or one per
 * path) and sends them all, the most specific path first whatever its age. The latest copy
 * that decodes counts, so an old or malformed copy never hides the visitor's last choice; on a
 * tie the copy sent first (the most specific) wins. A copy dated more than five minutes ahead
 * of `now` counts only when no other copy decodes, so it cannot outrank a real decision,
 * while a visitor whose own clock runs ahead still reads as decided (no banner loop).
 *
 * @example
 * latestConsentDecision('ddscp_consent=garbage; ddscp_consent=2.1.3.ml999mey.b.3f0c…', config)?.analytical; // true
 */
export function latestConsentDecision(
  header: string | null | undefined,
  config: { readonly cookie: Pick<ConsentCookieSettings, 'name' | 'maxAgeDays'> },
  now: number | Date = Date.now(),
): ConsentDecision | undefined {
  let latest: ConsentDecision | undefined;
  let latestRank = '';
  const prefix = `${config.cookie.name}=`;
  // A valid value needs no quoting or percent-decoding, so the pairs are read as sent. The
  // whole header is read, in one pass: a browser sends all its cookies, and a visitor with
  // many must not be asked again on every page. Each value costs a bounded pattern test.
  for (const pair of `${header ?? ''}`.split(';')) {
    const text = pair.trim();
    const decision = text.startsWith(prefix)
      ? decodeConsent(text.slice(prefix.length), config, now)
      : undefined;
    if (!decision) continue;
    // Trusted (dated at most five minutes ahead) first, then the latest: ISO times of one
    // format sort as text. On a tie the copy sent first stays.
    const rank = `${+(Date.parse(decision.decidedAt) <= +now + AHEAD_MS)}${decision.decidedAt}`;
    if (rank > latestRank) {
      latest = decision;
      latestRank = rank;
    }
  }
  return latest;
}
