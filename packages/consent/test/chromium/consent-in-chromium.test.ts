// The behaviour happy-dom cannot prove, in real Chromium: cookie domains and paths as a
// browser applies them, the Cookie Store API reporting `document.cookie` writes, and gated
// scripts running under a strict Content Security Policy.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { chromiumArgs, findChromium } from '../../../../scripts/lib/chromium.mjs';

const NONCE = 'r4nd0m';

/** The page: the built package as a module, a gated inline script and a gated external one, with the nonce. */
const page = (body: string) => `<!doctype html>
<html lang="en"><head><title>Consent test</title>
<script type="module" nonce="${NONCE}" src="/boot.js"></script>
</head><body>
<script type="text/plain" data-consent="analytical" nonce="${NONCE}">window.inlineRan = true;</script>
<script type="text/plain" data-consent="analytical" nonce="${NONCE}" src="/analytics.js"></script>
${body}
</body></html>`;

const BOOT = `
import { createConsent, defineConsentConfig, activateGatedElements } from '/consent.js';
const config = defineConsentConfig({
  policyVersion: 1,
  cookie: { domain: 'ddscp.test' },
  categories: { analytical: { cookies: [{ name: '_ga', purpose: 'p', expires: '2 years' }, { name: /^_ga_/, purpose: 'p', expires: '2 years' }] } },
});
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective));
window.consent = createConsent(config);
// A module script has no document.currentScript: it gives the page's nonce from its own tag.
activateGatedElements(window.consent, { nonce: document.querySelector('script[src="/boot.js"]').nonce });
window.ready = true;
`;

let bundle = '';
let server: Server;
let port = 0;
let browser: Browser;
let context: BrowserContext;
let tab: Page;

beforeAll(async () => {
  const built = await build({
    entryPoints: [new URL('../../dist/index.js', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    write: false,
  });
  bundle = built.outputFiles[0]?.text ?? '';
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const scripts: Record<string, string> = {
      '/consent.js': bundle,
      '/boot.js': BOOT,
      '/analytics.js': 'window.externalRan = true;',
    };
    const script = scripts[path];
    if (script !== undefined) {
      res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(script);
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'text/html',
      // Strict: files from this origin, and inline code only with the nonce.
      'Content-Security-Policy': `default-src 'self'; script-src 'self' 'nonce-${NONCE}'`,
    });
    res.end(page(''));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      ...chromiumArgs,
      '--host-resolver-rules=MAP *.ddscp.test 127.0.0.1, MAP ddscp.test 127.0.0.1',
      // The Cookie Store API exists only in secure contexts; this stands in for https.
      `--unsafely-treat-insecure-origin-as-secure=http://www.ddscp.test:${port}`,
    ],
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});
beforeEach(async () => {
  context = await browser.newContext();
  tab = await context.newPage();
});
afterEach(() => context.close());

/** What the test page puts on `window` (and the Cookie Store API, where the browser has it). */
interface PageGlobals {
  ready?: boolean;
  consent: { acceptAll(): void; rejectAll(): void; state: { analytical: boolean } };
  cookieStore?: unknown;
}

/** Opens the test page on a subdomain of ddscp.test and waits for the manager. */
async function open(host = 'www.ddscp.test', path = '/reviews/theo'): Promise<void> {
  await tab.goto(`http://${host}:${port}${path}`);
  await tab.waitForFunction(() => (window as unknown as PageGlobals).ready === true);
}

const decide = (choice: 'acceptAll' | 'rejectAll') =>
  tab.evaluate((method) => (window as unknown as PageGlobals).consent[method](), choice);

const hasCookieStore = () =>
  tab.evaluate(() => (window as unknown as PageGlobals).cookieStore !== undefined);

/** Writes a cookie from the page, as a still-running analytics script would. */
const scriptWritesCookie = (text: string) =>
  tab.evaluate((cookie) => {
    // biome-ignore lint/suspicious/noDocumentCookie: this plays an analytics script writing its cookie.
    document.cookie = cookie;
  }, text);

