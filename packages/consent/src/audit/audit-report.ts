import type { AuditCheckId } from './audit-checks';

/** Where the audit took the site's consent configuration from. */
export type AuditConfigSource = 'option' | 'file' | 'page';

/** How much a finding matters: an `'error'` fails its check; a `'warning'` is for people to look at. */
export type AuditSeverity = 'error' | 'warning';

/**
 * What a finding is about, as a stable code (programs branch on it; the message is for
 * people). Grouped by the check that reports it.
 */
export type AuditFindingCode =
  // before-choice
  | 'cookie-before-choice'
  | 'storage-before-choice'
  | 'gated-script-ran-before-choice'
  // reject-as-easy
  | 'banner-not-found'
  | 'reject-not-on-first-layer'
  | 'reject-different-kind'
  | 'reject-smaller'
  | 'reject-lower-contrast'
  | 'choice-needs-scrolling'
  // banner-accessibility
  | 'accessibility-violation'
  // after-refusal
  | 'cookie-after-refusal'
  | 'storage-after-refusal'
  | 'gated-script-ran-after-refusal'
  // after-acceptance
  | 'undeclared-cookie'
  | 'undeclared-storage'
  | 'gated-script-did-not-run'
  | 'gated-script-blocked'
  // gpc
  | 'cookie-despite-gpc'
  | 'storage-despite-gpc'
  | 'gated-script-ran-despite-gpc'
  // csp
  | 'csp-violation'
  | 'csp-violation-elsewhere'
  | 'no-csp'
  // notes on the audit as a whole
  | 'requests-blocked'
  | 'page-not-audited';

/** A place in a script: the file (or the page, for inline code) and the line and column. */
export interface ScriptLocation {
  readonly url: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * Who stored a cookie: a script (from the stack of its `document.cookie` or `cookieStore`
 * write; `url` is the page itself for inline code) or a `Set-Cookie` response header.
 */
export type CookieSource =
  | ({ readonly kind: 'script' } & ScriptLocation)
  | { readonly kind: 'response'; readonly url: string };

/** How the site's configuration classes a cookie or storage key. */
export type AuditCategory = 'necessary' | 'analytical' | 'undeclared';

/** A cookie the browser held or was asked to store. */
export interface ObservedCookie {
  readonly name: string;
  /** The domain it is on, without a leading dot. */
  readonly domain: string;
  /** `true` for a host-only cookie (set without `Domain`). */
  readonly hostOnly: boolean;
  readonly path: string;
  /** When it expires (ISO 8601), or `null` for a session cookie. */
  readonly expires: string | null;
  /** Its lifetime in words, such as `2 years` or `session`. */
  readonly lifetime: string;
  readonly category: AuditCategory;
  /** Whether the configuration declares it (the consent cookie counts as necessary even when it does not). */
  readonly declared: boolean;
  /** What stored it, when the browser could tell. */
  readonly setBy: CookieSource | null;
  /** The page on which it was first seen. */
  readonly page: string;
  /** Whether it was still there at the end of the phase (a script or the consent manager may delete it). */
  readonly kept: boolean;
}

/** A `localStorage` or `sessionStorage` key a page set. */
export interface ObservedStorage {
  readonly area: 'localStorage' | 'sessionStorage';
  readonly key: string;
  /** The origin whose storage holds it. */
  readonly origin: string;
  readonly category: AuditCategory;
  readonly declared: boolean;
  /** The script that called `setItem`, when the browser could tell. */
  readonly setBy: ScriptLocation | null;
  readonly page: string;
}

/** A Content Security Policy violation, as the browser reported it (`securitypolicyviolation`). */
export interface CspViolation {
  /** The directive that blocked it, such as `script-src-elem`. */
  readonly directive: string;
  /** What was blocked: a URL, or `inline`, `eval`… */
  readonly blocked: string;
  /** `enforce`, or `report` for a report-only policy. */
  readonly disposition: string;
  /** The script or page that caused it, when the browser says. */
  readonly source: ScriptLocation | null;
  /** The element it concerns, briefly (`script[data-consent="analytical"]`), when there is one. */
  readonly element: string | null;
  /** The start of the blocked code, when the policy asks for `'report-sample'`. */
  readonly sample: string;
  readonly page: string;
}

/**
 * A problem the audit found, in the one shape every check reports: what is wrong and why
 * (`message`), what to do (`fix`), and the details it concerns.
 */
export interface AuditFinding {
  readonly check: AuditCheckId | 'audit';
  readonly severity: AuditSeverity;
  readonly code: AuditFindingCode;
  /** What was found and why it matters, in one or two sentences. */
  readonly message: string;
  /** How to fix it. */
  readonly fix: string;
  /** The page it was seen on. */
  readonly page?: string;
  /** The window sizes it was seen at, such as `320x568`. */
  readonly viewports?: readonly string[];
  readonly cookie?: ObservedCookie;
  readonly storage?: ObservedStorage;
  /** A gated script's address, or `inline`. */
  readonly script?: string;
  readonly violation?: CspViolation;
  /** The axe-core rule, for `accessibility-violation`. */
  readonly rule?: string;
  /** The elements concerned, as CSS selectors. */
  readonly targets?: readonly string[];
  /** Addresses concerned, such as blocked requests. */
  readonly urls?: readonly string[];
}

/** The outcome of one check. */
export type AuditCheckStatus = 'passed' | 'failed' | 'skipped';

/** One check of the audit and what it found. */
export interface AuditCheck {
  readonly id: AuditCheckId;
  readonly title: string;
  /** `failed` when a finding is an error; `skipped` when the check could not apply (see `skipped`). */
  readonly status: AuditCheckStatus;
  /** Why the check did not run, when `status` is `skipped`. */
  readonly skipped?: string;
  readonly findings: readonly AuditFinding[];
}

/**
 * The result of {@link auditSite}, and what `ddscp-consent audit --json` prints. Its shape is
 * stable within `version` 1: fields may be added, none removed or changed in meaning.
 */
export interface AuditReport {
  readonly format: 'ddscp-consent-audit';
  readonly version: 1;
  /** The address audited, after any redirect. */
  readonly url: string;
  readonly startedAt: string;
  readonly durationMs: number;
  /** `true` when no check failed. */
  readonly passed: boolean;
  readonly configuration: {
    readonly source: AuditConfigSource;
    /** The file, for `source: 'file'`. */
    readonly file?: string;
    readonly policyVersion: number;
    readonly mode: 'opt-in' | 'statistical-exemption';
    readonly respectGpc: boolean;
  };
  /** The pages visited in each phase: the start page first. */
  readonly pages: readonly string[];
  /** The hosts besides the site's own that traffic was allowed to. */
  readonly allowedHosts: readonly string[];
  readonly checks: readonly AuditCheck[];
  /** Warnings about the audit as a whole: requests it blocked, pages it could not audit. */
  readonly notes: readonly AuditFinding[];
  /** Every cookie and storage key seen after acceptance, as the cookies page should list them. */
  readonly inventory: {
    readonly cookies: readonly ObservedCookie[];
    readonly storage: readonly ObservedStorage[];
  };
}
