// @vitest-environment happy-dom
// One markup, two renderers: what the browser draws when the HTML has no banner or form is
// exactly what the server renders, whatever the options and strings (hostile ones included).
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsent } from '../src/browser/create-consent';
import { mountConsentBanner } from '../src/ui/banner/mount-consent-banner';
import { renderConsentBannerHtml } from '../src/ui/banner/render-consent-banner-html';
import { mountCookiePreferences } from '../src/ui/preferences/mount-cookie-preferences';
import { renderCookiePreferencesHtml } from '../src/ui/preferences/render-cookie-preferences-html';
import { cy } from '../src/ui/text/cy';
import { en } from '../src/ui/text/en';
import { parseHtml, resetPage } from './browser-page';
import { config } from './fixtures';

const text = fc.oneof(fc.string(), fc.constantFrom('<b>x</b>', '"&\'', 'a [link] b'));
const options = fc.record(
  {
    serviceName: text,
    cookiesPageUrl: text,
    action: text,
    returnUrl: text,
    text: fc.oneof(
      fc.constantFrom(en, cy),
      fc.record({ accept: text, hide: text, saved: text, cookieName: text }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: ['serviceName'] },
);

beforeEach(() => resetPage());
afterEach(() => resetPage());

describe('the server and the browser', () => {
  it('draw the same banner (property)', () => {
    fc.assert(
      fc.property(options, (given) => {
        document.body.replaceChildren();
        mountConsentBanner(createConsent(config), given);
        const rendered = parseHtml(renderConsentBannerHtml(config, undefined, given));
        // The parser joins neighbouring texts into one text node; so does normalize().
        document.body.normalize();
        expect(rendered.firstElementChild?.isEqualNode(document.body.firstElementChild)).toBe(true);
      }),
    );
  });

  it('draw the same cookies page form (property)', () => {
    fc.assert(
      fc.property(options, (given) => {
        document.body.replaceChildren();
        mountCookiePreferences(createConsent(config), document.body, given);
        const rendered = parseHtml(renderCookiePreferencesHtml(config, undefined, given));
        document.body.normalize();
        expect(rendered.firstElementChild?.isEqualNode(document.body.firstElementChild)).toBe(true);
      }),
    );
  });
});
