// Small sites for the audit's tests, one under each path prefix (/good/, /cookie-before-
// consent/, …): each uses the built package as the drop-in does (the configuration in
// <script type="application/json" id="ddscp-consent-config">, no inline script, served with
// `Content-Security-Policy: default-src 'self'`), and each but /good/ breaks one rule.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { defineConsentConfig } from '../../src/config/define-consent-config';
import { renderConsentBannerHtml } from '../../src/ui';

const dist = (file: string) => new URL(`../../dist/${file}`, import.meta.url).pathname;

/** The fixtures' configuration, as the drop-in reads it (patterns written as JSON). */
export function fixtureConfig(overrides: Record<string, unknown> = {}) {
  return {
    policyVersion: 1,
    mode: 'opt-in',
    respectGpc: true,
    categories: {
      necessary: {
        cookies: [
          { name: 'ddscp_consent', purpose: 'Remembers your cookie choices', expires: '1 year' },
        ],
      },
      analytical: {
        cookies: [
          {
            name: '_ga',
            purpose: 'Distinguishes visitors',
            expires: '2 years',
            provider: 'Google Analytics',
          },
          { name: { pattern: '^_ga_' }, purpose: 'Keeps session state', expires: '2 years' },
        ],
        storage: ['analytics_queue'],
      },
    },
    ui: { serviceName: 'Fixture', cookiesPageUrl: '/cookies' },
    ...overrides,
  };
}

/**
 * The page script, as the drop-in would be: reads the configuration from the page, runs the
 * manager, gating and (with data-banner="ours") the banner. `data-ignore-gpc` on <html>
 * makes it ignore GPC, whatever the configuration says: the GPC fixture's bug.
 */
const BOOT = `
import { activateGatedElements, createConsent, defineConsentConfig } from ${JSON.stringify(dist('index.js'))};
import { mountConsentBanner } from ${JSON.stringify(dist('ui.js'))};
const { ui, ...input } = JSON.parse(
  (document.getElementById('ddscp-consent-config') ?? document.getElementById('site-config')).textContent,
);
const asPattern = (name) => (typeof name === 'object' ? new RegExp(name.pattern, name.flags ?? '') : name);
for (const category of Object.values(input.categories))
  for (const cookie of category.cookies ?? []) cookie.name = asPattern(cookie.name);
if (document.documentElement.hasAttribute('data-ignore-gpc')) input.respectGpc = false;
const consent = createConsent(defineConsentConfig(input));
window.consent = consent;
activateGatedElements(consent);
if (document.documentElement.dataset.banner === 'ours') mountConsentBanner(consent, ui);
`;

/** A script that stores what its address asks: `?cookies=_ga,_ga_X&storage=analytics_queue`. */
const ANALYTICS = `(() => {
  const asked = new URL(document.currentScript.src).searchParams;
  for (const name of (asked.get('cookies') ?? '').split(',').filter(Boolean))
    document.cookie = name + '=GA1.1.' + Date.now() + '; path=/; max-age=63072000; SameSite=Lax';
  for (const key of (asked.get('storage') ?? '').split(',').filter(Boolean)) localStorage.setItem(key, '1');
  window.analyticsRan = (window.analyticsRan ?? 0) + 1;
})();`;

/** A tag that is not gated and starts before the visitor decides: the bug of ICO check 1. */
const EARLY_TAG = `if (!window.consent.state.decided)
  document.cookie = '_ga=GA1.1.early; path=/; max-age=63072000';`;

/** A tag that takes any stored decision for consent: the bug of ICO check 3. */
const SLOPPY_TAG = `if (document.cookie.includes('ddscp_consent='))
  document.cookie = '_ga=GA1.1.sloppy; path=/; max-age=63072000';`;

