import type { ConsentConfig } from '../config/consent-config';
import type { CookieSource, ObservedCookie, ObservedStorage } from './audit-report';
import { classifyCookie, classifyStorage } from './classify';
import { lifetimeInWords } from './lifetime';
import type { PhaseLog } from './phase-log';

/** Which part of a phase to look at. */
export type Span = 'whole phase' | 'after the choice';

/**
 * Every cookie a phase saw (written by a script or a response, or found in the jar), once
 * per name and domain, classed by the configuration. A write that deleted a cookie is not a
 * cookie set. `setBy` is the last write that set it; `kept` says whether it was still there
 * at the end.
 */
export function observedCookies(
  log: PhaseLog,
  config: ConsentConfig,
  siteHost: string,
  span: Span,
  now = Date.now() / 1000,
): ObservedCookie[] {
  const counts = (afterChoice: boolean) => span === 'whole phase' || afterChoice;
  const seen = new Map<
    string,
    {
      name: string;
      domain: string;
      hostOnly: boolean;
      path: string;
      expires?: number;
      setBy: CookieSource | null;
      page: string;
    }
  >();
  const keyOf = (name: string, domain: string) => `${name}\u0000${domain}`;
  for (const write of log.cookies) {
    if (write.deletion || !counts(write.afterChoice)) continue;
    const domain = write.domain ?? write.host;
    const key = keyOf(write.name, domain);
    const known = seen.get(key);
    seen.set(key, {
      name: write.name,
      domain,
      hostOnly: write.domain === undefined,
      path: known?.path ?? '/',
      ...(write.expires !== undefined && { expires: write.expires }),
      setBy: write.source ?? known?.setBy ?? null,
      page: known?.page ?? write.page,
    });
  }
  for (const cookie of log.jar) {
    if (!counts(cookie.afterChoice)) continue;
    const key = keyOf(cookie.name, cookie.domain);
    const known = seen.get(key);
    seen.set(key, {
      name: cookie.name,
      domain: cookie.domain,
      hostOnly: cookie.hostOnly,
      path: cookie.path,
      ...(cookie.expires >= 0 && { expires: cookie.expires }),
      setBy: known?.setBy ?? null,
      page: known?.page ?? cookie.page,
    });
  }
  const kept = new Set(log.finalJar.map((cookie) => keyOf(cookie.name, cookie.domain)));
  return [...seen.entries()].map(([key, cookie]) => ({
    name: cookie.name,
    domain: cookie.domain,
    hostOnly: cookie.hostOnly,
    path: cookie.path,
    expires: cookie.expires === undefined ? null : new Date(cookie.expires * 1000).toISOString(),
    lifetime: lifetimeInWords(cookie.expires, now),
    ...classifyCookie(config, cookie, siteHost),
    setBy: cookie.setBy,
    page: cookie.page,
    kept: kept.has(key),
  }));
}

/** Every storage key a phase saw, once per area, origin and key, classed by the configuration. */
export function observedStorage(
  log: PhaseLog,
  config: ConsentConfig,
  span: Span,
): ObservedStorage[] {
  const seen = new Map<string, ObservedStorage>();
  for (const event of log.storage) {
    if (span === 'after the choice' && !event.afterChoice) continue;
    const key = `${event.area}\u0000${event.origin}\u0000${event.key}`;
    const known = seen.get(key);
    seen.set(key, {
      area: event.area,
      key: event.key,
      origin: event.origin,
      ...classifyStorage(config, event.key),
      setBy: known?.setBy ?? event.source,
      page: known?.page ?? event.page,
    });
  }
  return [...seen.values()];
}
