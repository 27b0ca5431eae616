import type { ConsentRecord } from '../decision/consent-record';
import type { GoogleConsentModeOptions } from '../google-consent-mode/connect-google-consent-mode';

/** The cookie categories of the partnership's site: necessary (always on) and analytical. */
export type ConsentCategory = 'necessary' | 'analytical';

/**
 * How analytics starts: `'opt-in'` (off until the visitor says yes: the PECR default) or
 * `'statistical-exemption'` (on until the visitor objects; only for analytics that meet
 * the statistical-purposes exception, see the README).
 */
export type ConsentMode = 'opt-in' | 'statistical-exemption';

/** The `SameSite` attribute of the consent cookie. */
export type SameSite = 'lax' | 'strict' | 'none';

/**
 * A pattern as JSON can carry it, wherever the configuration takes a `RegExp`:
 * `{ "pattern": "^_ga_" }` is `/^_ga_/`, and `"flags"` (such as `"i"`, never `g` or `y`) are
 * its flags. {@link defineConsentConfig} turns it into the `RegExp`, so one JSON file configures
 * the drop-in `browser.js` and Node code alike.
 */
export interface NamePattern {
  readonly pattern: string;
  readonly flags?: string;
}

/**
 * A cookie a category uses, as the cookies page lists it. `name` is the exact name or a
 * pattern for names with a variable part (GA4's `_ga_<container-id>` is `/^_ga_/`).
 */
export interface CookieDeclaration {
  readonly name: string | RegExp;
  readonly purpose: string;
  readonly expires: string;
  readonly provider?: string;
  /** The domain it is set on, if not the page's host or a parent of it. */
  readonly domain?: string;
  /** The path it is set on, if not `/` or a parent of the page's path. */
  readonly path?: string;
}

/** What a category stores: its cookies and its `localStorage`/`sessionStorage` keys. */
export interface CategoryDeclaration {
  readonly cookies: readonly CookieDeclaration[];
  readonly storage: readonly (string | RegExp)[];
}

/**
 * How long a decision lasts, in days, when acceptances and refusals last differently: a
 * refusal asked again sooner, say, than an acceptance (`{ accepted: 365, refused: 180 }`).
 */
export interface ConsentLifetimeDays {
  /** A decision that allowed analytics. */
  readonly accepted: number;
  /** A decision that refused (or withdrew) it. */
  readonly refused: number;
}

/** The consent cookie's own settings, with the defaults filled in. */
export interface ConsentCookieSettings {
  readonly name: string;
  /** Shared across subdomains when set (`example.gov.uk`); host-only when absent. */
  readonly domain?: string;
  readonly path: string;
  /** One lifetime for every decision, or one for acceptances and one for refusals. */
  readonly maxAgeDays: number | ConsentLifetimeDays;
  readonly sameSite: SameSite;
  /** `'auto'`: `Secure` under https. */
  readonly secure: boolean | 'auto';
}

/**
 * What the banner needs to know about the site, for the drop-in `browser.js` (which has no
 * other way to be told) and for any code that wants one place for it: pass it to the UI
 * functions yourself, as `mountConsentBanner(consent, config.ui)`.
 */
export interface ConsentUiSettings {
  /** The name in the banner's heading, "Cookies on …". */
  readonly serviceName: string;
  /** The address of the cookies page; default `/cookies`. */
  readonly cookiesPageUrl?: string;
}

/**
 * A validated consent configuration, made by {@link defineConsentConfig} and shared by the
 * browser and the server so both compute the same state.
 */
export interface ConsentConfig {
  readonly policyVersion: number;
  readonly cookie: ConsentCookieSettings;
  readonly mode: ConsentMode;
  readonly respectGpc: boolean;
  readonly categories: {
    readonly necessary: CategoryDeclaration;
    readonly analytical: CategoryDeclaration;
  };
  /** The banner's settings, if the configuration carries them (the drop-in's always does). */
  readonly ui?: ConsentUiSettings;
  /** Google Consent Mode for the drop-in `browser.js`: `true`, or its options. */
  readonly googleConsentMode?: boolean | GoogleConsentModeOptions;
}

/** A cookie as written in the configuration: its name may also be a {@link NamePattern}. */
export interface CookieDeclarationInput extends Omit<CookieDeclaration, 'name'> {
  readonly name: string | RegExp | NamePattern;
}

/** A category as written in the configuration; every list is optional. */
export interface CategoryDeclarationInput {
  readonly cookies?: readonly CookieDeclarationInput[];
  readonly storage?: readonly (string | RegExp | NamePattern)[];
}

/**
 * What {@link defineConsentConfig} accepts: only `policyVersion` is required; everything else
 * has a documented default.
 */
export interface ConsentConfigInput {
  /** A whole number from 1; raise it when the cookie policy changes to ask everyone again. */
  readonly policyVersion: number;
  readonly cookie?: {
    /** Default `ddscp_consent`. */
    readonly name?: string;
    readonly domain?: string;
    /** Default `/`. */
    readonly path?: string;
    /**
     * Default 365 (what GOV.UK uses) for every decision; or `{ accepted, refused }` to give
     * each its own (a refusal is asked again once it expires). Each at most 400, the lifetime
     * browsers cap cookies at.
     */
    readonly maxAgeDays?: number | ConsentLifetimeDays;
    /** Default `'lax'`. */
    readonly sameSite?: SameSite;
    /** Default `'auto'`. */
    readonly secure?: boolean | 'auto';
  };
  /** Default `'opt-in'`. */
  readonly mode?: ConsentMode;
  /** Default `true`: a Global Privacy Control signal means "no" to analytics. */
  readonly respectGpc?: boolean;
  readonly categories?: {
    readonly necessary?: CategoryDeclarationInput;
    readonly analytical?: CategoryDeclarationInput;
  };
  /** The banner's service name and cookies page: what the drop-in `browser.js` draws with. */
  readonly ui?: ConsentUiSettings;
  /** Google Consent Mode for the drop-in `browser.js`: `true`, or its options; default off. */
  readonly googleConsentMode?: boolean | GoogleConsentModeOptions;
}

/** A function that keeps proof of a consent decision, such as by sending it to the site's server. */
export type ConsentRecordHook = (record: ConsentRecord) => void;