/** A banner of the site's own, answered through the manager. */
const CUSTOM_BANNER = `const banner = document.querySelector('.cookie-notice');
const answer = (yes) => (event) => {
  event.preventDefault();
  window.consent[yes ? 'acceptAll' : 'rejectAll']({ method: 'banner' });
  banner.hidden = true;
};
document.getElementById('accept')?.addEventListener('click', answer(true));
document.getElementById('reject')?.addEventListener('click', answer(false));
document.getElementById('manage')?.addEventListener('click', () => {
  document.getElementById('more').hidden = false;
});
if (window.consent.state.decided) banner.hidden = true;`;

const SITE_CSS = `body{margin:0;font:16px/1.5 sans-serif} main{padding:1rem}
.cookie-notice{padding:1rem;background:#f3f2f1;color:#0b0c0c}
.btn{min-height:44px;padding:8px 12px;font:inherit;font-weight:700;color:#fff;background:#00703c;border:0;margin:0 1rem 1rem 0}
.small{font-size:12px;color:#1d70b8;display:inline-block;margin:2rem}`;

/** How each fixture differs from /good/. */
interface Fixture {
  readonly config?: Record<string, unknown>;
  /** The banner's markup; default this package's. */
  readonly banner?: string;
  /** The gated elements and extra scripts in <body>. */
  readonly body?: string;
  readonly html?: Record<string, string>;
}

const GATED_ANALYTICS =
  '<script type="text/plain" data-consent="analytical" src="/analytics.js?cookies=_ga,_ga_FIX123&storage=analytics_queue"></script>';

/** The fixtures, by path prefix. */
export const FIXTURES: Record<string, Fixture> = {
  good: { body: GATED_ANALYTICS },
  'cookie-before-consent': {
    body: `${GATED_ANALYTICS}<script type="module" src="/early-tag.js"></script>`,
  },
  'reject-second-layer': {
    banner: `<div class="cookie-notice" role="region" aria-label="Cookies on Fixture">
      <h2>Cookies on Fixture</h2><p>We use cookies to understand how you use this site.</p>
      <button class="btn" id="accept">Accept all cookies</button><button class="btn" id="manage">Manage cookies</button>
      <div id="more" hidden><button class="btn" id="reject">Reject all cookies</button></div></div>`,
    body: `${GATED_ANALYTICS}<script type="module" src="/custom-banner.js"></script>`,
  },
  'reject-small-link': {
    banner: `<div class="cookie-notice" role="region" aria-label="Cookies on Fixture">
      <h2>Cookies on Fixture</h2><p>We use cookies to understand how you use this site.</p>
      <button class="btn" id="accept">Accept all cookies</button><br><a class="small" id="reject" href="#">Reject</a></div>`,
    body: `${GATED_ANALYTICS}<script type="module" src="/custom-banner.js"></script>`,
  },
  'cookie-after-refusal': {
    body: `${GATED_ANALYTICS}<script type="module" src="/sloppy-tag.js"></script>`,
  },
  'undeclared-after-acceptance': {
    body: '<script type="text/plain" data-consent="analytical" src="/analytics.js?cookies=_ga,_hjSession_123456"></script>',
  },
  'gpc-ignored': {
    config: { mode: 'statistical-exemption' },
    body: GATED_ANALYTICS.replace('_ga,_ga_FIX123&storage=analytics_queue', '_ga'),
    html: { 'data-ignore-gpc': '' },
  },
  'csp-inline': {
    body: `<script type="text/plain" data-consent="analytical">document.cookie = '_ga=GA1.1.inline; path=/; max-age=63072000';</script>`,
  },
  'welsh-banner': {
    banner: `<div class="cookie-notice" role="region" aria-label="Cwcis ar Fixture" lang="cy">
      <h2>Cwcis ar Fixture</h2><p>Rydym yn defnyddio cwcis i ddeall sut rydych yn defnyddio’r wefan.</p>
      <button class="btn" id="accept">Derbyn pob cwci</button><button class="btn" id="reject">Gwrthod pob cwci</button></div>`,
    body: `${GATED_ANALYTICS}<script type="module" src="/custom-banner.js"></script>`,
  },
  'no-config': { body: GATED_ANALYTICS },
};

