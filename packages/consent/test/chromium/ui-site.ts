// The test site for the UI's real-browser tests: static pages (banner in the HTML, head
// script, ui.css) and server-rendered pages with the no-JavaScript form, all served with
// `Content-Security-Policy: default-src 'self'`. The browser code is the built package.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { chromiumArgs, findChromium } from '../../../../scripts/lib/chromium.mjs';
import { defineConsentConfig } from '../../src/config/define-consent-config';
import { clearCookieHeaders } from '../../src/server/clear-cookie-headers';
import { consentSetCookie } from '../../src/server/consent-set-cookie';
import { parseConsentForm } from '../../src/server/parse-consent-form';
import { readConsent } from '../../src/server/read-consent';
import {
  cy,
  renderConsentBannerHtml,
  renderConsentHeadScriptHtml,
  renderCookiePreferencesHtml,
} from '../../src/ui';
import type { ConsentBannerOptions } from '../../src/ui/consent-ui-options';
import { siteConfigInput, siteConfigInputCy } from './ui-site-config';

const config = defineConsentConfig(siteConfigInput);
const configCy = defineConsentConfig(siteConfigInputCy);

/** English at /, Welsh under /cy/. */
export const english = {
  serviceName: 'DDSCP',
  cookiesPageUrl: '/cookies',
} satisfies ConsentBannerOptions;
export const welsh = {
  serviceName: 'DDSCP',
  cookiesPageUrl: '/cy/cwcis',
  text: cy,
} satisfies ConsentBannerOptions;

const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).pathname;

/** The site's script: one manager, the banner on every page, the preferences on the cookies page. */
const BOOT = `
import { createConsent, defineConsentConfig } from ${JSON.stringify(dist('index.js'))};
import { cy, mountConsentBanner, mountCookiePreferences } from ${JSON.stringify(dist('ui.js'))};
import { siteConfigInput, siteConfigInputCy } from ${JSON.stringify(new URL('./ui-site-config.ts', import.meta.url).pathname)};
const welsh = document.documentElement.lang === 'cy';
const options = welsh
  ? { serviceName: 'DDSCP', cookiesPageUrl: '/cy/cwcis', text: cy }
  : { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' };
const consent = createConsent(defineConsentConfig(welsh ? siteConfigInputCy : siteConfigInput));
window.consent = consent;
const settings = document.getElementById('cookie-settings');
if (settings) mountCookiePreferences(consent, settings, options);
else mountConsentBanner(consent, options);
window.ready = true;
`;

