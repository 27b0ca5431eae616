// The pages measured: the same minimal page (probe, site style, content, a gated demo
// analytics script), each with one library's banner set up as its documentation says.
// `entry` is the same file the byte counts bundle; `banner` and `accept` are the selectors of
// the rendered banner and its Accept button; `gated` is the analytics script in the form the
// library activates; `prepare` adds what a variant needs beyond its bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const OURS_UI = { specifier: '@ddscp/consent/ui', name: 'mountConsentBanner' };

/** What both of our pages share: the bundle, the style sheet, the banner and the gating. */
const oursPage = {
  entry: 'ours-page.js',
  css: ['@ddscp/consent/ui.css'],
  banner: '.ddscp-cookie-banner',
  accept: '.ddscp-cookie-banner button[value="accept"]',
  gated: '<script type="text/plain" data-consent="analytical" src="/analytics.js"></script>',
  needs: OURS_UI,
};

/** The variants, in the order the loads alternate. */
export const pageVariants = [
  { ...oursPage, id: 'ours', label: 'ours, banner drawn by mountConsentBanner' },
  {
    ...oursPage,
    id: 'ours-drop-in',
    label: 'ours, the drop-in browser.js (no bundler; it draws the banner)',
    entry: null,
    prepare: prepareOursDropIn,
  },
  {
    ...oursPage,
    id: 'ours-static',
    label: 'ours, banner in the HTML + head script (the documented no-shift setup)',
    prepare: prepareOursStatic,
  },
  {
    id: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent 3.1',
    entry: 'vanilla-cookieconsent.js',
    css: ['vanilla-cookieconsent/dist/cookieconsent.css'],
    banner: '#cc-main .cm',
    accept: '#cc-main .cm [data-role="all"]',
    gated: '<script type="text/plain" data-category="analytics" src="/analytics.js"></script>',
  },
  {
    id: 'klaro',
    label: 'Klaro 0.7 (klaro.js, CSS injected)',
    entry: 'klaro.js',
    css: [],
    banner: '.klaro .cookie-notice',
    accept: '.klaro .cookie-notice .cm-btn-success',
    gated:
      '<script type="text/plain" data-type="text/javascript" data-name="analytics" data-src="/analytics.js"></script>',
  },
];

/**
 * Ours as the consent package documents it for static pages: the banner's markup rendered
 * into the HTML at build time and the head script, so nothing moves when the script runs.
 */
async function prepareOursStatic() {
  const ui = await import('@ddscp/consent/ui');
  const { config } = await import('../entries/ours-config.js');
  // The head script, served from the site's own origin as the package's README says.
  const headScriptPath = require.resolve('@ddscp/consent/head.js');
  return {
    head: ui.renderConsentHeadScriptHtml(config, { src: '/consent-head.js' }),
    // No state: static HTML built ahead of time, for any visitor.
    bodyStart: ui.renderConsentBannerHtml(config, undefined, {
      serviceName: 'DDSCP',
      cookiesPageUrl: '/cookies',
    }),
    extraFiles: [['/consent-head.js', readFileSync(headScriptPath)]],
  };
}

/**
 * Ours as a site without a bundler has it (the README's drop-in snippet): the configuration as
 * JSON in <head>, then browser.js from the site's own origin, which draws the banner.
 */
async function prepareOursDropIn() {
  const { config } = await import('../entries/ours-config.js');
  const json = JSON.stringify({
    ...config,
    categories: {
      ...config.categories,
      analytical: {
        ...config.categories.analytical,
        // JSON has no RegExp: a pattern is written { "pattern": "…" }.
        cookies: config.categories.analytical.cookies.map((cookie) =>
          cookie.name instanceof RegExp
            ? { ...cookie, name: { pattern: cookie.name.source } }
            : cookie,
        ),
      },
    },
    ui: { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' },
  });
  return {
    head: `<script type="application/json" id="ddscp-consent-config">${json}</script>
<script src="/ours-drop-in/browser.js"></script>`,
    extraFiles: [
      ['/ours-drop-in/browser.js', readFileSync(require.resolve('@ddscp/consent/browser.js'))],
    ],
  };
}
