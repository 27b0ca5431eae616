import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  renderConsentBannerHtml,
  renderConsentHeadScriptHtml,
  renderCookiePreferencesHtml,
} from '@ddscp/consent/ui';
import { ddscp, isoDate, listingHtml, partnersOn, publishedListing, ukToday } from '@ddscp/domain';
import { defineConfig, type Plugin } from 'vite';
import { loadCatalog } from './catalog-file';
import { consentConfig, consentUi } from './src/consent-config';
import { listingOptions } from './src/pages/listing-options';

/**
 * The catalogue the site shows: CATALOG=path/to/catalog.json (relative to where the build
 * was run), or the sample. Checked here, so an invalid file stops the build with its first
 * problem. SITE_TODAY=YYYY-MM-DD builds the page as on another day (default: today).
 */
const catalog = loadCatalog(process.env.CATALOG, process.env.INIT_CWD);
const builtOn = process.env.SITE_TODAY ? isoDate(process.env.SITE_TODAY, 'SITE_TODAY') : ukToday();

/** The catalogue and the day the page was built for, for the page script. */
function catalogModule(): Plugin {
  const id = 'virtual:ddscp-catalog';
  return {
    name: 'ddscp-catalog',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) =>
      source === `\0${id}`
        ? `export const catalog = ${JSON.stringify(catalog)};\nexport const builtOn = ${JSON.stringify(builtOn)};\n`
        : undefined,
  };
}

const require = createRequire(import.meta.url);

/**
 * Writes what does not change between visitors into the HTML at build time, with the same
 * packages the pages use in the browser: the consent banner (so it shows without waiting for
 * JavaScript, and its head script hides it before the first paint from visitors who have
 * decided), the cookies page's form (which works without JavaScript only on a server; here
 * the page script takes it over), the published reviews as on the day of the build (so the
 * page works without JavaScript; the page script redraws them if the visitor's day is
 * another), the partner list and the contact details.
 */
function buildTimeHtml(): Plugin {
  const headScriptFile = 'consent-head.js';
  const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const address = [...ddscp.contact.address.lines, ddscp.contact.address.postcode].join(', ');
  const parts: Record<string, string> = {
    'consent-head': renderConsentHeadScriptHtml(consentConfig, { src: `/${headScriptFile}` }),
    'consent-banner': renderConsentBannerHtml(consentConfig, undefined, consentUi),
    'cookie-settings': renderCookiePreferencesHtml(consentConfig, undefined, consentUi),
    'published-reviews': listingHtml(publishedListing(catalog, builtOn), listingOptions),
    partners: partnersOn(ddscp, builtOn)
      .map((partner) => `<li>${escapeHtml(partner.name)}</li>`)
      .join(''),
    contact: [
      `<p>${escapeHtml(ddscp.name)}</p>`,
      `<p>We are based at: ${escapeHtml(address)}</p>`,
      `<p>Tel: <a href="tel:${escapeHtml(ddscp.contact.telephone.replace(/\s/g, ''))}">${escapeHtml(ddscp.contact.telephone)}</a></p>`,
      `<p>Email: <a href="mailto:${escapeHtml(ddscp.contact.email)}">${escapeHtml(ddscp.contact.email)}</a></p>`,
    ].join(''),
  };
  return {
    name: 'ddscp-build-time-html',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html
          // Vite drops the attribute from the entry script it rewrites: put it back, so the
          // browser runs the page script (which draws the reviews) before the first paint and
          // nothing moves when it does (Chromium honours it; other browsers ignore it).
          .replace(
            '<script type="module" crossorigin',
            '<script type="module" blocking="render" crossorigin',
          )
          .replace(
            /<!--(consent-head|consent-banner|cookie-settings|published-reviews|partners|contact)-->/g,
            (_, name: string) => parts[name] ?? '',
          ),
    },
    // The head script must come from the site's own origin (the CSP allows nothing else).
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: headScriptFile,
        source: readFileSync(require.resolve('@ddscp/consent/head.js'), 'utf8'),
      });
    },
  };
}

/**
 * What the site's host would do: send a strict Content Security Policy with every page, and
 * receive the demo analytics beacons at /collect. Only the preview server (the built site)
 * is used: Vite's dev server injects inline scripts that this policy forbids.
 */
function siteServer(): Plugin {
  return {
    name: 'ddscp-site-server',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        response.setHeader('Content-Security-Policy', "default-src 'self'");
        response.setHeader('Referrer-Policy', 'same-origin');
        response.setHeader('X-Content-Type-Options', 'nosniff');
        if (request.url?.startsWith('/collect')) {
          response.statusCode = 204;
          response.end();
          return;
        }
        next();
      });
    },
  };
}

export default defineConfig({
  plugins: [catalogModule(), buildTimeHtml(), siteServer()],
  build: {
    rollupOptions: {
      input: { index: 'index.html', cookies: 'cookies.html' },
    },
  },
  preview: {
    port: Number(process.env.PORT ?? 8080),
    strictPort: true,
    // The subdomain tests reach the site as www.ddscp.test and reviews.ddscp.test.
    allowedHosts: ['.ddscp.test'],
  },
});
