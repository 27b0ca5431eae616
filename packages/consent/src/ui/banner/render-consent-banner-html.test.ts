// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/browser-page';
import { config } from '../../../test/fixtures';
import { accepted, exemption, gpc, rejected, undecided } from '../../../test/states';
import { cy } from '../text/cy';
import { renderConsentBannerHtml } from './render-consent-banner-html';

const options = { serviceName: 'DDSCP' };
const banner = (html: string) => parseHtml(html).firstElementChild as HTMLElement;
/** The banner's messages that show: the question, or a confirmation. */
const shown = (element: HTMLElement) =>
  [...element.children].filter((message) => !(message as HTMLElement).hidden);

describe('renderConsentBannerHtml', () => {
  it('renders the GOV.UK banner for a visitor who has not decided: a labelled region with a heading', () => {
    const element = banner(renderConsentBannerHtml(config, undecided, options));
    expect(element.getAttribute('role')).toBe('region');
    expect(element.getAttribute('aria-label')).toBe('Cookies on DDSCP');
    expect(element.hidden).toBe(false);
    expect(element.querySelector('h2')?.textContent).toBe('Cookies on DDSCP');
    expect(element.hasAttribute('data-nosnippet')).toBe(true);
    expect(element.lang).toBe('en');
    expect(shown(element)).toEqual([element.querySelector('form')]);
  });

  it('asks with two equal buttons that post the choice to the cookies page without JavaScript', () => {
    const form = banner(renderConsentBannerHtml(config, undecided, options)).querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/cookies');
    const buttons = [...(form?.querySelectorAll('button') ?? [])];
    expect(buttons.map((button) => [button.textContent, button.name, button.value])).toEqual([
      ['Accept analytics cookies', 'analytical', 'accept'],
      ['Reject analytics cookies', 'analytical', 'reject'],
    ]);
    expect(buttons[0]?.className).toBe(buttons[1]?.className);
    expect(form?.querySelector('a')?.getAttribute('href')).toBe('/cookies');
    expect(form?.querySelector('a')?.textContent).toBe('View cookies');
  });

  it('takes the cookies page, the form action and the page to return to from the options', () => {
    const form = banner(
      renderConsentBannerHtml(config, undecided, {
        ...options,
        cookiesPageUrl: '/about/cookies',
        action: '/consent',
        returnUrl: '/reviews?page=2',
      }),
    ).querySelector('form');
    expect(form?.getAttribute('action')).toBe('/consent');
    expect(form?.querySelector('a')?.getAttribute('href')).toBe('/about/cookies');
    const field = form?.querySelector('input');
    expect([field?.type, field?.name, field?.value]).toEqual([
      'hidden',
      'return',
      '/reviews?page=2',
    ]);
  });

  it('carries both confirmations, hidden, each focusable by script and with a Hide button', () => {
    const element = banner(renderConsentBannerHtml(config, undecided, options));
    const confirmations = [...element.children].slice(1) as HTMLElement[];
    expect(confirmations.map((message) => message.hidden)).toEqual([true, true]);
    for (const message of confirmations) {
      expect(message.getAttribute('tabindex')).toBe('-1');
      expect(message.getAttribute('role')).toBe('alert');
      expect(message.querySelector('a')?.getAttribute('href')).toBe('/cookies');
      expect(message.querySelector('form button')?.textContent).toBe('Hide cookie message');
    }
    expect(confirmations.map((message) => message.querySelector('p')?.textContent)).toEqual([
      'You’ve accepted analytics cookies. You can change your cookie settings at any time.',
      'You’ve rejected analytics cookies. You can change your cookie settings at any time.',
    ]);
  });

  it('renders nothing for a visitor who has decided, or whose browser sends GPC, so it never flashes', () => {
    expect(renderConsentBannerHtml(config, accepted, options)).toBe('');
    expect(renderConsentBannerHtml(config, rejected, options)).toBe('');
    expect(renderConsentBannerHtml(config, gpc, options)).toBe('');
    expect(renderConsentBannerHtml(config, gpc, { ...options, saved: true })).toBe('');
  });

  it('renders the confirmation of the stored choice after the no-JavaScript form was posted', () => {
    for (const [state, text] of [
      [accepted, 'You’ve accepted'],
      [rejected, 'You’ve rejected'],
    ] as const) {
      const element = banner(renderConsentBannerHtml(config, state, { ...options, saved: true }));
      expect(shown(element)).toHaveLength(1);
      expect(shown(element)[0]?.textContent).toContain(text);
    }
    // Saved, but the cookie did not come back (blocked): ask again.
    const element = banner(renderConsentBannerHtml(config, undecided, { ...options, saved: true }));
    expect(shown(element)).toEqual([element.querySelector('form')]);
  });

  it('renders static HTML for a state not known yet (undefined) as for a visitor who has not decided, marked as needing JavaScript', () => {
    const server = renderConsentBannerHtml(config, undecided, options);
    const built = renderConsentBannerHtml(config, undefined, options);
    expect(banner(server).hasAttribute('data-script-only')).toBe(false);
    expect(banner(built).hasAttribute('data-script-only')).toBe(true);
    expect(built.replace(' data-script-only', '')).toBe(server);
  });

  it('says that analytics is on and can be rejected under the statistical-purposes exemption', () => {
    const text = banner(renderConsentBannerHtml(exemption, undefined, options)).textContent;
    expect(text).toContain('We also use analytics cookies');
    expect(text).not.toContain('We’d also like');
  });

  it('speaks Welsh with text: cy, and takes any string overridden', () => {
    const welsh = banner(renderConsentBannerHtml(config, undefined, { ...options, text: cy }));
    expect(welsh.lang).toBe('cy');
    expect(welsh.getAttribute('aria-label')).toBe('Cwcis ar DDSCP');
    expect([...welsh.querySelectorAll('button')].map((button) => button.textContent)).toEqual([
      'Derbyn cwcis dadansoddol',
      'Gwrthod cwcis dadansoddol',
      'Cuddio’r neges cwcis',
      'Cuddio’r neges cwcis',
    ]);
    const custom = banner(
      renderConsentBannerHtml(config, undefined, {
        ...options,
        text: { ...cy, accept: 'Iawn', changeSettings: 'Newidiwch [y gosodiadau].' },
      }),
    );
    expect(custom.querySelector('button')?.textContent).toBe('Iawn');
    expect(custom.querySelector('[role=alert] a')?.textContent).toBe('y gosodiadau');
    expect(custom.querySelector('[role=alert] p')?.textContent).toBe(
      'Rydych wedi derbyn cwcis dadansoddol. Newidiwch y gosodiadau.',
    );
  });

  it('shows the service name exactly as given, wherever the heading names it', () => {
    const element = banner(
      renderConsentBannerHtml(config, undefined, {
        serviceName: "A $& $' B",
        text: { bannerHeading: '{service}: cookies on {service}' },
      }),
    );
    expect(element.querySelector('h2')?.textContent).toBe("A $& $' B: cookies on A $& $' B");
  });

  it('escapes the service name, the addresses and every string', () => {
    const html = renderConsentBannerHtml(config, undefined, {
      serviceName: '<img src=x onerror=alert(1)>',
      cookiesPageUrl: '/"><script>alert(1)</script>',
      text: { accept: '</button><script>alert(2)</script>' },
    });
    expect(html).not.toMatch(/<img|<script/);
    const element = banner(html);
    expect(element.querySelector('h2')?.textContent).toBe(
      'Cookies on <img src=x onerror=alert(1)>',
    );
    expect(element.querySelector('a')?.getAttribute('href')).toBe('/"><script>alert(1)</script>');
    expect(element.querySelector('button')?.textContent).toBe('</button><script>alert(2)</script>');
  });

  it('uses no inline style or script, so it runs under a strict CSP', () => {
    const html = renderConsentBannerHtml(config, undefined, { ...options, returnUrl: '/' });
    expect(html).not.toMatch(/style=|<script|\son\w+=|javascript:/i);
  });
});
