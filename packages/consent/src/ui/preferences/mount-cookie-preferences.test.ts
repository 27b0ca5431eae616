// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseHtml, resetPage } from '../../../test/browser-page';
import { config } from '../../../test/fixtures';
import { createConsent } from '../../browser/create-consent';
import { mountCookiePreferences } from './mount-cookie-preferences';
import { renderCookiePreferencesHtml } from './render-cookie-preferences-html';

let container: HTMLElement;
const forms = () => container.querySelectorAll('form');
const form = () => forms()[0] as HTMLFormElement;
const radio = (value: 'yes' | 'no') =>
  form().querySelector(`input[value=${value}]`) as HTMLInputElement;
const checked = () =>
  [...form().querySelectorAll<HTMLInputElement>('input[type=radio]')]
    .filter((input) => input.checked)
    .map((input) => input.value);
const notification = () => form().querySelector('[role=alert]') as HTMLElement;
const save = () => form().querySelector('button')?.click();

beforeEach(() => {
  resetPage();
  document.body.replaceChildren(
    ...parseHtml('<main><h1>Cookies</h1><div id="settings"></div></main>').childNodes,
  );
  container = document.getElementById('settings') as HTMLElement;
});
afterEach(() => resetPage());

describe('mountCookiePreferences', () => {
  it('draws the preferences into the container when the HTML has none', () => {
    mountCookiePreferences(createConsent(config), container);
    expect(forms()).toHaveLength(1);
    expect(form().querySelectorAll('table')).toHaveLength(2);
    expect(checked()).toEqual([]);
    expect(notification().hidden).toBe(true);
  });

  it('takes over the form already in the page and checks the stored choice', () => {
    const consent = createConsent(config);
    consent.rejectAll();
    container.append(...parseHtml(renderCookiePreferencesHtml(config, undefined)).childNodes);
    const rendered = form();
    mountCookiePreferences(consent, container);
    expect(forms()).toHaveLength(1);
    expect(form()).toBe(rendered);
    expect(checked()).toEqual(['no']);
  });

  it('saves the choice, shows the success message and moves focus to it', () => {
    const consent = createConsent(config);
    mountCookiePreferences(consent, container);
    radio('yes').checked = true;
    save();
    expect(consent.state).toMatchObject({ decided: true, analytical: true, method: 'preferences' });
    expect(notification().hidden).toBe(false);
    expect(document.activeElement).toBe(notification());
    radio('no').checked = true;
    save();
    expect(consent.state).toMatchObject({ analytical: false, method: 'preferences' });
    expect(document.activeElement).toBe(notification());
  });

  it('keeps the radios in step with decisions made elsewhere', () => {
    const consent = createConsent(config);
    mountCookiePreferences(consent, container);
    consent.acceptAll({ method: 'banner' });
    expect(checked()).toEqual(['yes']);
    consent.reset();
    expect(checked()).toEqual([]);
  });

  it('focuses the success message the server rendered after the no-JavaScript form', () => {
    const consent = createConsent(config);
    consent.acceptAll();
    container.append(
      ...parseHtml(renderCookiePreferencesHtml(config, consent.state, { saved: true })).childNodes,
    );
    mountCookiePreferences(consent, container);
    expect(document.activeElement).toBe(notification());
  });

  it('returns a function that stops following the manager', () => {
    const consent = createConsent(config);
    mountCookiePreferences(consent, container)();
    consent.acceptAll();
    expect(checked()).toEqual([]);
  });
});

describe('mountCookiePreferences: going back', () => {
  const referrer = (value: string) =>
    Object.defineProperty(document, 'referrer', { value, configurable: true });
  const link = () => notification().querySelector('a');
  /** The way back as a visitor sees it: the link's address, or null while it is hidden. */
  const wayBack = () =>
    notification().querySelector('span')?.hidden ? null : (link()?.getAttribute('href') ?? null);
  afterEach(() => referrer(''));

  it('links the success message back to the page of this site the visitor came from', () => {
    referrer('https://www.example.gov.uk/reviews?page=2#theo');
    container.append(...parseHtml(renderCookiePreferencesHtml(config, undefined)).childNodes);
    mountCookiePreferences(createConsent(config), container);
    radio('no').checked = true;
    save();
    expect(notification().hidden).toBe(false);
    expect(notification().querySelector('p')?.textContent).toBe(
      'You’ve set your cookie preferences. Go back to the page you were looking at.',
    );
    expect(wayBack()).toBe('/reviews?page=2#theo');
  });

  it('prefers the returnUrl given, and keeps the one link a server rendered', () => {
    referrer('https://www.example.gov.uk/elsewhere');
    container.append(
      ...parseHtml(renderCookiePreferencesHtml(config, undefined, { returnUrl: '/reviews' }))
        .childNodes,
    );
    mountCookiePreferences(createConsent(config), container, { returnUrl: '/reviews' });
    expect(notification().querySelectorAll('a')).toHaveLength(1);
    expect(wayBack()).toBe('/reviews');
  });

  it.each([
    ['another site', 'https://evil.example/reviews'],
    ['this page itself', 'https://www.example.gov.uk/reviews/theo'],
    ['no referrer', ''],
  ])('offers no way back to %s', (_, from) => {
    referrer(from);
    mountCookiePreferences(createConsent(config), container);
    expect(wayBack()).toBe(null);
    expect(link()?.hasAttribute('href')).toBe(false);
  });
});
