import type { ConsentCookieSettings } from '../config/consent-config';
import type { ConsentDecision } from '../decision/consent-decision';
import { decodeConsent } from './consent-cookie-format';
import { MAX_HEADER_LENGTH } from './parse-cookie-header';

/**
 * The latest decision (by `decidedAt`) among the consent cookies of a `Cookie` header or of
 * `document.cookie`, or `undefined` when none decodes. A browser can hold several copies (a
 * host-only one and one on the site's domain, or one per path) and sends them all, the most
 * specific path first whatever its age; reading the latest that decodes (of two decided in the
 * same second, the one under the later policy version) means an old or
 * malformed copy never hides the visitor's last choice. Browser and server both read this way,
 * so they agree.
 *
 * @example
 * latestConsentDecision('ddscp_consent=garbage; ddscp_consent=1.1.3.t9zbq0.b.3f0c…', config)?.analytical; // true
 */
export function latestConsentDecision(
  header: string | null | undefined,
  config: { readonly cookie: Pick<ConsentCookieSettings, 'name' | 'maxAgeDays'> },
  now?: number | Date,
): ConsentDecision | undefined {
  let latest: ConsentDecision | undefined;
  const prefix = `${config.cookie.name}=`;
  // A valid value needs no quoting or percent-decoding, so the pairs are read as sent.
  for (const pair of `${header ?? ''}`.slice(0, MAX_HEADER_LENGTH).split(';')) {
    const text = pair.trim();
    const decision = text.startsWith(prefix)
      ? decodeConsent(text.slice(prefix.length), config, now)
      : undefined;
    // ISO times of one format sort as text. On a tie the later policy version wins, then the
    // copy sent first (the most specific).
    if (
      decision &&
      (!latest ||
        decision.decidedAt > latest.decidedAt ||
        (decision.decidedAt === latest.decidedAt && decision.policyVersion > latest.policyVersion))
    )
      latest = decision;
  }
  return latest;
}
