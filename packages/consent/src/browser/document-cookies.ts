import type { SameSite } from '../config/consent-config';

/** Where and how long a cookie is kept; an empty or absent `domain` means host-only. */
interface CookieAttributes {
  readonly domain?: string | undefined;
  readonly path: string;
  /** Days from now; a negative number deletes the cookie. */
  readonly expires: number;
  readonly sameSite?: SameSite;
  readonly secure?: boolean;
}

/**
 * The page's cookies through `document.cookie`, for the manager. Every name and value it writes
 * is already a cookie token (the configuration's names, the consent format's value, names read
 * from `document.cookie` itself), so nothing needs encoding, and names are read back exactly
 * as sent, which is what a deletion must repeat. A general cookie library (js-cookie, which
 * this replaces) spends a fifth of the manager's bytes on encodings this never needs. Does
 * nothing outside a browser. Plain functions rather than one object's methods: their names
 * minify, property names would not.
 */

/** Writes a cookie with the attributes given (`expires` in days). */
export function setCookie(
  name: string,
  value: string,
  { domain, path, expires, sameSite, secure }: CookieAttributes,
): void {
  // Outside a browser (server-side rendering) there is nothing to write to.
  if (typeof document === 'undefined') return;
  // An expiry date rather than max-age: every browser (and test DOM) deletes by it.
  // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not everywhere and is asynchronous.
  document.cookie = `${name}=${value}; path=${path}${domain ? `; domain=${domain}` : ''}; expires=${new Date(Date.now() + expires * 864e5).toUTCString()}${sameSite ? `; sameSite=${sameSite}` : ''}${secure ? '; secure' : ''}`;
}

/** Deletes a cookie of this name on exactly this domain (or host-only) and path. */
export function removeCookie(name: string, attributes: Omit<CookieAttributes, 'expires'>): void {
  setCookie(name, '', { ...attributes, expires: -1 });
}

/** The names of the cookies the page can see, as sent (a name repeats for each copy); browsers only. */
export function cookieNames(): string[] {
  return document.cookie.split('; ').map((pair) => pair.split('=')[0] as string);
}
