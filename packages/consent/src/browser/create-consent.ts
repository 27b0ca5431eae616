import type { ConsentCategory, ConsentConfig, ConsentRecordHook } from '../config/consent-config';
import { consentCookieDomain } from '../cookies/consent-cookie-domain';
import { consentCookieValue } from '../cookies/consent-cookie-format';
import { declarationFor } from '../cookies/declaration-for';
import { latestConsentDecision } from '../cookies/latest-consent-decision';
import { lifetimeDays } from '../cookies/lifetime-days';
import type { ConsentDecision, DecisionMethod } from '../decision/consent-decision';
import { consentRecord } from '../decision/consent-record';
import { allows, type ConsentState, consentStateFor } from '../decision/consent-state';
import { newDecision } from '../decision/new-decision';
import { clearDeclaredStorage } from './clear-declared-storage';
import { documentCookies as Cookies } from './document-cookies';
import { keepCleared } from './keep-cleared';

/** Called with the new state and the one before it after every decision or reset. */
export type ConsentListener = (state: ConsentState, previous: ConsentState) => void;

/** How a decision was made; the UI passes `'banner'` or `'preferences'`, the default is `'api'`. */
export interface DecisionOptions {
  readonly method?: DecisionMethod;
}

/** Options of {@link createConsent}. */
export interface ConsentManagerOptions {
  /** Receives proof of each stored decision, for example to send it to the site's server. */
  readonly onRecord?: ConsentRecordHook;
}

/**
 * The visitor's consent in the browser: the current {@link ConsentState} and the ways to
 * change it. Built by {@link createConsent}; the banner, the cookies page, script gating,
 * Google Consent Mode and analytics all read it and subscribe to it.
 */
export interface ConsentManager {
  readonly config: ConsentConfig;
  /**
   * The current snapshot: a new frozen object after each change, the same one until then.
   * A decision made in another tab reaches it when this tab is shown again (see
   * {@link createConsent}).
   */
  readonly state: ConsentState;
  /** Whether the category is allowed now (necessary always is). */
  allows(category: ConsentCategory): boolean;
  /** Stores "yes" to every category. */
  acceptAll(options?: DecisionOptions): ConsentState;
  /** Stores "no" to every optional category and clears what they stored. */
  rejectAll(options?: DecisionOptions): ConsentState;
  /** Stores a choice per category; necessary cannot be switched off, so it is not a choice. */
  set(choices: { readonly analytical: boolean }, options?: DecisionOptions): ConsentState;
  /** Forgets the stored decision (deletes the consent cookie), as if the visitor had never decided. */
  reset(): ConsentState;
  /** Calls `listener` after every change; returns the function that unsubscribes it. */
  subscribe(listener: ConsentListener): () => void;
}

/**
 * Creates the browser's consent manager: reads the consent cookie (and the visitor's Global
 * Privacy Control signal), and from then on stores decisions in that cookie and tells
 * subscribers. Whenever analytics is not allowed (before a decision in opt-in mode, after a
 * refusal or withdrawal, after the policy version rose) it deletes every declared analytical
 * cookie and storage key and keeps them deleted.
 *
 * A visitor can decide in another tab: the manager re-reads the cookie before it acts (before
 * each sweep and each decision) and when the tab is shown again (`visibilitychange`), and
 * tells subscribers when it changed there. Reading `state` or `allows` is a plain read: it
 * never calls subscribers, so it is safe during a render. Of several copies of the cookie
 * (host-only and on `cookie.domain`, or one per path) the latest that decodes counts.
 *
 * Safe to call during server-side rendering: without a `document` it reads and stores
 * nothing and reports the undecided state.
 *
 * @example
 * const consent = createConsent(config, {
 *   onRecord: (record) => navigator.sendBeacon('/consent-records', JSON.stringify(record)),
 * });
 * consent.subscribe((state) => console.log('analytics', state.analytical ? 'on' : 'off'));
 * consent.acceptAll({ method: 'banner' });
 */
