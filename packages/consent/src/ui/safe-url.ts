/**
 * A path on this site (`/…`, but not `//…` or `/\…`, which browsers read as another host) or
 * an http(s) address, with no control characters anywhere (browsers drop tabs and line breaks
 * from addresses, which would turn `/<tab>/evil.example` into `//evil.example`).
 */
const SAFE_URL = /^(\/(?![/\\])|https?:\/\/)\P{Cc}*$/iu;

/**
 * `url` if it is safe to put in an `href` or a form's `action`, otherwise `undefined`, so the
 * attribute is left out. Options such as `returnUrl` often come from the request, so a
 * `javascript:` address or another site's must never reach the page.
 */
export const safeUrl = (url: string | undefined): string | undefined =>
  SAFE_URL.test(url ?? '') ? url : undefined;
