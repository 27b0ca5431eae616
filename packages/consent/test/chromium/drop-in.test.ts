// The drop-in dist/browser.js in Chromium, on pages a CMS template would make: configured by
// JSON only (no inline script), under `default-src 'self'` and under a nonce-based policy with
// 'strict-dynamic', in English and Welsh, and with every way its configuration can be broken.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { chromiumArgs, findChromium } from '../../../../scripts/lib/chromium.mjs';

const NONCE = 'dr0p1nN0nc3';
const dist = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');

const CONFIG = {
  policyVersion: 1,
  categories: {
    necessary: {
      cookies: [{ name: 'ddscp_consent', purpose: 'Remembers your choices', expires: '1 year' }],
    },
    analytical: {
      cookies: [{ name: { pattern: '^_ga' }, purpose: 'Counts visits', expires: '2 years' }],
    },
  },
  ui: { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' },
  googleConsentMode: { waitForUpdate: 500 },
};

interface PageOptions {
  readonly lang?: string;
  /** The JSON element's text; `null` leaves the element out. */
  readonly json?: string | null;
  readonly nonce?: boolean;
  readonly body?: string;
}

function html({
  lang = 'en',
  json = JSON.stringify(CONFIG),
  nonce = false,
  body = '',
}: PageOptions) {
  const n = nonce ? ` nonce="${NONCE}"` : '';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Page</title>
<link rel="stylesheet" href="/ui.css">
${json === null ? '' : `<script type="application/json" id="ddscp-consent-config">${json}</script>`}
<script src="/browser.js"${n}></script>
</head><body><h1>Reviews</h1>
<script type="text/plain" data-consent="analytical"${n} src="/own.js"></script>
${body}
</body></html>`;
}

let server: Server;
let port = 0;
let browser: Browser;
let tab: Page;
let pageOptions: PageOptions = {};
let policy = "default-src 'self'";
const errors: string[] = [];

beforeAll(async () => {
  const files: Record<string, [string, string]> = {
    '/browser.js': ['text/javascript', dist('browser.js')],
    '/ui.css': ['text/css', dist('ui.css')],
    '/own.js': ['text/javascript', "window.ran = [...(window.ran ?? []), 'own'];"],
    '/evil.js': ['text/javascript', "window.ran = [...(window.ran ?? []), 'evil'];"],
  };
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = files[path];
    if (file) return void response.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
    response.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': policy });
    response.end(
      html(
        path === '/cookies'
          ? { ...pageOptions, body: '<div data-ddscp-cookie-preferences></div>' }
          : pageOptions,
      ),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});
beforeEach(async () => {
  pageOptions = {};
  policy = "default-src 'self'";
  errors.length = 0;
  tab = await browser.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective}`),
    ),
  );
});
afterEach(() => tab.close());

const open = (path = '/') => tab.goto(`http://127.0.0.1:${port}${path}`);
const ran = () => tab.evaluate(() => (window as { ran?: string[] }).ran ?? []);
const banner = () => tab.locator('.ddscp-cookie-banner');

describe('the drop-in browser.js', () => {
  it("works under default-src 'self' with no inline script: banner first in <body>, Consent Mode first in the dataLayer", async () => {
    await open();
    await expect.poll(() => banner().isVisible()).toBe(true);
    expect(await tab.evaluate(() => document.body.firstElementChild?.className)).toBe(
      'ddscp-cookie-banner',
    );
    const first = await tab.evaluate(() =>
      Array.from((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer[0] ?? []),
    );
    expect(first.slice(0, 2)).toEqual(['consent', 'default']);
    expect(await ran()).toEqual([]);
    await tab.getByRole('button', { name: 'Accept analytics cookies' }).click();
    await expect.poll(ran).toEqual(['own']);
    expect(errors).toEqual([]);
  });

  it('runs under a nonce-based policy with strict-dynamic, with its own nonce, and never an injected script', async () => {
    policy = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;
    pageOptions = {
      nonce: true,
      body: `<script type="text/plain" data-consent="analytical" src="/evil.js"></script>
<script type="text/plain" data-consent="analytical" nonce="guessed" src="/evil.js"></script>
<script type="text/plain" data-consent="necessary" nonce="${NONCE}" src="/evil.js"></script>`,
    };
    await open();
    await tab.getByRole('button', { name: 'Accept analytics cookies' }).click();
    await expect.poll(ran).toEqual(['own']);
    await tab.waitForTimeout(300);
    expect(await ran()).toEqual(['own']);
    // The necessary one is left inert with a warning, not an error.
    expect(errors).toEqual([]);
  });

  it('speaks Welsh on a page whose language is Welsh', async () => {
    pageOptions = { lang: 'cy-GB' };
    await open();
    await expect.poll(() => banner().getAttribute('lang')).toBe('cy');
    await expect
      .poll(() => tab.getByRole('button', { name: 'Derbyn cwcis dadansoddol' }).isVisible())
      .toBe(true);
  });

  it('fills the cookies page and draws no banner there', async () => {
    await open('/cookies');
    await expect
      .poll(() => tab.getByRole('button', { name: 'Save cookie settings' }).isVisible())
      .toBe(true);
    expect(await banner().count()).toBe(0);
    await tab.getByLabel('Yes', { exact: true }).check();
    await tab.getByRole('button', { name: 'Save cookie settings' }).click();
    await expect.poll(ran).toEqual(['own']);
  });

  it.each([
    [
      'a missing configuration',
      null,
      'ddscp-consent: Invalid consent configuration: the configuration must be JSON in a <script type="application/json" id="ddscp-consent-config"> before browser.js: there is none.',
    ],
    [
      'broken JSON',
      '{"policyVersion": 1,',
      'ddscp-consent: Invalid consent configuration: the configuration must be JSON in a <script type="application/json" id="ddscp-consent-config"> before browser.js: ',
    ],
    [
      'a misspelt setting',
      JSON.stringify({ ...CONFIG, policyVerison: 2 }),
      'ddscp-consent: Invalid consent configuration: policyVerison is not a setting',
    ],
    [
      'a pattern that is no regular expression',
      JSON.stringify({
        ...CONFIG,
        categories: {
          analytical: { cookies: [{ name: { pattern: '(' }, purpose: 'p', expires: 'e' }] },
        },
      }),
      'ddscp-consent: Invalid consent configuration: categories.analytical.cookies[0].name must be a valid regular expression',
    ],
    [
      'no ui',
      JSON.stringify({ policyVersion: 1 }),
      'ddscp-consent: Invalid consent configuration: ui must be an object such as {"serviceName": "DDSCP"}',
    ],
  ])(
    'with %s: one console error that names it, a refusal offered and no analytics',
    async (_, json, message) => {
      pageOptions = { json };
      await open();
      await expect.poll(() => banner().isVisible()).toBe(true);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(message);
      expect(await tab.getByRole('button', { name: 'Accept analytics cookies' }).count()).toBe(0);
      await tab.getByRole('button', { name: 'Reject analytics cookies' }).click();
      await tab.reload();
      await tab.waitForTimeout(300);
      expect(await ran()).toEqual([]);
    },
  );
});