export function createConsent(
  config: ConsentConfig,
  { onRecord }: ConsentManagerOptions = {},
): ConsentManager {
  const { name, path, domain, sameSite, secure } = config.cookie;
  // The cookies and storage keys withdrawal deletes.
  const declared = config.categories.analytical;
  const listeners = new Set<ConsentListener>();
  const inBrowser = typeof document !== 'undefined';
  const gpc =
    inBrowser && (navigator as { globalPrivacyControl?: unknown }).globalPrivacyControl === true;
  // The configured domain only when this page is on it: elsewhere (such as `localhost` while
  // developing) the browser would refuse the cookie, so it is host-only there.
  // (An empty domain is left out of the cookie.)
  const scope = { path, domain: consentCookieDomain(domain, inBrowser ? location.hostname : '') };
  // A name-to-value read gives only the first copy of a name: `document.cookie` has them all.
  // Asks for `document` each time: a sweep timer can outlive the page's (as in test runners).
  const read = () => latestConsentDecision(globalThis.document?.cookie, config);
  let stored: ConsentDecision | undefined;
  let state: ConsentState;
  // The cookie as last read: when it differs, another tab (or the server) changed it. Compared
  // with the cookie rather than the state, so a page whose cookie cannot be written keeps the
  // visitor's choice in memory instead of falling back to the old one.
  let seen: string | undefined;
  let stopWatch: (() => void) | undefined;

  const refresh = () => {
    const decision = read();
    if (JSON.stringify(decision) !== seen) update(decision);
  };
  /** Clears declared storage, unless another tab has allowed analytics meanwhile. */
  const sweep = () => {
    refresh();
    if (!state.analytical) clearDeclaredStorage(declared);
  };
  /** Clears and watches whenever analytics is not allowed; stops watching once it is. */
  const guard = () => {
    stopWatch?.();
    stopWatch = undefined;
    if (!state.analytical && inBrowser) {
      sweep();
      stopWatch = keepCleared((cookie) => !!declarationFor(declared, cookie), sweep);
    }
  };
  const update = (decision: ConsentDecision | undefined) => {
    const previous = state;
    stored = decision;
    // After a write, what the cookie now holds (the decision, unless the browser refused it).
    seen = JSON.stringify(read());
    state = consentStateFor(config, decision, gpc);
    guard();
    for (const listener of [...listeners]) {
      try {
        listener(state, previous);
      } catch (error) {
        // One broken listener must not stop the others: report it without unwinding.
        setTimeout(() => {
          throw error;
        });
      }
    }
    return state;
  };
  /**
   * Deletes the consent cookie, and a host-only copy from before `cookie.domain` was set,
   * which would otherwise outlive the domain one on this host and disagree with it.
   */
  const removeCopies = () => {
    Cookies.remove(name, scope);
    Cookies.remove(name, { path });
  };
  const decide = (analytical: boolean, { method }: DecisionOptions = {}) => {
    // Another tab may have decided first: keep the id it stored, and come after its decision.
    refresh();
    const decision = newDecision(config, { analytical, method }, undefined, stored);
    if (inBrowser) {
      removeCopies();
      // Valid by construction (a validated config, a typed method): see consentCookieValue.
      Cookies.set(name, consentCookieValue(decision), {
        ...scope,
        expires: lifetimeDays(config.cookie, analytical),
        sameSite,
        secure: secure === 'auto' ? location.protocol === 'https:' : secure,
      });
    }
    update(decision);
    // After the update, so a failing hook cannot leave the cookie and the state apart.
    onRecord?.(consentRecord(decision));
    return state;
  };

  update(read());
  if (inBrowser) {
    document.addEventListener('visibilitychange', refresh);
  }
  return {
    config,
    get state() {
      return state;
    },
    allows: (category) => allows(state, category),
    acceptAll: (options) => decide(true, options),
    rejectAll: (options) => decide(false, options),
    set: (choices, options) => decide(choices.analytical === true, options),
    reset: () => {
      removeCopies();
      return update(undefined);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
