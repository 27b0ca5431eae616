// @vitest-environment happy-dom
// Without JavaScript, the banner's buttons and the cookies page's radios post forms that
// parseConsentForm reads into the choice the visitor made.
import { afterEach, describe, expect, it } from 'vitest';
import { parseConsentForm } from '../src/server/parse-consent-form';
import { renderConsentBannerHtml } from '../src/ui/banner/render-consent-banner-html';
import { renderCookiePreferencesHtml } from '../src/ui/preferences/render-cookie-preferences-html';
import { parseHtml, resetPage } from './browser-page';
import { config } from './fixtures';

/** Puts the rendered HTML in the page, as the browser would show it, and returns its form. */
function page(html: string): HTMLFormElement {
  document.body.replaceChildren(...parseHtml(html).childNodes);
  return document.querySelector('form') as HTMLFormElement;
}

afterEach(() => resetPage());

describe('the no-JavaScript forms', () => {
  it('post the banner button pressed as a choice the server reads, with the page to return to', () => {
    const form = page(
      renderConsentBannerHtml(config, undefined, { serviceName: 'DDSCP', returnUrl: '/reviews' }),
    );
    const [accept, reject] = form.querySelectorAll('button');
    const accepted = new FormData(form, accept);
    expect(parseConsentForm(accepted)).toEqual({ analytical: true, method: 'form' });
    expect(accepted.get('return')).toBe('/reviews');
    expect(parseConsentForm(new FormData(form, reject))).toEqual({
      analytical: false,
      method: 'form',
    });
  });

  it('post the cookies page radio chosen as a choice the server reads', () => {
    const form = page(renderCookiePreferencesHtml(config, undefined));
    for (const [value, analytical] of [
      ['yes', true],
      ['no', false],
    ] as const) {
      (form.querySelector(`input[value=${value}]`) as HTMLInputElement).checked = true;
      const body = new URLSearchParams(new FormData(form) as unknown as Record<string, string>);
      expect(parseConsentForm(body.toString())).toEqual({ analytical, method: 'form' });
    }
  });
});
