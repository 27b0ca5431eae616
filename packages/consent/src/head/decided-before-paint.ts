import { latestConsentDecision } from '../cookies/latest-consent-decision';
import { consentStateFor } from '../decision/consent-state';

/**
 * The settings the head script reads from its own `data-*` attributes, as
 * `renderConsentHeadScriptHtml` writes them from the configuration.
 */
export interface HeadScriptSettings {
  readonly cookie?: string | undefined;
  readonly policyVersion?: string | undefined;
  /** The lifetime of every decision, or of an acceptance when refusals have their own. */
  readonly maxAgeDays?: string | undefined;
  /** The lifetime of a refusal, when it differs from an acceptance's. */
  readonly maxAgeDaysRefused?: string | undefined;
  readonly respectGpc?: string | undefined;
}

/**
 * Whether the visitor has decided, as the head script tells before the first paint: the
 * same function reads the cookie as in the manager and the server (`latestConsentDecision`),
 * and the same rule applies (a decision counts for the current policy version only; GPC
 * counts when respected). A missing or malformed setting reads as "not decided", so the
 * banner shows and the manager settles it: a mistake costs a flash of the banner, never a
 * banner hidden from someone who has not chosen.
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
    cookie: {
      // Checked below: without a name, nothing is decided.
      name: settings.cookie as string,
      maxAgeDays: {
        accepted: Number(settings.maxAgeDays) || 0,
        refused: Number(settings.maxAgeDaysRefused ?? settings.maxAgeDays) || 0,
      },
    },
  } as const;
  return (
    !!settings.cookie &&
    config.policyVersion > 0 &&
    consentStateFor(config, latestConsentDecision(cookieHeader, config, now), gpc).decided
  );
}
