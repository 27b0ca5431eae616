import type { ConsentCookieSettings } from '../config/consent-config';

/**
 * How many days a decision lasts under `cookie.maxAgeDays`: the one number, or the lifetime
 * of an acceptance or of a refusal. The decoder, the manager's cookie, the server's
 * `Set-Cookie` and the head script's settings all ask this one function. @internal
 */
export function lifetimeDays(
  cookie: Pick<ConsentCookieSettings, 'maxAgeDays'>,
  analytical: boolean,
): number {
  const days = cookie.maxAgeDays;
  return typeof days === 'number' ? days : analytical ? days.accepted : days.refused;
}
