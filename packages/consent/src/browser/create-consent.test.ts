// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieNames, cookieValue, resetPage, setGpc, writeCookie } from '../../test/browser-page';
import { config, DECISION_ID, ID } from '../../test/fixtures';
import { defineConsentConfig } from '../config/define-consent-config';
import { decodeConsent, encodeConsent } from '../cookies/consent-cookie-format';
import type { ConsentRecord } from '../decision/consent-record';
import { createConsent } from './create-consent';

const HOUR = 36e5;
const OTHER_DECISION_ID = '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9';
const stored = (analytical: boolean, policyVersion = 3) =>
  encodeConsent({
    analytical,
    policyVersion,
    decidedAt: new Date(Math.floor((Date.now() - HOUR) / 1000) * 1000).toISOString(),
    method: 'banner',
    id: ID,
    decisionId: DECISION_ID,
  });

/** A stored decision as an earlier visit left it, `minutesAgo`. */
const storedAt = (analytical: boolean, policyVersion: number, minutesAgo: number) =>
  encodeConsent({
    analytical,
    policyVersion,
    decidedAt: new Date(Math.floor(Date.now() / 60_000 - minutesAgo) * 60_000).toISOString(),
    method: 'banner',
    id: ID,
    decisionId: DECISION_ID,
  });

/** The analytics cookies a running Google Analytics would have left, on several scopes. */
function setAnalyticsCookies(): void {
  writeCookie('_ga=GA1.1.1; domain=.example.gov.uk; path=/');
  writeCookie('_ga_ABC123=GS1.1.2; domain=example.gov.uk; path=/');
  writeCookie('_ga_ABC123=GS1.1.3; path=/reviews');
  writeCookie('_gid=GA1.1.4; path=/reviews/');
  writeCookie('session=keep-me; path=/');
  localStorage.setItem('analytics_queue', '[]');
  sessionStorage.setItem('_hjSession', '1');
  localStorage.setItem('theme', 'dark');
}

beforeEach(() => resetPage());
afterEach(() => resetPage());

describe('createConsent: reading', () => {
  it('starts undecided with analytics off when nothing is stored', () => {
    const consent = createConsent(config);
    expect(consent.state).toEqual({
      decided: false,
      necessary: true,
      analytical: false,
      policyVersion: 3,
    });
    expect(consent.allows('necessary')).toBe(true);
    expect(consent.allows('analytical')).toBe(false);
    expect(consent.config).toBe(config);
  });

  it('reads a stored decision for the current policy', () => {
    writeCookie(`ddscp_consent=${stored(true)}; path=/`);
    const consent = createConsent(config);
    expect(consent.state).toMatchObject({
      decided: true,
      analytical: true,
      method: 'banner',
      id: ID,
      decisionId: DECISION_ID,
    });
    expect(consent.allows('analytical')).toBe(true);
  });

  it('reads the latest copy that decodes when the browser holds several', () => {
    writeCookie(`ddscp_consent=garbage; path=/reviews`);
    writeCookie(`ddscp_consent=${storedAt(true, 3, 120)}; path=/`);
    writeCookie(`ddscp_consent=${storedAt(false, 3, 5)}; domain=example.gov.uk; path=/`);
    expect(createConsent(config).state).toMatchObject({ decided: true, analytical: false });
  });

  it('removes the host-only copy from before cookie.domain was set when it stores a decision', () => {
    writeCookie(`ddscp_consent=${storedAt(true, 2, 600)}; path=/`);
    createConsent(config).rejectAll();
    expect(document.cookie.match(/ddscp_consent=/g)).toHaveLength(1);
    resetUrl('https://reviews.example.gov.uk/');
    expect(createConsent(config).state).toMatchObject({ decided: true, analytical: false });
  });

  it('reads a malformed cookie as no decision', () => {
    writeCookie(`ddscp_consent=${stored(true).replace('.b.', '.x.')}; path=/`);
    expect(createConsent(config).state.decided).toBe(false);
  });

  it('asks again (undecided, analytics off) after the policy version rose, and clears analytics', () => {
    writeCookie(`ddscp_consent=${stored(true, 2)}; path=/`);
    setAnalyticsCookies();
    const consent = createConsent(config);
    expect(consent.state).toMatchObject({ decided: false, analytical: false });
    expect(cookieNames()).toEqual(['ddscp_consent', 'session']);
  });

  it('reads a GPC signal as "no" to analytics when nothing is stored', () => {
    setGpc(true);
    expect(createConsent(config).state).toMatchObject({
      decided: true,
      analytical: false,
      method: 'gpc',
    });
  });

  it('lets a stored decision win over the GPC signal', () => {
    setGpc(true);
    writeCookie(`ddscp_consent=${stored(true)}; path=/`);
    expect(createConsent(config).state).toMatchObject({ analytical: true, method: 'banner' });
  });

  it('turns analytics on before a decision under the statistical exemption, and leaves its cookies', () => {
    setAnalyticsCookies();
    const consent = createConsent(
      defineConsentConfig({ ...inputOf(config), mode: 'statistical-exemption' }),
    );
    expect(consent.state).toMatchObject({ decided: false, analytical: true });
    expect(cookieNames()).toContain('_ga');
  });
});

