import type { CookieDeclaration } from '../config/consent-config';

/** Where a cookie lives: its `Domain` attribute (none for a host-only cookie) and `Path`. */
export interface CookieScope {
  readonly domain?: string;
  readonly path: string;
}

/** A host name of two labels or more; IP addresses and anything odd get host-only scopes. */
const DOMAIN_NAME = /^([a-z\d-]+\.)+[a-z\d-]*[a-z-][a-z\d-]*$/;
/** A path we may repeat in a `Set-Cookie` header: no `;`, no spaces or control characters. */
const SAFE_PATH = /^\/[!-:<-~]*$/;

/**
 * Every scope a cookie seen on this page could have been set with, so deleting it on each
 * removes it whichever one a script chose: host-only; the host and each parent domain (which
 * covers `www.` stripped), each with and without the leading dot older scripts write; the
 * declared domain; and every path from `/` down to the page's (at most 8 levels), with and
 * without a trailing slash, plus the declared path. A deletion only hits a cookie with the
 * same domain and path, and the browser never says which were used, hence the whole set.
 */
export function cookieScopes(
  host: string,
  pathname: string,
  declaration: Pick<CookieDeclaration, 'domain' | 'path'> = {},
): CookieScope[] {
  const name = host.toLowerCase();
  const domains = new Set<string | undefined>([undefined]);
  const add = (domain: string) => domains.add(domain).add(`.${domain}`);
  if (DOMAIN_NAME.test(name)) {
    const labels = name.split('.');
    for (let index = 0; index < labels.length - 1; index++) add(labels.slice(index).join('.'));
  }
  const { domain, path = '/' } = declaration;
  if (domain && `.${name}`.endsWith(`.${domain}`)) add(domain);

  const paths = new Set(['/', path]);
  let prefix = '';
  for (const segment of pathname.split('/').filter(Boolean).slice(0, 8)) {
    prefix += `/${segment}`;
    paths.add(prefix).add(`${prefix}/`);
  }
  const safePaths = [...paths].filter((candidate) => SAFE_PATH.test(candidate));
  return [...domains].flatMap((scopeDomain) =>
    safePaths.map((scopePath) =>
      scopeDomain ? { domain: scopeDomain, path: scopePath } : { path: scopePath },
    ),
  );
}

/** Whether a cookie name carries a prefix (`__Secure-`, `__Host-`) that browsers only accept with `Secure`. */
export function needsSecure(name: string): boolean {
  return /^__(secure|host)-/i.test(name);
}
