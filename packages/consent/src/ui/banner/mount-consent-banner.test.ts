// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHtml, resetPage, writeCookie } from '../../../test/browser-page';
import { config, DECISION_ID, ID } from '../../../test/fixtures';
import { createConsent } from '../../browser/create-consent';
import { encodeConsent } from '../../cookies/consent-cookie-format';
import { DECIDED_CLASS } from '../../head/decided-class';
import { cy } from '../text/cy';
import { mountConsentBanner } from './mount-consent-banner';
import { renderConsentBannerHtml } from './render-consent-banner-html';

const options = { serviceName: 'DDSCP' };
const banners = () => document.querySelectorAll<HTMLElement>('.ddscp-cookie-banner');
const banner = () => banners()[0] as HTMLElement;
const messages = () => [...banner().children] as HTMLElement[];
const visible = () =>
  banner().hidden
    ? []
    : messages()
        .filter((message) => !message.hidden)
        .map((m) => messages().indexOf(m));
const click = (text: string) =>
  [...banner().querySelectorAll('button')].find((button) => button.textContent === text)?.click();
/** Stores a decision in the cookie, as an earlier visit would have. */
const storedBefore = (analytical: boolean, policyVersion = 3) =>
  writeCookie(
    `ddscp_consent=${encodeConsent({ analytical, policyVersion, decidedAt: new Date(Math.floor(Date.now() / 1000 - 60) * 1000).toISOString(), method: 'banner', id: ID, decisionId: DECISION_ID })}; path=/`,
  );
/** Puts server-rendered or static markup in the page, as the HTML would carry it. */
const serverRendered = (html: string) => document.body.prepend(...parseHtml(html).childNodes);

beforeEach(() => {
  resetPage();
  document.body.replaceChildren(
    ...parseHtml('<a href="/">Skip to main content</a><main>Page</main>').childNodes,
  );
  document.documentElement.className = '';
});
afterEach(() => resetPage());

describe('mountConsentBanner', () => {
  it('draws the banner at the top of the page when the HTML has none, asking the question', () => {
    mountConsentBanner(createConsent(config), options);
    expect(banners()).toHaveLength(1);
    expect(document.body.firstElementChild).toBe(banner());
    expect(visible()).toEqual([0]);
    expect(banner().getAttribute('aria-label')).toBe('Cookies on DDSCP');
  });

  it('takes over the banner already in the page instead of drawing a second one', () => {
    serverRendered(renderConsentBannerHtml(config, undefined, options));
    const rendered = banner();
    mountConsentBanner(createConsent(config), options);
    expect(banners()).toHaveLength(1);
    expect(banner()).toBe(rendered);
    expect(visible()).toEqual([0]);
  });

  it('hides the static banner for a visitor who decided, and takes over from the head script', () => {
    storedBefore(false);
    document.documentElement.classList.add(DECIDED_CLASS);
    serverRendered(renderConsentBannerHtml(config, undefined, options));
    mountConsentBanner(createConsent(config), options);
    expect(banner().hidden).toBe(true);
    expect(document.documentElement.classList.contains(DECIDED_CLASS)).toBe(false);
  });

  it('asks again after the policy version rose', () => {
    storedBefore(true, 2);
    mountConsentBanner(createConsent(config), options);
    expect(visible()).toEqual([0]);
  });

  it('stores an acceptance from the banner, confirms it and moves focus to the confirmation', () => {
    const consent = createConsent(config);
    mountConsentBanner(consent, options);
    click('Accept analytics cookies');
    expect(consent.state).toMatchObject({ decided: true, analytical: true, method: 'banner' });
    expect(document.cookie).toMatch(/ddscp_consent=2\.1\.3\./);
    expect(visible()).toEqual([1]);
    expect(document.activeElement).toBe(messages()[1]);
  });

  it('stores a refusal the same way', () => {
    const consent = createConsent(config);
    mountConsentBanner(consent, options);
    click('Reject analytics cookies');
    expect(consent.state).toMatchObject({ decided: true, analytical: false, method: 'banner' });
    expect(visible()).toEqual([2]);
    expect(document.activeElement).toBe(messages()[2]);
  });

  it('hides the banner with "Hide cookie message", keeping the decision', () => {
    const consent = createConsent(config);
    mountConsentBanner(consent, options);
    click('Reject analytics cookies');
    click('Hide cookie message');
    expect(banner().hidden).toBe(true);
    expect(consent.state.decided).toBe(true);
  });

  it('follows decisions made elsewhere: hidden after the cookies page saved, back after a reset', () => {
    const consent = createConsent(config);
    mountConsentBanner(consent, options);
    consent.set({ analytical: true }, { method: 'preferences' });
    expect(banner().hidden).toBe(true);
    consent.reset();
    expect(visible()).toEqual([0]);
  });

  it('keeps the confirmation the server rendered after the no-JavaScript form, and focuses it', () => {
    storedBefore(true);
    const consent = createConsent(config);
    serverRendered(renderConsentBannerHtml(config, consent.state, { ...options, saved: true }));
    mountConsentBanner(consent, options);
    expect(visible()).toEqual([1]);
    expect(document.activeElement).toBe(messages()[1]);
    click('Hide cookie message');
    expect(banner().hidden).toBe(true);
  });

  it('draws in the language of the text it is given', () => {
    mountConsentBanner(createConsent(config), { ...options, text: cy });
    expect(banner().lang).toBe('cy');
    expect(banner().querySelector('h2')?.textContent).toBe('Cwcis ar DDSCP');
  });

  it('returns a function that stops following the manager', () => {
    const consent = createConsent(config);
    const stop = mountConsentBanner(consent, options);
    stop();
    consent.acceptAll();
    expect(visible()).toEqual([0]);
  });
});