describe('createConsent: deciding', () => {
  it('stores a decision in the documented format and tells subscribers', () => {
    const consent = createConsent(config);
    const listener = vi.fn();
    consent.subscribe(listener);
    const before = consent.state;
    const state = consent.acceptAll({ method: 'banner' });
    expect(state).toMatchObject({
      decided: true,
      analytical: true,
      method: 'banner',
      policyVersion: 3,
    });
    expect(consent.state).toBe(state);
    expect(listener).toHaveBeenCalledWith(state, before);
    expect(decodeConsent(cookieValue('ddscp_consent'), config)).toEqual({
      analytical: true,
      policyVersion: 3,
      decidedAt: state.decidedAt,
      method: 'banner',
      id: state.id,
      decisionId: state.decisionId,
    });
  });

  it('stores a refusal, a per-category choice, and the method (default "api")', () => {
    const consent = createConsent(config);
    expect(consent.rejectAll()).toMatchObject({ decided: true, analytical: false, method: 'api' });
    expect(consent.set({ analytical: true }, { method: 'preferences' })).toMatchObject({
      analytical: true,
      method: 'preferences',
    });
    expect(decodeConsent(cookieValue('ddscp_consent'), config)?.analytical).toBe(true);
  });

  it('dates a decision to the millisecond and keeps the same snapshot until the next change', () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00.437Z'), toFake: ['Date'] });
    const consent = createConsent(config);
    const state = consent.acceptAll();
    expect(state.decidedAt).toBe('2026-03-01T12:00:00.437Z');
    expect(consent.state).toBe(consent.state);
    expect(Object.isFrozen(consent.state)).toBe(true);
  });

  it('gives every decision its own id, and dates each after the one it replaces', () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00.437Z'), toFake: ['Date'] });
    const consent = createConsent(config);
    // Three decisions within one millisecond of the clock: accept, reject, accept again.
    const made = [consent.acceptAll(), consent.rejectAll(), consent.acceptAll()];
    expect(new Set(made.map((state) => state.decisionId)).size).toBe(3);
    expect(made.map((state) => state.decidedAt)).toEqual([
      '2026-03-01T12:00:00.437Z',
      '2026-03-01T12:00:00.438Z',
      '2026-03-01T12:00:00.439Z',
    ]);
    expect(createConsent(config).state).toEqual(made[2]);
  });

  it('keeps the visitor’s id when they change their mind, so records link up', () => {
    const consent = createConsent(config);
    const first = consent.acceptAll();
    expect(consent.rejectAll().id).toBe(first.id);
    expect(createConsent(config).set({ analytical: true }).id).toBe(first.id);
  });

  it('keeps the id of a decision made under an older policy', () => {
    writeCookie(`ddscp_consent=${stored(false, 2)}; path=/`);
    expect(createConsent(config).acceptAll().id).toBe(ID);
  });

  it('shares the decision across subdomains through the configured domain', () => {
    createConsent(config).acceptAll();
    resetUrl('https://reviews.example.gov.uk/');
    expect(createConsent(config).state).toMatchObject({ decided: true, analytical: true });
  });

  it('stores host-only on a host outside the configured domain (such as localhost)', () => {
    resetUrl('http://localhost:5173/');
    createConsent(config).acceptAll();
    expect(createConsent(config).state.decided).toBe(true);
  });

  it('gives an acceptance and a refusal their own cookie lifetimes when configured', () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-01T12:00:00Z'), toFake: ['Date'] });
    const split = defineConsentConfig({
      ...config,
      cookie: { ...config.cookie, maxAgeDays: { accepted: 365, refused: 180 } },
    });
    const written = spyOnCookieWrites();
    const consent = createConsent(split);
    consent.rejectAll();
    consent.acceptAll();
    const expiries = written
      .filter((text) => text.startsWith('ddscp_consent=2.'))
      .map((text) => /expires=([^;]+)/.exec(text)?.[1]);
    expect(expiries).toEqual([
      new Date(Date.parse('2026-03-01T12:00:00Z') + 180 * 864e5).toUTCString(),
      new Date(Date.parse('2026-03-01T12:00:00Z') + 365 * 864e5).toUTCString(),
    ]);
  });

  it('writes the cookie with its lifetime, SameSite and Secure (auto: on under https)', () => {
    const written = spyOnCookieWrites();
    createConsent(config).acceptAll();
    // The last write: a host-only copy is removed first.
    const header = written.filter((text) => text.startsWith('ddscp_consent=')).at(-1);
    expect(header).toMatch(
      /; path=\/; domain=example\.gov\.uk; expires=[^;]+; sameSite=lax; secure$/,
    );
    const expires = Date.parse(/expires=([^;]+)/.exec(header as string)?.[1] as string);
    expect(expires - Date.now()).toBeGreaterThan(364 * 864e5);
    expect(expires - Date.now()).toBeLessThanOrEqual(365 * 864e5);
  });

  it('leaves Secure off on plain http when secure is auto', () => {
    resetUrl('http://www.example.gov.uk/');
    const written = spyOnCookieWrites();
    createConsent(config).acceptAll();
    expect(written.find((text) => text.startsWith('ddscp_consent='))).not.toMatch(/secure/);
  });

  it('hands proof of every decision to onRecord', () => {
    const records: ConsentRecord[] = [];
    const consent = createConsent(config, { onRecord: (record) => records.push(record) });
    const accepted = consent.acceptAll({ method: 'banner' });
    consent.rejectAll({ method: 'preferences' });
    expect(records).toEqual([
      {
        necessary: true,
        analytical: true,
        policyVersion: 3,
        decidedAt: accepted.decidedAt,
        method: 'banner',
        id: accepted.id,
        decisionId: accepted.decisionId,
      },
      expect.objectContaining({ analytical: false, method: 'preferences', id: accepted.id }),
    ]);
  });

  it('forgets the decision on reset: cookie deleted, undecided again, a new id next time', () => {
    const consent = createConsent(config);
    const first = consent.acceptAll();
    const listener = vi.fn();
    consent.subscribe(listener);
    expect(consent.reset()).toEqual({
      decided: false,
      necessary: true,
      analytical: false,
      policyVersion: 3,
    });
    expect(cookieValue('ddscp_consent')).toBeUndefined();
    expect(listener).toHaveBeenCalledOnce();
    expect(consent.acceptAll().id).not.toBe(first.id);
  });

  it('stops telling a listener after it unsubscribes', () => {
    const consent = createConsent(config);
    const listener = vi.fn();
    const unsubscribe = consent.subscribe(listener);
    unsubscribe();
    consent.acceptAll();
    expect(listener).not.toHaveBeenCalled();
  });

  it('still tells every listener when one throws, and reports the error', () => {
    vi.useFakeTimers();
    const consent = createConsent(config);
    const later = vi.fn();
    const unsubscribe = consent.subscribe(() => {
      throw new Error('broken listener');
    });
    consent.subscribe(later);
    consent.acceptAll();
    expect(later).toHaveBeenCalledOnce();
    expect(consent.state.analytical).toBe(true);
    expect(() => vi.runOnlyPendingTimers()).toThrow('broken listener');
    // This manager lives on (it listens for the tab being shown): later tests must not wake it.
    unsubscribe();
  });
});

