/**
 * The `Domain` to store the consent cookie with on `host`: the configured domain when the host
 * is on it, otherwise '' (no Domain: a host-only cookie). A browser refuses a cookie whose Domain the
 * page is not on, so without this a site configured for `example.gov.uk` could not store a
 * choice while being developed on `localhost` or previewed on another host. Browser and server
 * both use it, so they write the same cookie.
 */
export function consentCookieDomain(domain: string | undefined, host: string): string {
  // `host` is lower case without a trailing dot, as `location.hostname` always is (the server
  // normalises its Host header first): the browser bundle stays as small as it can be.
  return domain && `.${host}`.endsWith(`.${domain}`) ? domain : '';
}
