import type * as Tldts from 'tldts';
import { quote } from '../errors/quote';
import { ConsentConfigError } from './consent-config-error';

// Only one of these exists in each build: `__filename` in CommonJS, `import.meta.url` in ESM.
declare const __filename: string | undefined;

/** Node's `process`, where there is one; this file is read without Node's types. */
interface NodeProcess {
  getBuiltinModule?(id: 'node:module'): {
    createRequire(from: string): (id: 'tldts') => typeof Tldts;
  };
}

let tldts: typeof Tldts | null | undefined;

/**
 * The `tldts` package (the Public Suffix List, kept current by its maintainers), loaded
 * synchronously and only in Node (`process.getBuiltinModule`, Node 20.16+), or `null`. No
 * bundler sees an import of it, so no browser bundle carries the list, and where it cannot be
 * loaded (browsers, a server bundled without its `node_modules`) the check is skipped.
 */
function publicSuffixList(): typeof Tldts | null {
  if (tldts === undefined) {
    tldts = null;
    try {
      const node = (globalThis as { process?: NodeProcess }).process;
      const require = node
        ?.getBuiltinModule?.('node:module')
        .createRequire(typeof __filename === 'string' ? __filename : import.meta.url);
      tldts = require?.('tldts') ?? null;
    } catch {
      // Not installed where this file runs: nothing to check with.
    }
  }
  return tldts;
}

/**
 * Whether a cookie `Domain` can never hold a cookie because it is no site's own domain: a
 * public suffix such as `gov.uk`, `nhs.uk`, `co.uk` or `github.io` (the list's private
 * section included, as browsers read it), or a name with no registrable part such as
 * `localhost`. Browsers refuse a cookie set on one. `false` where the list cannot be loaded.
 *
 * @example
 * isPublicSuffix('gov.uk'); // true
 * isPublicSuffix('derby.gov.uk'); // false
 */
export function isPublicSuffix(domain: string): boolean {
  const result = publicSuffixList()?.parse(domain, { allowPrivateDomains: true });
  return !!result && !result.isIp && result.domain === null;
}

/**
 * Refuses a consent cookie `Domain` that is a public suffix ({@link isPublicSuffix}) with a
 * {@link ConsentConfigError} that says why. Where the list cannot be loaded it checks nothing,
 * and the drop-in `browser.js` leaves it out altogether.
 */
export function checkCookieDomain(domain: string | undefined): void {
  if (domain && isPublicSuffix(domain))
    throw new ConsentConfigError(
      'cookie.domain',
      `must be a domain a site can set cookies on; found ${quote(domain)}, which is a public suffix (as "gov.uk", "co.uk" and "github.io" are): browsers refuse cookies there, so no choice would be stored and the banner would come back on every page. Use your own domain, such as "example.gov.uk", or leave it out for host-only cookies.`,
    );
}