describe('createConsent: clearing', () => {
  it('deletes every declared analytics cookie and storage key on refusal, on every scope', () => {
    const consent = createConsent(config);
    consent.acceptAll();
    setAnalyticsCookies();
    consent.rejectAll();
    expect(cookieNames()).toEqual(['ddscp_consent', 'session']);
    expect(localStorage.getItem('analytics_queue')).toBeNull();
    expect(sessionStorage.getItem('_hjSession')).toBeNull();
    expect(localStorage.getItem('theme')).toBe('dark');
  });

  it('deletes them on withdrawal through the cookies page and on reset', () => {
    const consent = createConsent(config);
    consent.acceptAll();
    setAnalyticsCookies();
    consent.set({ analytical: false });
    expect(cookieNames()).not.toContain('_ga');
    consent.acceptAll();
    setAnalyticsCookies();
    consent.reset();
    expect(cookieNames()).toEqual(['session']);
  });

  it('deletes them when the page loads without consent (they should not exist)', () => {
    setAnalyticsCookies();
    createConsent(config);
    expect(cookieNames()).toEqual(['session']);
  });

  it('leaves them while analytics is allowed', () => {
    writeCookie(`ddscp_consent=${stored(true)}; path=/`);
    setAnalyticsCookies();
    createConsent(config).acceptAll();
    expect(cookieNames()).toContain('_ga_ABC123');
  });

  it('keeps deleting them for a minute when a running script writes them again', () => {
    vi.useFakeTimers();
    const consent = createConsent(config);
    consent.acceptAll();
    consent.rejectAll();
    writeCookie('_ga=GA1.1.again; domain=example.gov.uk; path=/');
    vi.advanceTimersByTime(1000);
    expect(cookieNames()).not.toContain('_ga');
    localStorage.setItem('analytics_queue', '[1]');
    vi.advanceTimersByTime(30_000);
    expect(localStorage.getItem('analytics_queue')).toBeNull();
    vi.advanceTimersByTime(30_000);
    writeCookie('_ga=GA1.1.late; path=/');
    vi.advanceTimersByTime(10_000);
    expect(cookieNames()).toContain('_ga');
  });

  it('deletes a cookie at once when the Cookie Store API reports it written again', async () => {
    const consent = createConsent(config);
    consent.rejectAll();
    const store = (
      globalThis as unknown as { cookieStore: { set(name: string, value: string): Promise<void> } }
    ).cookieStore;
    await store.set('_ga_NEW', 'GS1.1.5');
    expect(cookieNames()).not.toContain('_ga_NEW');
    await store.set('unrelated', '1');
    expect(cookieNames()).toContain('unrelated');
  });

  it('stops watching once analytics is allowed again', async () => {
    vi.useFakeTimers();
    const consent = createConsent(config);
    consent.rejectAll();
    consent.acceptAll();
    writeCookie('_ga=GA1.1.allowed; path=/');
    vi.advanceTimersByTime(5000);
    expect(cookieNames()).toContain('_ga');
  });
});

