import type { ConsentConfig } from '../config/consent-config';
import { COOKIE_NAME } from '../cookies/cookie-name';
import { type CookieScope, cookieScopes, needsSecure } from '../cookies/cookie-scopes';
import { declarationFor } from '../cookies/declaration-for';
import { parseCookieHeader } from '../cookies/parse-cookie-header';
import { type RequestLike, requestHeader, requestTarget } from './request-like';

/**
 * How many cookie names one request may have deleted, and how many headers it may cause in
 * all (about 9 KB). A Cookie header is hostile input: without a cap, 16 KB of matching names
 * on a deep path would cost a million headers. A real visitor carries a handful.
 */
const MAX_NAMES = 32;
const MAX_HEADERS = 100;
/** Longer names are no analytics cookie's; repeating them 100 times would only cost bytes. */
const MAX_NAME_LENGTH = 128;

/**
 * The `Set-Cookie` headers that delete the declared analytical cookies a request carries
 * (patterns such as `/^_ga_/` matched against the names in its `Cookie` header) on every
 * domain and path they could have been set on from the request's host and path. Send them
 * when a visitor refuses or withdraws through the no-JavaScript form. The request is hostile
 * input: an invalid or absurd host gets host-only deletions, only paths safe to repeat in a
 * header are used, and the answer is bounded: the first 32 matching names of at most 128
 * characters, at most 100 headers, the likeliest scopes (path `/` on each domain) of every
 * name first.
 *
 * @example
 * res.setHeader('Set-Cookie', [consentSetCookie(config, choice), ...clearCookieHeaders(config, req)]);
 */
export function clearCookieHeaders(config: ConsentConfig, request: RequestLike): string[] {
  const { host, pathname } = requestTarget(request);
  const targets: [name: string, scopes: CookieScope[]][] = [];
  for (const name of Object.keys(parseCookieHeader(requestHeader(request, 'cookie')))) {
    const declaration = declarationFor(config.categories.analytical, name);
    if (
      declaration &&
      name.length <= MAX_NAME_LENGTH &&
      COOKIE_NAME.test(name) &&
      targets.length < MAX_NAMES
    )
      targets.push([name, cookieScopes(host, pathname, declaration)]);
  }
  const headers: string[] = [];
  // Scope by scope across the names, so that a cut spares the likeliest scope of each.
  for (let index = 0; targets.some(([, scopes]) => index < scopes.length); index++) {
    for (const [name, scopes] of targets) {
      const scope = scopes[index];
      if (!scope) continue;
      if (headers.length === MAX_HEADERS) return headers;
      headers.push(
        `${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${scope.path}${scope.domain ? `; Domain=${scope.domain}` : ''}${needsSecure(name) ? '; Secure' : ''}`,
      );
    }
  }
  return headers;
}
