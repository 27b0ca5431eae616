import { build } from 'esbuild';
import { defineConfig } from 'tsup';

/** The keys of ConsentUiText the drop-in renames: see its build below. */
const DROP_IN_SHORT_KEYS = new RegExp(
  `^(${[
    'bannerHeading',
    'bannerNecessary',
    'bannerAnalytical',
    'bannerAnalyticalExemption',
    'viewCookies',
    'changeSettings',
    'hide',
    'alwaysOn',
    'analyticalQuestion',
    'save',
    'savedTitle',
    'goBack',
    'cookieName',
    'cookiePurpose',
    'cookieExpires',
  ].join('|')})$`,
);

export default defineConfig([
  {
    // One line per public entry point; each needs a matching "exports" entry in package.json.
    entry: {
      index: 'src/index.ts',
      server: 'src/server.ts',
      records: 'src/records.ts',
      ui: 'src/ui.ts',
      // Node only (it drives Chromium); its optional peers stay external and load lazily.
      audit: 'src/audit.ts',
    },
    format: ['esm', 'cjs'],
    // Node's types for the audit entry's declarations (its public types use none of them).
    dts: { compilerOptions: { types: ['node'] } },
    // Only the audit entry imports Node's built-ins; the browser entries must never (size-limit,
    // which bundles them for browsers, fails if one does).
    external: [/^node:/],
    // The CLI build below writes dist/cli.js at the same time: leave it alone.
    clean: ['!cli.js'],
    splitting: true,
    treeshake: true,
    // Folds constants (`16 * 1024`) and inlines the ones used once, which a site's bundler
    // cannot do across our modules: about 40 B less in every page. Names and layout stay as
    // written, so dist/ still reads like the source.
    minifySyntax: true,
    target: 'es2022',
    platform: 'browser',
    esbuildOptions(options) {
      // Left for the site's bundler to replace (esbuild would otherwise write "development"
      // here for the browser platform): production builds then drop the development checks.
      options.define = { ...options.define, 'process.env.NODE_ENV': 'process.env.NODE_ENV' };
    },
    // The files a page loads as they are: the stylesheet (exports "./ui.css"), the head
    // script, a classic script for <head> (served from dist/head.js, see the README), and the
    // drop-in for sites without a bundler (exports "./browser.js", also the unpkg/jsdelivr file).
    onSuccess: async () => {
      await build({
        entryPoints: ['src/ui/ui.css'],
        outfile: 'dist/ui.css',
        minify: true,
        logLevel: 'warning',
      });
      await build({
        entryPoints: ['src/head/head-script.ts'],
        outfile: 'dist/head.js',
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        logLevel: 'warning',
      });
      await build({
        entryPoints: ['src/drop-in/browser.ts'],
        outfile: 'dist/browser.js',
        bundle: true,
        format: 'iife',
        minify: true,
        target: 'es2022',
        legalComments: 'none',
        // A production build: it checks its configuration itself (checkConsentConfig), and
        // gating and the UI behave as on a live site.
        define: { 'process.env.NODE_ENV': '"production"' },
        // Short names for the strings' keys (ConsentUiText): in this file nothing outside sees
        // them (its banner takes no `text` option), and the English and Welsh tables each
        // spell them all: 90 B less gzipped. Only keys the UI reads by their written name
        // (`text.hide`) may be listed; those read by a computed one (`text[value]`,
        // `${name}Heading`) and `lang` (also a DOM property) must not be.
        mangleProps: DROP_IN_SHORT_KEYS,
        // The Public Suffix List check needs Node (and the list): left out of a browser file.
        plugins: [
          {
            name: 'no-public-suffix-list',
            setup: (build) =>
              build.onLoad({ filter: /config[\\/]public-suffix\.ts$/ }, () => ({
                contents: 'export const checkCookieDomain = () => {};',
                loader: 'ts',
              })),
          },
        ],
        logLevel: 'warning',
      });
    },
  },
  {
    // The `ddscp-consent` command (package.json "bin"): Node only, one ES module file,
    // executable (tsup keeps the source's #! line). Optional peers stay external.
    entry: { cli: 'src/cli/ddscp-consent.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    splitting: false,
    treeshake: true,
    target: 'node20',
    platform: 'node',
  },
]);
