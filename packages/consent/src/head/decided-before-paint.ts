import { decodeConsent } from '../cookies/consent-cookie-format';
import { parseCookieHeader } from '../cookies/parse-cookie-header';
import { consentStateFor } from '../decision/consent-state';

/**
 * The settings the head script reads from its own `data-*` attributes, as
 * `renderConsentHeadScriptHtml` writes them from the configuration.
 */
export interface HeadScriptSettings {
  readonly cookie?: string | undefined;
  readonly policyVersion?: string | undefined;
  readonly maxAgeDays?: string | undefined;
  readonly respectGpc?: string | undefined;
}

/**
 * Whether the visitor has decided, as the head script tells before the first paint: the
 * same cookie format and the same rule as the manager and the server (a decision counts for
 * the current policy version only; GPC counts when respected). A missing or malformed setting
 * reads as "not decided", so the banner shows and the manager settles it: a mistake costs a
 * flash of the banner, never a banner hidden from someone who has not chosen.
 */
export function decidedBeforePaint(
  settings: HeadScriptSettings,
  cookieHeader: string,
  gpc: boolean,
  now: number = Date.now(),
): boolean {
  const config = {
    policyVersion: Number(settings.policyVersion),
    respectGpc: settings.respectGpc === 'true',
    // The mode decides what "undecided" means for analytics, never whether anyone decided.
    mode: 'opt-in',
    cookie: { maxAgeDays: Number(settings.maxAgeDays) || 0 },
  } as const;
  const stored = parseCookieHeader(cookieHeader)[settings.cookie ?? ''];
  return (
    config.policyVersion > 0 &&
    consentStateFor(config, decodeConsent(stored, config, now), gpc).decided
  );
}