/** Moves the page to another URL, keeping its cookies. */
function resetUrl(url: string): void {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
}

/** Records what is written to `document.cookie`. */
function spyOnCookieWrites(): string[] {
  const written: string[] = [];
  const descriptor =
    Object.getOwnPropertyDescriptor(Object.getPrototypeOf(document), 'cookie') ??
    Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  vi.spyOn(document, 'cookie', 'set').mockImplementation((text: string) => {
    written.push(text);
    descriptor?.set?.call(document, text);
  });
  return written;
}

/** The input a validated configuration came from, to vary one setting. */
function inputOf(validated: typeof config) {
  return { ...validated, cookie: { ...validated.cookie }, categories: { ...validated.categories } };
}

describe('createConsent: a decision made in another tab', () => {
  /** What another tab's manager leaves in the shared cookie jar when the visitor decides there. */
  const decideInAnotherTab = (analytical: boolean) =>
    writeCookie(
      `ddscp_consent=${encodeConsent({ analytical, policyVersion: 3, decidedAt: new Date().toISOString(), method: 'preferences', id: ID, decisionId: OTHER_DECISION_ID })}; domain=example.gov.uk; path=/`,
    );

  it('does not sweep the analytics cookies once the visitor has accepted in another tab', () => {
    vi.useFakeTimers();
    const consent = createConsent(config);
    const seen: boolean[] = [];
    consent.subscribe((state) => seen.push(state.analytical));
    decideInAnotherTab(true);
    writeCookie('_ga=GA1.1.other-tab; domain=example.gov.uk; path=/');
    vi.advanceTimersByTime(5000);
    expect(cookieNames()).toContain('_ga');
    expect(seen).toEqual([true]);
    expect(consent.state).toMatchObject({ decided: true, analytical: true, method: 'preferences' });
  });

  it('turns analytics off, tells subscribers and sweeps when the page is shown again after a refusal elsewhere', () => {
    writeCookie(`ddscp_consent=${stored(true)}; path=/`);
    const consent = createConsent(config);
    const seen: boolean[] = [];
    consent.subscribe((state) => seen.push(state.analytical));
    setAnalyticsCookies();
    decideInAnotherTab(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(seen).toEqual([false]);
    expect(cookieNames()).toEqual(['ddscp_consent', 'ddscp_consent', 'session']);
    // Reading the state again finds nothing new: subscribers hear of each change once.
    expect(consent.allows('analytical')).toBe(false);
    expect(seen).toEqual([false]);
  });

  it('reads `state` and `allows` as they are, without calling subscribers, until the tab is shown', () => {
    const consent = createConsent(config);
    const seen: boolean[] = [];
    consent.subscribe((state) => seen.push(state.analytical));
    decideInAnotherTab(true);
    expect(consent.allows('analytical')).toBe(false);
    expect(consent.state.decided).toBe(false);
    expect(seen).toEqual([]);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(consent.state).toMatchObject({ decided: true, analytical: true, id: ID });
    expect(seen).toEqual([true]);
  });

  it('keeps the id the other tab stored when the visitor decides again here', () => {
    const consent = createConsent(config);
    decideInAnotherTab(false);
    consent.acceptAll();
    expect(decodeConsent(cookieValue('ddscp_consent'), config)?.id).toBe(ID);
  });

  it('keeps a choice the browser would not store, rather than going back to the old cookie', () => {
    writeCookie(`ddscp_consent=${stored(false)}; path=/`);
    const consent = createConsent(config);
    vi.spyOn(document, 'cookie', 'set').mockImplementation(() => {});
    consent.acceptAll();
    expect(consent.allows('analytical')).toBe(true);
  });
});