/** A page of the site; the banner (when given) comes first in <body>, before the skip link. */
function page({
  lang,
  title,
  head = '',
  banner = '',
  main,
}: {
  lang: string;
  title: string;
  head?: string;
  banner?: string;
  main: string;
}): string {
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/site.css"><link rel="stylesheet" href="/ui.css">${head}
<script type="module" src="/boot.js"></script>
</head><body>${banner}<a class="skip" href="#main">Skip to main content</a>
<header><a href="/">Derby and Derbyshire Safeguarding Children Partnership</a></header>
<main id="main">${main}</main>
<footer><a href="${lang === 'cy' ? '/cy/cwcis' : '/cookies'}">Cookies</a></footer>
</body></html>`;
}

const REVIEWS = `<h1>Child Safeguarding Practice Reviews</h1>
<p>A local Child Safeguarding Practice Review is commissioned when a deeper review is needed. <a href="/reviews">Published reviews</a>.</p>`;
const COOKIES_INTRO = (lang: string) =>
  lang === 'cy'
    ? '<h1>Cwcis</h1><p>Ffeiliau bach yw cwcis sy’n cael eu cadw ar eich dyfais.</p>'
    : '<h1>Cookies</h1><p>Cookies are small files saved on your device when you visit a website.</p>';

/** A site stylesheet that adds motion everywhere, as many do; ui.css must still when asked. */
const SITE_CSS =
  'body{margin:0;font-family:sans-serif;line-height:1.5} main,header,footer{padding:0 1rem} *{transition:color 1s}';

export interface Site {
  readonly url: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** The parts of an HTTP request the site reads. */
async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += chunk;
  return body;
}

/**
 * Starts the site and Chromium. Pages:
 * `/` and `/cy/` (static: the banner in the HTML for everyone, the head script hides it for
 * decided visitors), `/cookies` and `/cy/cwcis` (static cookies page), `/ssr/` and
 * `/ssr/cookies` (server-rendered from the request's cookie, with the no-JavaScript form
 * handled by POST /ssr/cookies).
 */
export async function startSite(): Promise<Site> {
  const boot = await build({
    stdin: { contents: BOOT, loader: 'js', resolveDir: '/' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const files: Record<string, [type: string, body: string]> = {
    '/boot.js': ['text/javascript', boot.outputFiles[0]?.text ?? ''],
    '/consent-head.js': ['text/javascript', readFileSync(dist('head.js'), 'utf8')],
    '/ui.css': ['text/css', readFileSync(dist('ui.css'), 'utf8')],
    '/site.css': ['text/css', SITE_CSS],
  };
  const head = renderConsentHeadScriptHtml(config);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const file = files[url.pathname];
    if (file) {
      response.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
      return;
    }
    const html = (body: string) =>
      void response
        .writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          'Content-Security-Policy': "default-src 'self'",
        })
        .end(body);
    const saved = url.searchParams.has('saved');
    switch (url.pathname) {
      case '/':
      case '/cy/': {
        const lang = url.pathname === '/' ? 'en' : 'cy';
        const options = lang === 'en' ? english : welsh;
        // The same static HTML for every visitor, as a static host serves it.
        return html(
          page({
            lang,
            title: 'Reviews',
            head,
            banner: renderConsentBannerHtml(config, undefined, options),
            main: REVIEWS,
          }),
        );
      }
      case '/cookies':
      case '/cy/cwcis': {
        const lang = url.pathname === '/cookies' ? 'en' : 'cy';
        const [described, options] = lang === 'en' ? [config, english] : [configCy, welsh];
        return html(
          page({
            lang,
            title: 'Cookies',
            main: `${COOKIES_INTRO(lang)}<div id="cookie-settings">${renderCookiePreferencesHtml(described, undefined, options)}</div>`,
          }),
        );
      }
      case '/ssr/': {
        const state = readConsent(config, request);
        const banner = renderConsentBannerHtml(config, state, {
          ...english,
          action: '/ssr/cookies',
          cookiesPageUrl: '/ssr/cookies',
          returnUrl: '/ssr/',
          saved,
        });
        return html(page({ lang: 'en', title: 'Reviews', banner, main: REVIEWS }));
      }
      case '/ssr/cookies': {
        if (request.method === 'POST') {
          const form = new URLSearchParams(await readBody(request));
          const choice = parseConsentForm(form);
          const previous = readConsent(config, request);
          response.setHeader('Set-Cookie', [
            consentSetCookie(
              config,
              { ...choice, ...(previous.id && { id: previous.id }) },
              { secure: false },
            ),
            ...(choice.analytical ? [] : clearCookieHeaders(config, request)),
          ]);
          // The banner's buttons say accept/reject and come back to their page; the cookies page says yes/no.
          const fromBanner = /^(accept|reject)$/.test(form.get('analytical') ?? '');
          const back = form.get('return') ?? '/ssr/';
          const location =
            fromBanner && /^\/(?![/\\])/.test(back) ? `${back}?saved` : '/ssr/cookies?saved';
          response.writeHead(303, { Location: location }).end();
          return;
        }
        const state = readConsent(config, request);
        return html(
          page({
            lang: 'en',
            title: 'Cookies',
            main: `${COOKIES_INTRO('en')}<div id="cookie-settings">${renderCookiePreferencesHtml(config, state, { action: '/ssr/cookies', saved })}</div>`,
          }),
        );
      }
      case '/favicon.ico':
        return void response.writeHead(204).end();
      default:
        return void response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  return {
    url: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** What a test file gets from {@link useSite}: the site, and a fresh context and tab per test. */
export interface SiteSession {
  readonly url: string;
  readonly context: BrowserContext;
  readonly tab: Page;
  /** Opens a page of the site and waits until its script has mounted the banner or the form. */
  open(path: string): Promise<void>;
}

/**
 * Registers a test file's hooks: the site and Chromium for the file, a new browser context
 * (with `options`, after `prepare`) and tab for each test, closed after it.
 */
export function useSite(
  options: BrowserContextOptions = {},
  prepare: (context: BrowserContext) => Promise<void> = async () => {},
): SiteSession {
  let site: Site | undefined;
  let context: BrowserContext | undefined;
  let tab: Page | undefined;
  const running = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSite: only inside a test');
    return value;
  };
  beforeAll(async () => {
    site = await startSite();
  });
  afterAll(() => site?.close());
  beforeEach(async () => {
    context = await running(site).browser.newContext(options);
    await prepare(context);
    tab = await context.newPage();
  });
  afterEach(() => context?.close());
  return {
    get url() {
      return running(site).url;
    },
    get context() {
      return running(context);
    },
    get tab() {
      return running(tab);
    },
    async open(path) {
      await running(tab).goto(`${running(site).url}${path}`);
      await running(tab).waitForFunction(() => (window as { ready?: boolean }).ready === true);
    },
  };
}
