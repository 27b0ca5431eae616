// Helpers for the happy-dom tests: a page at https://www.example.gov.uk/reviews/theo whose
// cookies, storage and privacy signal each test sets up from scratch.
import { vi } from 'vitest';

/** The domains and paths the tests set cookies on; clearing them all needs no code under test. */
const DOMAINS = [
  '',
  '; domain=www.example.gov.uk',
  '; domain=example.gov.uk',
  '; domain=localhost',
];
const PATHS = ['/', '/reviews', '/reviews/', '/reviews/theo'];

/**
 * Writes a cookie the way an analytics script does, through `document.cookie`: the tests play
 * the part of those scripts, so they must use the same API.
 */
export function writeCookie(text: string): void {
  // biome-ignore lint/suspicious/noDocumentCookie: this simulates third-party scripts, which write it.
  document.cookie = text;
}

/** Deletes every cookie the tests may have set, empties storage and forgets GPC. */
export function resetPage(url = 'https://www.example.gov.uk/reviews/theo'): void {
  vi.useRealTimers();
  vi.restoreAllMocks();
  for (const name of document.cookie.split('; ').map((pair) => pair.split('=')[0])) {
    for (const domain of DOMAINS)
      for (const path of PATHS)
        writeCookie(`${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=${path}${domain}`);
  }
  localStorage.clear();
  sessionStorage.clear();
  setGpc(undefined);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Sets `navigator.globalPrivacyControl` as a browser with the signal on (or off) would. */
export function setGpc(value: boolean | undefined): void {
  Object.defineProperty(navigator, 'globalPrivacyControl', { value, configurable: true });
}

/** The names of the cookies this page can see, sorted. */
export function cookieNames(): string[] {
  const pairs = document.cookie ? document.cookie.split('; ') : [];
  return pairs.map((pair) => pair.split('=')[0] as string).sort();
}

/** A cookie's value as this page sees it (the first, if several have the name). */
export function cookieValue(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((pair) => pair.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

/** Parses HTML as a browser would and returns its elements (test input: the renderers' output). */
export function parseHtml(html: string): HTMLElement {
  const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
  return document.importNode(body, true);
}
