import type { ConsentRecord } from '../decision/consent-record';

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
}

/** A category as written in the configuration; every list is optional. */
export interface CategoryDeclarationInput {
  readonly cookies?: readonly CookieDeclaration[];
  readonly storage?: readonly (string | RegExp)[];
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
}

/** A function that keeps proof of a consent decision, such as by sending it to the site's server. */
export type ConsentRecordHook = (record: ConsentRecord) => void;
