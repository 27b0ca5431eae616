// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetPage } from '../../test/browser-page';
import { config } from '../../test/fixtures';
import { createConsent } from '../browser/create-consent';
import { mountConsentBanner } from './banner/mount-consent-banner';
import { renderConsentBannerHtml } from './banner/render-consent-banner-html';
import type { ConsentBannerOptions } from './consent-ui-options';
import { mountCookiePreferences } from './preferences/mount-cookie-preferences';
import { renderCookiePreferencesHtml } from './preferences/render-cookie-preferences-html';

const warnings = () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () => warn.mock.calls.map(([message]) => message as string);
};

afterEach(() => {
  resetPage();
  document.body.replaceChildren();
  vi.unstubAllEnvs();
});

describe('UI options that cannot be silently wrong', () => {
  it("tells a site that passes locale: 'cy' how to get Welsh, naming the function", () => {
    const said = warnings();
    const options = { serviceName: 'DDSCP', locale: 'cy' } as ConsentBannerOptions;
    mountConsentBanner(createConsent(config), options);
    expect(said()).toEqual([
      'mountConsentBanner: "locale" is not an option: for Welsh, pass text: cy (the Welsh strings, cy, of @ddscp/consent/ui); the language follows the strings.',
    ]);
  });

  it('names the option a misspelt one was meant to be, in every UI function', () => {
    const said = warnings();
    const options = { serviceName: 'DDSCP', cookiePageUrl: '/cookies' } as ConsentBannerOptions;
    renderConsentBannerHtml(config, undefined, options);
    renderCookiePreferencesHtml(config, undefined, options);
    mountCookiePreferences(createConsent(config), document.body, options);
    expect(said()).toEqual(
      ['renderConsentBannerHtml', 'renderCookiePreferencesHtml', 'mountCookiePreferences'].map(
        (caller) =>
          `${caller}: "cookiePageUrl" is not an option: did you mean "cookiesPageUrl"? The options are serviceName, cookiesPageUrl, action, returnUrl, saved, text.`,
      ),
    );
  });

  it('lists the options when nothing is close, and checks the strings of text too', () => {
    const said = warnings();
    renderConsentBannerHtml(config, undefined, {
      serviceName: 'DDSCP',
      colour: 'red',
      text: { acept: 'OK', bannerHeading: 'Cookies' },
    } as ConsentBannerOptions);
    expect(said()).toEqual([
      'renderConsentBannerHtml: "colour" is not an option. The options are serviceName, cookiesPageUrl, action, returnUrl, saved, text.',
      'renderConsentBannerHtml: text.acept is not one of the strings: did you mean text.accept? (see ConsentUiText).',
    ]);
  });

  it('warns once per message, as a server renders on every request', () => {
    const said = warnings();
    for (let request = 0; request < 3; request++)
      renderConsentBannerHtml(config, undefined, {
        serviceName: 'DDSCP',
        lang: 'cy',
      } as ConsentBannerOptions);
    expect(said()).toHaveLength(1);
  });

  it('says nothing about the options it reads, or in production', () => {
    const said = warnings();
    renderConsentBannerHtml(config, undefined, {
      serviceName: 'DDSCP',
      cookiesPageUrl: '/cookies',
      action: '/consent',
      returnUrl: '/',
      saved: false,
      text: { accept: 'OK' },
    });
    vi.stubEnv('NODE_ENV', 'production');
    renderConsentBannerHtml(config, undefined, {
      serviceName: 'DDSCP',
      language: 'cy',
    } as ConsentBannerOptions);
    expect(said()).toEqual([]);
  });
});
