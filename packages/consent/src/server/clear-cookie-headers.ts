import type { ConsentConfig } from '../config/consent-config';
import { COOKIE_NAME } from '../cookies/cookie-name';
import { cookieScopes, needsSecure } from '../cookies/cookie-scopes';
import { declarationFor } from '../cookies/declaration-for';
import { parseCookieHeader } from '../cookies/parse-cookie-header';
import { type RequestLike, requestHeader, requestTarget } from './request-like';

/**
 * The `Set-Cookie` headers that delete the declared analytical cookies a request carries
 * (patterns such as `/^_ga_/` matched against the names in its `Cookie` header) on every
 * domain and path they could have been set on from the request's host and path. Send them
 * when a visitor refuses or withdraws through the no-JavaScript form. The `Host` header and
 * path are hostile input: an invalid host gets host-only deletions, and only paths safe to
 * repeat in a header are used.
 *
 * @example
 * res.setHeader('Set-Cookie', [consentSetCookie(config, choice), ...clearCookieHeaders(config, req)]);
 */
export function clearCookieHeaders(config: ConsentConfig, request: RequestLike): string[] {
  const { host, pathname } = requestTarget(request);
  const headers: string[] = [];
  for (const name of Object.keys(parseCookieHeader(requestHeader(request, 'cookie')))) {
    const declaration = declarationFor(config.categories.analytical, name);
    if (!declaration || !COOKIE_NAME.test(name)) continue;
    for (const { domain, path } of cookieScopes(host, pathname, declaration)) {
      headers.push(
        `${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=${path}${domain ? `; Domain=${domain}` : ''}${needsSecure(name) ? '; Secure' : ''}`,
      );
    }
  }
  return headers;
}
