import type { ConsentCookieSettings } from '../config/consent-config';
import type { ConsentDecision } from '../decision/consent-decision';
import { decodeConsent } from './consent-cookie-format';

/**
 * The latest decision (by `decidedAt`) among the consent cookies of a `Cookie` header or of
 * `document.cookie`, or `undefined` when none decodes. A browser can hold several copies (a
 * host-only one and one on the site's domain, or one per path) and sends them all, the most
 * specific path first whatever its age; reading the latest that decodes means an old or
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
  // A valid value needs no quoting or percent-decoding, so the pairs are read as sent. (The
  // server caps a request's header first; `document.cookie` is the browser's own, read whole.)
  for (const pair of `${header ?? ''}`.split(';')) {
    const text = pair.trim();
    const decision = text.startsWith(prefix)
      ? decodeConsent(text.slice(prefix.length), config, now)
      : undefined;
    // ISO times of one format sort as text. On a tie the copy sent first (the most specific)
    // wins; a tie is rare, as a new decision is dated after the one it replaces.
    if (decision && (!latest || decision.decidedAt > latest.decidedAt)) latest = decision;
  }
  return latest;
}
