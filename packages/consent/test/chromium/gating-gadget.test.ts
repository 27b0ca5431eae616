// The script gadget, in real Chromium under a strict nonce-based policy
// (`script-src 'nonce-…' 'strict-dynamic'`): markup injected into a page (an HTML injection
// bug, in the HTML itself or added to the DOM later) must never get a script run through the
// gating, whatever category, form, nonce or moment it tries; the site's own gated scripts,
// which carry the page's nonce, run once allowed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { chromiumArgs, findChromium } from '../../../../scripts/lib/chromium.mjs';

const NONCE = 'pAg3N0nc3';
const POLICY = `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'`;

/** Every injected script: each category, `src` or inline, without a nonce or with a guessed one. */
const INJECTED = ['necessary', 'analytical']
  .flatMap((category) =>
    ['src', 'inline'].flatMap((form) =>
      ['none', 'guessed', ...(category === 'necessary' ? ['page'] : [])].map((nonce) => {
        const id = `${category}-${form}-${nonce}-nonce`;
        const attribute = { none: '', guessed: ' nonce="guessed"', page: ` nonce="${NONCE}"` }[
          nonce as 'none'
        ];
        return form === 'src'
          ? `<script type="text/plain" data-consent="${category}"${attribute} src="/evil.js?${id}"></script>`
          : `<script type="text/plain" data-consent="${category}"${attribute}>window.ran.push('${id}')</script>`;
      }),
    ),
  )
  .join('\n');

/** The site's page: its module script and its own two gated scripts carry the nonce. */
const page = (injected: string) => `<!doctype html>
<html lang="en"><head><title>Reviews</title>
<script type="module" nonce="${NONCE}" src="/boot.js"></script>
</head><body>
<h1>Reviews</h1>
<script type="text/plain" data-consent="analytical" nonce="${NONCE}" src="/own.js"></script>
<script type="text/plain" data-consent="analytical" nonce="${NONCE}">window.ran.push('own-inline')</script>
<div id="comments">${injected}</div>
</body></html>`;

/** The site's script: the page's nonce from its own tag; `?observe` turns on late elements. */
const BOOT = `
import { activateGatedElements, createConsent, defineConsentConfig } from '/consent.js';
const own = document.querySelector('script[src="/boot.js"]');
window.consent = createConsent(defineConsentConfig({ policyVersion: 1 }));
activateGatedElements(window.consent, { nonce: own.nonce, observe: location.search === '?observe' });
window.ready = true;
`;

let server: Server;
let port = 0;
let browser: Browser;
let context: BrowserContext;
let tab: Page;
/** The ids of the injected external scripts the browser asked the server for. */
const fetched: string[] = [];
const errors: string[] = [];

/** The built browser entry as a site's bundler makes it, for production or for development. */
const bundles: Record<string, string> = {};
const bundle = async (mode: 'production' | 'development') => {
  const built = await build({
    entryPoints: [new URL('../../dist/index.js', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
  });
  return built.outputFiles[0]?.text ?? '';
};

let mode: 'production' | 'development' = 'production';
let injectedInHtml = '';

beforeAll(async () => {
  bundles.production = await bundle('production');
  bundles.development = await bundle('development');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const scripts: Record<string, string | undefined> = {
      '/consent.js': bundles[mode],
      '/boot.js': BOOT,
      '/own.js': "window.ran.push('own-src');",
    };
    if (url.pathname === '/evil.js') {
      fetched.push(url.search.slice(1));
      res.writeHead(200, { 'Content-Type': 'text/javascript' });
      res.end(`window.ran.push(${JSON.stringify(url.search.slice(1))});`);
      return;
    }
    const script = scripts[url.pathname];
    if (script !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Security-Policy': POLICY });
    res.end(page(injectedInHtml));
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
  mode = 'production';
  injectedInHtml = '';
  fetched.length = 0;
  errors.length = 0;
  context = await browser.newContext();
  tab = await context.newPage();
  await tab.addInitScript(() => {
    (window as unknown as { ran: string[] }).ran = [];
  });
  tab.on('pageerror', (error) => errors.push(error.message));
});
afterEach(() => context.close());

async function open(query = ''): Promise<void> {
  await tab.goto(`http://127.0.0.1:${port}/${query}`);
  await tab.waitForFunction(() => (window as { ready?: boolean }).ready === true);
}
const ran = () => tab.evaluate(() => [...(window as unknown as { ran: string[] }).ran].sort());
const accept = () =>
  tab.evaluate(() => (window as unknown as { consent: { acceptAll(): void } }).consent.acceptAll());
/** Injects markup the way a DOM-based injection bug does, after the page has loaded. */
const injectIntoDom = (html: string) =>
  tab.evaluate((markup) => {
    (document.getElementById('comments') as HTMLElement).innerHTML = markup;
  }, html);
/** Long enough for a script the gating started to have been fetched and run. */
const settle = () => tab.waitForTimeout(300);

describe('gating under a strict nonce-based policy, in Chromium', () => {
  for (const observe of [false, true]) {
    const query = observe ? '?observe' : '';
    const label = observe ? ' (observe: true)' : '';

    it(`never runs gated scripts injected into the HTML, before or after consent${label}`, async () => {
      injectedInHtml = INJECTED;
      await open(query);
      await settle();
      expect(await ran()).toEqual([]);
      await accept();
      await expect.poll(ran).toEqual(['own-inline', 'own-src']);
      await settle();
      expect(await ran()).toEqual(['own-inline', 'own-src']);
      expect(fetched).toEqual([]);
      expect(errors).toEqual([]);
    });

    it(`never runs gated scripts injected into the DOM later, before or after consent${label}`, async () => {
      await open(query);
      await injectIntoDom(INJECTED);
      await settle();
      expect(await ran()).toEqual([]);
      await accept();
      await expect.poll(ran).toEqual(['own-inline', 'own-src']);
      // And once analytics is allowed.
      await injectIntoDom(INJECTED.replaceAll('evil.js?', 'evil.js?after-'));
      await settle();
      expect(await ran()).toEqual(['own-inline', 'own-src']);
      expect(fetched).toEqual([]);
    });
  }

  it("runs the site's own gated scripts only once allowed, each once", async () => {
    await open();
    await settle();
    expect(await ran()).toEqual([]);
    await accept();
    await expect.poll(ran).toEqual(['own-inline', 'own-src']);
    await tab.evaluate(() => {
      const consent = (window as unknown as { consent: { acceptAll(): void; rejectAll(): void } })
        .consent;
      consent.rejectAll();
      consent.acceptAll();
    });
    await settle();
    expect(await ran()).toEqual(['own-inline', 'own-src']);
  });

  it('runs a gated script the site adds later, with the page nonce, when it opted in', async () => {
    await open('?observe');
    await accept();
    await tab.evaluate((nonce) => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.dataset.consent = 'analytical';
      script.nonce = nonce;
      script.text = "window.ran.push('own-late')";
      document.body.append(script);
    }, NONCE);
    await expect.poll(ran).toEqual(['own-inline', 'own-late', 'own-src']);
  });

  it('says what is wrong in development: data-consent="necessary" is an error', async () => {
    mode = 'development';
    injectedInHtml =
      '<script type="text/plain" data-consent="necessary" src="/evil.js?dev"></script>';
    await tab.goto(`http://127.0.0.1:${port}/`);
    await expect
      .poll(() => errors)
      .toEqual([
        expect.stringContaining(
          'activateGatedElements: data-consent="necessary" is left inert: only "analytical" waits for consent',
        ),
      ]);
    expect(fetched).toEqual([]);
  });
});
