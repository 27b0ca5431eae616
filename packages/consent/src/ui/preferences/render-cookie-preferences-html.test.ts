// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/browser-page';
import { config } from '../../../test/fixtures';
import { accepted, exemption, gpc, rejected, undecided } from '../../../test/states';
import { defineConsentConfig } from '../../config/define-consent-config';
import { cy } from '../text/cy';
import { renderCookiePreferencesHtml } from './render-cookie-preferences-html';

const form = (html: string) => parseHtml(html).firstElementChild as HTMLFormElement;
const checked = (element: HTMLElement) =>
  [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')]
    .filter((radio) => radio.checked)
    .map((radio) => radio.value);
/** A table's rows as arrays of cell texts, the heading row first. */
const rows = (table: Element | null | undefined) =>
  [...(table?.querySelectorAll('tr') ?? [])].map((row) =>
    [...row.children].map((cell) => cell.textContent),
  );

describe('renderCookiePreferencesHtml', () => {
  it('renders a form that posts analytical=yes|no to the cookies page without JavaScript', () => {
    const element = form(renderCookiePreferencesHtml(config, undecided));
    expect(element.tagName).toBe('FORM');
    expect(element.getAttribute('method')).toBe('post');
    expect(element.getAttribute('action')).toBe('/cookies');
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    expect(radios.map((radio) => [radio.name, radio.value, radio.required])).toEqual([
      ['analytical', 'yes', true],
      ['analytical', 'no', true],
    ]);
    expect(
      radios.map((radio) => element.querySelector(`label[for="${radio.id}"]`)?.textContent),
    ).toEqual(['Yes', 'No']);
    expect(element.querySelector('fieldset legend')?.textContent).toBe(
      'Do you want to allow analytical cookies?',
    );
    expect(element.querySelector('button')?.textContent).toBe('Save cookie settings');
  });

  it('describes each category, necessary as always on', () => {
    const element = form(renderCookiePreferencesHtml(config, undecided));
    const headings = [...element.querySelectorAll('h2[id]')].map((heading) => heading.textContent);
    expect(headings).toEqual(['Success', 'Necessary cookies', 'Analytical cookies']);
    expect(element.textContent).toContain('cannot be disabled');
    expect(element.querySelector('strong')?.textContent).toBe('Always on');
    expect(element.textContent).toContain('Analytical cookies help us improve our website');
  });

  it('lists the declared cookies of each category in a table labelled by its heading', () => {
    const element = form(renderCookiePreferencesHtml(config, undecided));
    const tables = [...element.querySelectorAll('table')];
    expect(
      tables.map(
        (table) => element.querySelector(`#${table.getAttribute('aria-labelledby')}`)?.textContent,
      ),
    ).toEqual(['Necessary cookies', 'Analytical cookies']);
    expect(rows(tables[0])).toEqual([
      ['Name', 'Purpose', 'Expires'],
      ['ddscp_consent', 'Remembers your cookie choices', '1 year'],
    ]);
    expect(rows(tables[1])).toEqual([
      ['Name', 'Purpose', 'Expires'],
      ['_ga', 'Distinguishes visitors (Google Analytics)', '2 years'],
      ['_ga_<ID>', 'Keeps session state (Google Analytics)', '2 years'],
      ['_gid', 'Distinguishes visitors', '24 hours'],
    ]);
    expect(tables[1]?.querySelector('tbody th')?.getAttribute('scope')).toBe('row');
  });

  it('leaves out the table of a category that declares no cookies', () => {
    const element = form(
      renderCookiePreferencesHtml(defineConsentConfig({ policyVersion: 1 }), undefined),
    );
    expect(element.querySelectorAll('table')).toHaveLength(0);
    expect(element.querySelectorAll('h2')).toHaveLength(3);
  });

  it('checks the stored choice, and nothing at all for a visitor who has not decided', () => {
    expect(checked(form(renderCookiePreferencesHtml(config, undecided)))).toEqual([]);
    expect(checked(form(renderCookiePreferencesHtml(config, undefined)))).toEqual([]);
    expect(checked(form(renderCookiePreferencesHtml(config, accepted)))).toEqual(['yes']);
    expect(checked(form(renderCookiePreferencesHtml(config, rejected)))).toEqual(['no']);
    expect(checked(form(renderCookiePreferencesHtml(config, gpc)))).toEqual(['no']);
  });

  it('never pre-selects yes, even where analytics runs until the visitor objects', () => {
    const state = { decided: false, necessary: true, analytical: true, policyVersion: 1 } as const;
    expect(checked(form(renderCookiePreferencesHtml(exemption, state)))).toEqual([]);
  });

  it('shows the success message after the no-JavaScript form was posted, with the way back', () => {
    const hidden = form(renderCookiePreferencesHtml(config, accepted));
    expect(hidden.querySelector<HTMLElement>('[role=alert]')?.hidden).toBe(true);
    const element = form(
      renderCookiePreferencesHtml(config, accepted, { saved: true, returnUrl: '/reviews' }),
    );
    const notification = element.querySelector<HTMLElement>('[role=alert]');
    expect(notification?.hidden).toBe(false);
    expect(notification?.getAttribute('tabindex')).toBe('-1');
    expect(
      element.querySelector(`#${notification?.getAttribute('aria-labelledby')}`)?.textContent,
    ).toBe('Success');
    expect(notification?.querySelector('p')?.textContent).toBe(
      'You’ve set your cookie preferences. Go back to the page you were looking at.',
    );
    expect(notification?.querySelector('a')?.getAttribute('href')).toBe('/reviews');
    expect(element.querySelector<HTMLInputElement>('input[name=return]')?.value).toBe('/reviews');
  });

  it('speaks Welsh with text: cy', () => {
    const element = form(renderCookiePreferencesHtml(config, undecided, { text: cy }));
    expect(element.lang).toBe('cy');
    expect(rows(element.querySelector('table'))[0]).toEqual(['Enw', 'Pwrpas', 'Yn dod i ben']);
    expect(element.querySelector('legend')?.textContent).toBe(
      'Ydych chi eisiau caniatáu cwcis dadansoddol?',
    );
  });

  it('escapes what the configuration declares', () => {
    const hostile = defineConsentConfig({
      policyVersion: 1,
      categories: {
        analytical: {
          cookies: [{ name: '_x', purpose: '<script>alert(1)</script>', expires: '"><b>' }],
        },
      },
    });
    const html = renderCookiePreferencesHtml(hostile, undefined, { returnUrl: '"><i>' });
    expect(html).not.toMatch(/<script|<b>|<i>|style=/);
    expect(rows(form(html).querySelector('table'))[1]).toEqual([
      '_x',
      '<script>alert(1)</script>',
      '"><b>',
    ]);
  });
});
