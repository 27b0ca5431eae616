// @vitest-environment happy-dom
// The options that become an `href`, a form's `action` or the `return` field often come from
// the request (the page the visitor was on): a `javascript:` or another site's address there
// must never reach the page, whether the server renders it or the browser draws it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsent } from '../src/browser/create-consent';
import { mountConsentBanner } from '../src/ui/banner/mount-consent-banner';
import { renderConsentBannerHtml } from '../src/ui/banner/render-consent-banner-html';
import type { ConsentBannerOptions } from '../src/ui/consent-ui-options';
import { mountCookiePreferences } from '../src/ui/preferences/mount-cookie-preferences';
import { renderCookiePreferencesHtml } from '../src/ui/preferences/render-cookie-preferences-html';
import { parseHtml, resetPage } from './browser-page';
import { config } from './fixtures';
import { accepted, undecided } from './states';

const HOSTILE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/',
  '/\\evil.example',
  '/\t/evil.example',
  '\\\\evil.example',
  'https:evil.example',
];

/** Every address the page would follow or post to, and the `return` field it would send. */
function addresses(root: ParentNode): string[] {
  return [
    ...[...root.querySelectorAll('[href]')].map((element) => element.getAttribute('href')),
    ...[...root.querySelectorAll('form[action]')].map((form) => form.getAttribute('action')),
    ...[...root.querySelectorAll<HTMLInputElement>('input[name=return]')].map(
      (input) => input.value,
    ),
  ] as string[];
}

const options = (url: string): ConsentBannerOptions => ({
  serviceName: 'DDSCP',
  cookiesPageUrl: url,
  action: url,
  returnUrl: url,
  saved: true,
});

beforeEach(() => resetPage());
afterEach(() => resetPage());

describe('addresses in the banner and the cookies page', () => {
  it('are left out of the server-rendered HTML when unsafe', () => {
    for (const url of HOSTILE) {
      const html =
        renderConsentBannerHtml(config, undecided, options(url)) +
        renderConsentBannerHtml(config, accepted, options(url)) +
        renderCookiePreferencesHtml(config, accepted, options(url));
      expect(addresses(parseHtml(html))).toEqual([]);
      expect(html).not.toMatch(/javascript|evil|data:/i);
    }
  });

  it('are left out of what the browser draws when unsafe', () => {
    for (const url of HOSTILE) {
      resetPage();
      document.body.replaceChildren();
      const consent = createConsent(config);
      mountConsentBanner(consent, options(url));
      const settings = document.body.appendChild(document.createElement('div'));
      mountCookiePreferences(consent, settings, options(url));
      expect(addresses(document.body)).toEqual([]);
      expect(document.body.outerHTML).not.toMatch(/javascript|evil|data:/i);
    }
  });

  it('drop an unsafe way back, and keep the text of a link left out, so the sentences still read', () => {
    const html = renderCookiePreferencesHtml(config, accepted, options('javascript:alert(1)'));
    const message = parseHtml(html).querySelector('[role=alert] p');
    // The sentence that leads back stays hidden, with no address, until there is a safe one.
    expect(message?.querySelector('span')?.hidden).toBe(true);
    expect(message?.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(message?.firstChild?.textContent).toBe('You’ve set your cookie preferences.');
    const banner = parseHtml(renderConsentBannerHtml(config, undecided, options('//evil.example')));
    expect([...banner.querySelectorAll('a')].map((link) => link.textContent)).toContain(
      'View cookies',
    );
  });

  it('keep paths of the site and http(s) addresses as given', () => {
    for (const url of [
      '/reviews?page=2#top',
      '/',
      'https://www.example.gov.uk/cookies',
      'HTTP://example.gov.uk',
    ]) {
      const html =
        renderConsentBannerHtml(config, undecided, options(url)) +
        renderCookiePreferencesHtml(config, accepted, options(url));
      const found = addresses(parseHtml(html));
      expect(found.length).toBeGreaterThanOrEqual(4);
      expect(new Set(found)).toEqual(new Set([url]));
    }
  });
});