function page(name: string, fixture: Fixture, title: string, main: string): string {
  const config = fixtureConfig(fixture.config);
  const banner =
    fixture.banner ??
    renderConsentBannerHtml(defineConsentConfig(configForBanner(config)), undefined, {
      serviceName: 'Fixture',
      cookiesPageUrl: `/${name}/cookies`,
    });
  const attributes = Object.entries({
    ...(fixture.banner ? {} : { 'data-banner': 'ours' }),
    ...fixture.html,
  })
    .map(([key, value]) => ` ${key}="${value}"`)
    .join('');
  // The no-config fixture keeps its configuration where the audit does not look for it.
  const configScript = `<script type="application/json" id="${
    name === 'no-config' ? 'site-config' : 'ddscp-consent-config'
  }">${JSON.stringify(config).replace(/</g, '\\u003c')}</script>`;
  return `<!doctype html><html lang="en"${attributes}><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<link rel="stylesheet" href="/ui.css"><link rel="stylesheet" href="/site.css">
${configScript}<script type="module" src="/boot.js"></script></head>
<body>${banner}<main><h1>${title}</h1>${main}</main>${fixture.body ?? ''}</body></html>`;
}

/** The configuration without its patterns in JSON form, for rendering the banner on the server. */
function configForBanner(config: ReturnType<typeof fixtureConfig>) {
  const { ui: _, ...input } = config;
  return { ...input, categories: { necessary: input.categories.necessary } } as never;
}

/** A running fixture site. */
export interface FixtureSite {
  /** `http://127.0.0.1:PORT`. */
  readonly url: string;
  /** The requests each path received, to prove what did or did not reach the site. */
  readonly hits: Map<string, number>;
  close(): Promise<void>;
}

/** A test's own answer to a path: a response, or `'hang'` to never answer. */
export type ExtraAnswer =
  | { readonly status?: number; readonly headers?: Record<string, string>; readonly body?: string }
  | 'hang'
  | undefined;

/** Starts the fixture site on a free port; `extra` answers paths of a test's own. */
export async function startFixtureSite(
  extra: (path: string) => ExtraAnswer = () => undefined,
): Promise<FixtureSite> {
  const boot = await build({
    stdin: { contents: BOOT, loader: 'js', resolveDir: '/' },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const files: Record<string, [type: string, body: string]> = {
    '/boot.js': ['text/javascript', boot.outputFiles[0]?.text ?? ''],
    '/analytics.js': ['text/javascript', ANALYTICS],
    '/early-tag.js': ['text/javascript', EARLY_TAG],
    '/sloppy-tag.js': ['text/javascript', SLOPPY_TAG],
    '/custom-banner.js': ['text/javascript', CUSTOM_BANNER],
    '/ui.css': ['text/css', readFileSync(dist('ui.css'), 'utf8')],
    '/site.css': ['text/css', SITE_CSS],
  };
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    const own = extra(url.pathname);
    if (own === 'hang') return;
    if (own) {
      response
        .writeHead(own.status ?? 200, own.headers ?? { 'Content-Type': 'text/html' })
        .end(own.body ?? '');
      return;
    }
    const file = files[url.pathname];
    if (file) {
      response.writeHead(200, { 'Content-Type': file[0] }).end(file[1]);
      return;
    }
    const [, name = '', rest = ''] = /^\/([^/]+)\/(.*)$/.exec(url.pathname) ?? [];
    const fixture = FIXTURES[name];
    if (!fixture || !['', 'about', 'cookies'].includes(rest)) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const main =
      rest === ''
        ? `<p>Reviews.</p><p><a href="/${name}/about">About</a> <a href="/${name}/cookies">Cookies</a></p>`
        : `<p>${rest}</p><p><a href="/${name}/">Home</a></p>`;
    response
      .writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': "default-src 'self'",
      })
      .end(page(name, fixture, rest || 'Home', main));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