/** Analytics cookies on the parent domain, the host, and a deeper path, as GA and others set them. */
async function plantAnalyticsCookies(): Promise<void> {
  await context.addCookies([
    { name: '_ga', value: '1', domain: '.ddscp.test', path: '/' },
    { name: '_ga_ABC', value: '2', domain: 'www.ddscp.test', path: '/' },
    { name: '_ga_ABC', value: '3', domain: '.www.ddscp.test', path: '/reviews' },
    { name: 'session', value: 'keep', domain: 'www.ddscp.test', path: '/' },
  ]);
}

const cookieNames = async () =>
  (await context.cookies()).map((cookie) => `${cookie.name}@${cookie.domain}${cookie.path}`).sort();

describe('@ddscp/consent in Chromium', () => {
  it('deletes analytics cookies on the parent domain, the host and deeper paths when refused', async () => {
    await open();
    await plantAnalyticsCookies();
    await decide('rejectAll');
    const left = await cookieNames();
    expect(left.filter((cookie) => cookie.startsWith('_ga'))).toEqual([]);
    expect(left).toContain('session@www.ddscp.test/');
  });

  it('shares the decision with another subdomain through the configured domain', async () => {
    await open();
    await decide('acceptAll');
    await open('reviews.ddscp.test', '/');
    expect(
      await tab.evaluate(() => (window as unknown as PageGlobals).consent.state.analytical),
    ).toBe(true);
  });

  it('deletes a cookie a running script writes again, through Cookie Store change events', async () => {
    // Only the event path is left: the periodic re-sweep never runs in this page.
    await tab.addInitScript(() => {
      window.setInterval = (() => 0) as unknown as typeof window.setInterval;
    });
    await open();
    expect(await hasCookieStore()).toBe(true);
    await decide('rejectAll');
    await scriptWritesCookie('_ga_LATE=1; domain=ddscp.test; path=/');
    await expect.poll(cookieNames, { timeout: 5000 }).not.toContain('_ga_LATE@.ddscp.test/');
  });

  it('keeps deleting it by sweeping again where there is no Cookie Store API (plain http)', async () => {
    await open('reviews.ddscp.test', '/');
    expect(await hasCookieStore()).toBe(false);
    await decide('rejectAll');
    await scriptWritesCookie('_ga=again; domain=ddscp.test; path=/');
    await expect.poll(cookieNames, { timeout: 5000 }).not.toContain('_ga@.ddscp.test/');
  });

  it('acts on a decision made in another tab: gated scripts run, its analytics cookies stay', async () => {
    // Plain http: no Cookie Store API, so the page learns of the other tab by its own sweeps.
    await open('reviews.ddscp.test', '/');
    const first = tab;
    tab = await context.newPage();
    await open('reviews.ddscp.test', '/');
    await decide('acceptAll');
    tab = first;
    await scriptWritesCookie('_ga=from-the-script; domain=ddscp.test; path=/');
    const ran = () =>
      first.evaluate(() => {
        const flags = window as unknown as { inlineRan?: boolean; externalRan?: boolean };
        return [flags.inlineRan === true, flags.externalRan === true];
      });
    await expect.poll(ran, { timeout: 5000 }).toEqual([true, true]);
    expect(await cookieNames()).toContain('_ga@.ddscp.test/');
    expect(
      await first.evaluate(() => (window as unknown as PageGlobals).consent.state.analytical),
    ).toBe(true);
  });

  it('runs gated scripts only after consent, with the nonce, and without CSP violations', async () => {
    await open();
    const ran = () =>
      tab.evaluate(() => {
        const flags = window as unknown as { inlineRan?: boolean; externalRan?: boolean };
        return [flags.inlineRan === true, flags.externalRan === true];
      });
    expect(await ran()).toEqual([false, false]);
    await decide('acceptAll');
    await expect.poll(ran).toEqual([true, true]);
    const violations = () =>
      tab.evaluate(() => (window as unknown as { violations: string[] }).violations);
    expect(await violations()).toEqual([]);
    // The policy is enforced: the same inline script without the nonce does not run.
    await tab.evaluate(() => {
      const script = document.createElement('script');
      script.text = 'window.withoutNonceRan = true;';
      document.body.append(script);
    });
    await expect.poll(violations).toContain('script-src-elem');
    expect(await tab.evaluate(() => 'withoutNonceRan' in window)).toBe(false);
  });
});
