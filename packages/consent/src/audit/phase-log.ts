import type { CookieSource, CspViolation, ScriptLocation } from './audit-report';

/** The audit's phases, each in a fresh browser context. */
export type PhaseName = 'before-choice' | 'after-refusal' | 'after-acceptance' | 'gpc';

/** A cookie write the browser was asked to make, by a script or a response. */
export interface CookieEvent {
  readonly name: string;
  /** The `Domain` it named, if any (without a leading dot); host-only otherwise. */
  readonly domain?: string;
  /** The host of the page or response it was set from, for a host-only cookie. */
  readonly host: string;
  readonly expires?: number;
  readonly deletion: boolean;
  readonly source: CookieSource | null;
  readonly page: string;
  readonly afterChoice: boolean;
}

/** A cookie in the browser's jar. */
export interface JarCookie {
  readonly name: string;
  /** Without a leading dot. */
  readonly domain: string;
  readonly hostOnly: boolean;
  readonly path: string;
  /** Unix seconds, or -1 for a session cookie. */
  readonly expires: number;
  readonly page: string;
  readonly afterChoice: boolean;
}

/** A storage key, seen set by `setItem` (with its caller) or found in a snapshot. */
export interface StorageEvent {
  readonly area: 'localStorage' | 'sessionStorage';
  readonly key: string;
  readonly origin: string;
  readonly source: ScriptLocation | null;
  readonly page: string;
  readonly afterChoice: boolean;
}

/** A gated element (`data-consent`) as a page held it after settling. */
export interface GatedElement {
  readonly kind: 'script' | 'iframe';
  readonly category: string;
  /** Still waiting: a `text/plain` script, an iframe without a real `src`. */
  readonly inert: boolean;
  /** The address it loads, absolute, or `null` for inline code. */
  readonly src: string | null;
  readonly page: string;
  readonly afterChoice: boolean;
  /** Whether the page was loaded after the choice (not the page the choice was made on). */
  readonly loadedAfterChoice: boolean;
}

/** What became of a request for a script. */
export interface RequestOutcome {
  readonly status?: number;
  readonly failure?: string;
  /** Refused by the audit's traffic rules. */
  readonly blocked: boolean;
}

/** A request the traffic rules refused. */
export interface BlockedRequest {
  readonly url: string;
  readonly page: string;
}

/** A page that could not be audited in a phase, and why. */
export interface SkippedPage {
  readonly url: string;
  readonly reason: string;
}

/** How the phase's choice was made, if it made one. */
export interface ChoiceMade {
  readonly choice: 'accept' | 'reject';
  /** The control's text. */
  readonly control: string;
  /** The settings control clicked first, when the choice was on a second layer. */
  readonly via?: string;
}

/** Everything one phase saw. */
export interface PhaseLog {
  readonly phase: PhaseName;
  readonly pages: string[];
  readonly cookies: CookieEvent[];
  readonly jar: JarCookie[];
  /** The jar at the end of the phase. */
  finalJar: JarCookie[];
  /** Storage keys, as set (with the caller) and as found at the end of each page. */
  readonly storage: StorageEvent[];
  /** The gated elements of each page once it had settled. */
  readonly gated: GatedElement[];
  readonly requests: Map<string, RequestOutcome>;
  readonly blocked: BlockedRequest[];
  readonly csp: (CspViolation & { readonly consent: boolean; readonly afterChoice: boolean })[];
  /** Pages whose documents carried a Content Security Policy (header or meta). */
  readonly pagesWithCsp: Set<string>;
  readonly skipped: SkippedPage[];
  choice?: ChoiceMade;
}

/** An empty log for `phase`. */
export function emptyLog(phase: PhaseName): PhaseLog {
  return {
    phase,
    pages: [],
    cookies: [],
    jar: [],
    finalJar: [],
    storage: [],
    gated: [],
    requests: new Map(),
    blocked: [],
    csp: [],
    pagesWithCsp: new Set(),
    skipped: [],
  };
}
