import type { CookieDeclaration } from '../config/consent-config';
import { consentCookieDomain } from './consent-cookie-domain';

/** Where a cookie lives: its `Domain` attribute (none for a host-only cookie) and `Path`. */
export interface CookieScope {
  readonly domain?: string;
  readonly path: string;
}

/**
 * A host name of 2 to 10 labels of at most 63 characters each; IP addresses and anything odd
 * (or absurdly long: the caller also caps it at 253 characters, as DNS does) get host-only
 * scopes.
 */
const DOMAIN_NAME = /^([a-z\d-]{1,63}\.){1,9}[a-z\d-]*[a-z-][a-z\d-]*$/;
/**
 * A path we may repeat in a `Set-Cookie` header: no `;`, no spaces or control characters, and
 * at most 1,024 characters (browsers ignore a longer `Path`, so no cookie has one).
 */
const SAFE_PATH = /^\/[!-:<-~]{0,1023}$/;

/**
 * Every scope a cookie seen on this page could have been set with, so deleting it on each
 * removes it whichever one a script chose: host-only; its parent domains of at most five
 * labels, from the top (the site's own domain, where analytics scripts set their cookies,
 * and those just below it; this covers `www.` stripped), and the host itself; the declared
 * domain; and every path from `/` down to the page's (at most 8 levels), with and without a
 * trailing slash, plus the declared path. Likeliest first (path `/`, host-only, the top
 * domain), so a caller that must cut keeps the scopes that matter most.
 * A deletion only hits a cookie with the same domain and path, and the browser never says
 * which were used, hence the whole set. A leading dot on a domain makes no difference to a
 * browser (RFC 6265 ignores it), so one deletion per domain covers both spellings.
 */
export function cookieScopes(
  /** Lower case, without a port or a trailing dot, as `location.hostname` is. */
  host: string,
  pathname: string,
  declaration: Pick<CookieDeclaration, 'domain' | 'path'> = {},
): CookieScope[] {
  const domains = new Set<string | undefined>([undefined]);
  if (host.length < 254 && DOMAIN_NAME.test(host)) {
    // From the top: the site's own domain is where analytics scripts set their cookies.
    const labels = host.split('.');
    for (let count = 1; count++ < 5 && count < labels.length; )
      domains.add(labels.slice(-count).join('.'));
    domains.add(host);
  }
  const { domain, path = '/' } = declaration;
  // The declared domain when this host is on it ('' otherwise: host-only, there already).
  domains.add(consentCookieDomain(domain, host) || undefined);

  const paths = new Set(['/', path]);
  let prefix = '';
  for (const segment of pathname.split('/').filter(Boolean).slice(0, 8)) {
    prefix += `/${segment}`;
    paths.add(prefix).add(`${prefix}/`);
  }
  return [...paths]
    .filter((candidate) => SAFE_PATH.test(candidate))
    .flatMap((scopePath) =>
      [...domains].map((scopeDomain) =>
        scopeDomain ? { domain: scopeDomain, path: scopePath } : { path: scopePath },
      ),
    );
}

/** Whether a cookie name carries a prefix (`__Secure-`, `__Host-`) that browsers only accept with `Secure`. */
export function needsSecure(name: string): boolean {
  return /^__(secure|host)-/i.test(name);
}
