import type { ConsentUiText } from './text/consent-ui-text';

/**
 * What the banner and the cookies page share, in the browser and on the server. The addresses
 * must be paths of the site (`/…`, not `//…`) or http(s) addresses; any other value is left
 * out of the page (an unsafe `action` falls back to the cookies page).
 */
export interface ConsentUiOptions {
  /** The address of the site's cookies page; default `/cookies`. */
  readonly cookiesPageUrl?: string;
  /**
   * Where the forms POST when JavaScript is off (field `analytical`, which
   * `parseConsentForm` reads); default `cookiesPageUrl`.
   */
  readonly action?: string;
  /**
   * The page the visitor came from: sent with the forms as the field `return` (check it is a
   * path of your own site before redirecting to it), and linked from the cookies page's
   * success message.
   */
  readonly returnUrl?: string;
  /**
   * After a no-JavaScript form was posted: render the banner's confirmation, or the cookies
   * page's success message, for the stored decision.
   */
  readonly saved?: boolean;
  /** The strings: `en` by default, `cy` for Welsh, or any of them overridden. */
  readonly text?: Partial<ConsentUiText>;
}

/** Options of the banner. */
export interface ConsentBannerOptions extends ConsentUiOptions {
  /** The name in the heading "Cookies on …", such as the partnership's short name. */
  readonly serviceName: string;
}

/** Options of the cookies page's preferences. */
export type CookiePreferencesOptions = ConsentUiOptions;
