// @ddscp/consent as a TypeScript user sees it (see usage/domain.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  activateGatedElements,
  type ConsentRecord,
  type ConsentState,
  connectGoogleConsentMode,
  createAnalytics,
  createConsent,
  defineConsentConfig,
  parseCookieHeader,
} from '@ddscp/consent';
import {
  clearCookieHeaders,
  consentSetCookie,
  parseConsentForm,
  readConsent,
} from '@ddscp/consent/server';
import {
  type ConsentBannerOptions,
  type ConsentUiText,
  cy,
  en,
  mountConsentBanner,
  mountCookiePreferences,
  renderConsentBannerHtml,
  renderConsentHeadScriptHtml,
  renderCookiePreferencesHtml,
} from '@ddscp/consent/ui';

export const cookies: Record<string, string> = parseCookieHeader('a=1');

export const config = defineConsentConfig({
  policyVersion: 1,
  cookie: { name: 'ddscp_consent', domain: 'example.gov.uk', maxAgeDays: 365 },
  mode: 'opt-in',
  respectGpc: true,
  categories: {
    necessary: {
      cookies: [
        { name: 'ddscp_consent', purpose: 'Remembers your cookie choices', expires: '1 year' },
      ],
    },
    analytical: {
      cookies: [{ name: /^_ga_/, purpose: 'Keeps session state', expires: '2 years' }],
      storage: ['analytics_queue'],
    },
  },
});

export function browser(): ConsentState {
  const records: ConsentRecord[] = [];
  const consent = createConsent(config, { onRecord: (record) => records.push(record) });
  const stopGating: () => void = activateGatedElements(consent, {
    root: document,
    observe: false,
  });
  const stopGoogle: () => void = connectGoogleConsentMode(consent, { waitForUpdate: 500 });
  const analytics = createAnalytics(consent, {
    load: async () => (event: { name: string }) => console.log(event.name),
  });
  analytics.track({ name: 'page_view' });
  stopGating();
  stopGoogle();
  return consent.acceptAll({ method: 'banner' });
}

export function server(req: IncomingMessage, res: ServerResponse, body: string): boolean {
  const choice = parseConsentForm(body);
  const previous = readConsent(config, req);
  res.setHeader('Set-Cookie', [
    consentSetCookie(config, { ...choice, ...(previous.id && { id: previous.id }) }),
    ...clearCookieHeaders(config, req),
  ]);
  return readConsent(config, new Request('https://example.gov.uk/')).decided;
}

export const welsh: ConsentUiText = { ...cy, hide: 'Cuddio' };
const bannerOptions: ConsentBannerOptions = { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' };

export function ui(container: HTMLElement): () => void {
  const consent = createConsent(config);
  const stopBanner = mountConsentBanner(consent, { ...bannerOptions, text: welsh });
  const stopPreferences = mountCookiePreferences(consent, container, { text: { save: en.save } });
  return () => {
    stopBanner();
    stopPreferences();
  };
}

export function page(req: IncomingMessage, saved: boolean): string {
  const state = readConsent(config, req);
  return [
    renderConsentHeadScriptHtml(config, { src: '/consent-head.js' }),
    renderConsentBannerHtml(config, state, { ...bannerOptions, saved, returnUrl: req.url ?? '/' }),
    renderCookiePreferencesHtml(config, state, { saved }),
    renderConsentBannerHtml(config, undefined, bannerOptions),
  ].join('');
}
