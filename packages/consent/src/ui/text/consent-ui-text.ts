/**
 * Every string the banner and the cookies page show. `{service}` stands for the service name;
 * the part of a sentence in `[square brackets]` becomes its link. Built in: `en` (the
 * default) and `cy`; override any string with `text: { ...cy, hide: '…' }`.
 */
export interface ConsentUiText {
  /** The language of these strings, set as the `lang` of the banner and the cookies page. */
  readonly lang: string;
  /** The banner's heading and the name of its region, such as `Cookies on {service}`. */
  readonly bannerHeading: string;
  /** The banner's first paragraph: the cookies that need no consent. */
  readonly bannerNecessary: string;
  /** The banner's second paragraph in `opt-in` mode: the request for analytics. */
  readonly bannerAnalytical: string;
  /** The banner's second paragraph in `statistical-exemption` mode: analytics is on, with a way to object. */
  readonly bannerAnalyticalExemption: string;
  readonly accept: string;
  readonly reject: string;
  /** The banner's link to the cookies page. */
  readonly viewCookies: string;
  readonly accepted: string;
  readonly rejected: string;
  /** Follows `accepted`/`rejected`; the bracketed part links to the cookies page. */
  readonly changeSettings: string;
  /** The confirmation's button that hides the banner. */
  readonly hide: string;
  readonly necessaryHeading: string;
  readonly necessaryDescription: string;
  /** Says that necessary cookies cannot be switched off. */
  readonly alwaysOn: string;
  readonly analyticalHeading: string;
  readonly analyticalDescription: string;
  /** The legend of the yes/no choice on the cookies page. */
  readonly analyticalQuestion: string;
  readonly yes: string;
  readonly no: string;
  readonly save: string;
  /** The title of the success notification on the cookies page. */
  readonly savedTitle: string;
  readonly saved: string;
  /** Shown after `saved` when a `returnUrl` is given; the bracketed part links back. */
  readonly goBack: string;
  /** The cookie tables' column headings. */
  readonly cookieName: string;
  readonly cookiePurpose: string;
  readonly cookieExpires: string;
}
