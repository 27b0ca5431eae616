import type { IncomingMessage } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import {
  type Analytics,
  activateGatedElements,
  type ConsentConfig,
  type ConsentManager,
  type ConsentRecord,
  type ConsentState,
  connectGoogleConsentMode,
  createAnalytics,
  createConsent,
  decodeConsent,
  defineConsentConfig,
  encodeConsent,
} from './index';
import {
  type ConsentChoice,
  type ConsentDecision,
  clearCookieHeaders,
  consentSetCookie,
  parseConsentForm,
  readConsent,
} from './server';
import {
  type ConsentUiText,
  connectConsentBanner,
  connectCookiePreferences,
  cy,
  mountConsentBanner,
  mountCookiePreferences,
  renderConsentBannerHtml,
  renderConsentHeadScriptHtml,
  renderCookiePreferencesHtml,
} from './ui';

const config = defineConsentConfig({ policyVersion: 1 });

describe('the public types', () => {
  it('give a validated configuration from defineConsentConfig, and refuse bad settings', () => {
    expectTypeOf(config).toEqualTypeOf<ConsentConfig>();
    // @ts-expect-error policyVersion is required
    defineConsentConfig({});
    // @ts-expect-error mode is one of two
    defineConsentConfig({ policyVersion: 1, mode: 'opt-out' });
    // @ts-expect-error there is no marketing category
    defineConsentConfig({ policyVersion: 1, categories: { marketing: {} } });
    defineConsentConfig({
      policyVersion: 1,
      categories: {
        analytical: { cookies: [{ name: /^_ga_/, purpose: 'p', expires: 'e' }], storage: [/^_hj/] },
      },
    });
  });

  it('make the manager need a validated configuration, not its input', () => {
    // @ts-expect-error an unvalidated input lacks the filled-in defaults
    createConsent({ policyVersion: 1 });
    expectTypeOf(createConsent(config)).toEqualTypeOf<ConsentManager>();
  });

  it('narrow the state: a stored decision carries its proof, GPC and undecided do not', () => {
    const state = createConsent(config).state;
    expectTypeOf(state.necessary).toEqualTypeOf<true>();
    expectTypeOf(state.id).toEqualTypeOf<string | undefined>();
    if (state.decided && state.method !== 'gpc') {
      expectTypeOf(state.id).toEqualTypeOf<string>();
      expectTypeOf(state.decidedAt).toEqualTypeOf<string>();
    }
    if (state.method === 'gpc') expectTypeOf(state.analytical).toEqualTypeOf<false>();
    if (!state.decided) expectTypeOf(state.method).toEqualTypeOf<undefined>();
  });

  it('type the manager’s methods and subscriptions', () => {
    const manager = createConsent(config, {
      onRecord: (record) => expectTypeOf(record).toEqualTypeOf<ConsentRecord>(),
    });
    expectTypeOf(manager.allows).parameter(0).toEqualTypeOf<'necessary' | 'analytical'>();
    expectTypeOf(manager.acceptAll({ method: 'banner' })).toEqualTypeOf<ConsentState>();
    // @ts-expect-error gpc is never a method a visitor decides by
    manager.rejectAll({ method: 'gpc' });
    // @ts-expect-error necessary cannot be switched off
    manager.set({ analytical: true, necessary: false });
    expectTypeOf(manager.subscribe(() => {})).toEqualTypeOf<() => void>();
    expectTypeOf(activateGatedElements(manager)).toEqualTypeOf<() => void>();
    expectTypeOf(connectGoogleConsentMode(manager, { waitForUpdate: 500 })).toEqualTypeOf<
      () => void
    >();
  });

  it('carry the event type through the analytics facade', () => {
    const analytics = createAnalytics(createConsent(config), {
      load: async () => (event: { name: string }) => void event,
    });
    expectTypeOf(analytics).toEqualTypeOf<Analytics<{ name: string }>>();
    // @ts-expect-error events must have the provider's shape
    analytics.track('page_view');
  });

  it('round-trip decisions through the cookie format', () => {
    expectTypeOf(encodeConsent).parameter(0).toEqualTypeOf<ConsentDecision>();
    expectTypeOf(decodeConsent('x', config)).toEqualTypeOf<ConsentDecision | undefined>();
  });

  it('accept every kind of request on the server', () => {
    const node = {} as IncomingMessage;
    expectTypeOf(readConsent(config, node)).toEqualTypeOf<ConsentState>();
    readConsent(config, new Request('https://example.gov.uk/'));
    readConsent(config, new Headers());
    readConsent(config, 'ddscp_consent=x');
    expectTypeOf(clearCookieHeaders(config, node)).toEqualTypeOf<string[]>();
    // @ts-expect-error a number is no request
    readConsent(config, 42);
  });

  it('give a form choice ready for consentSetCookie', () => {
    const choice = parseConsentForm(new URLSearchParams('analytical=yes'));
    expectTypeOf(choice).toExtend<ConsentChoice>();
    expectTypeOf(choice.method).toEqualTypeOf<'form'>();
    expectTypeOf(consentSetCookie(config, choice)).toEqualTypeOf<string>();
  });

  it('type the UI: the banner needs a service name, strings are overridable one by one', () => {
    const manager = createConsent(config);
    // @ts-expect-error the banner's heading needs the service name
    mountConsentBanner(manager, {});
    expectTypeOf(mountConsentBanner(manager, { serviceName: 'DDSCP', text: cy })).toEqualTypeOf<
      () => void
    >();
    mountCookiePreferences(manager, document.body, { text: { save: 'Save' }, returnUrl: '/' });
    // @ts-expect-error strings are strings
    mountCookiePreferences(manager, document.body, { text: { save: 1 } });
    // Taking over markup already in the page needs no strings or service name.
    expectTypeOf(connectConsentBanner(manager)).toEqualTypeOf<() => void>();
    connectCookiePreferences(manager, document.body, { returnUrl: '/reviews' });
    // @ts-expect-error connecting draws nothing, so it takes no strings
    connectCookiePreferences(manager, document.body, { text: cy });
    expectTypeOf(cy).toEqualTypeOf<ConsentUiText>();
    expectTypeOf(
      renderConsentBannerHtml(config, undefined, { serviceName: 'DDSCP', saved: true }),
    ).toEqualTypeOf<string>();
    expectTypeOf(
      renderCookiePreferencesHtml(config, readConsent(config, '')),
    ).toEqualTypeOf<string>();
    expectTypeOf(renderConsentHeadScriptHtml(config, { src: '/h.js' })).toEqualTypeOf<string>();
  });
});
