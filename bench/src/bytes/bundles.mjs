// What is bundled for the byte counts, and what each bundle can do. The features of the
// peers come from their documentation as summarised in shared/consent-landscape.md; "in this
// bundle" means the code is in these bytes, not in another package or a hosted service.

/** Where the entry files are. */
export const entriesDir = new URL('../entries/', import.meta.url);

const OURS_UI = { specifier: '@ddscp/consent/ui', name: 'mountConsentBanner' };

/** What our headless manager does, with or without the configuration validator. */
const oursManager = {
  manager: 'yes',
  banner: '—',
  preferences: '—',
  text: '—',
  clearing: 'yes',
  gating: 'scripts, iframes',
  consentMode: '— (own export)',
  gpc: 'yes',
};
const oursUi = {
  ...oursManager,
  banner: 'yes',
  preferences: 'yes, with cookie tables',
  text: 'English, Welsh',
};
const klaroUi = {
  manager: 'yes',
  banner: 'yes',
  preferences: 'yes (modal)',
  text: 'many languages built in',
  clearing: 'yes',
  gating: 'scripts, iframes, images',
  consentMode: 'no (hosted, paid)',
  gpc: 'no',
};

/**
 * The JavaScript bundles: `entry` (in entries/) or `file` (a file of an installed package,
 * measured as served), the library it measures, what the bundle includes, and `needs` (an
 * export of ours that must exist for it to be measured).
 */
export const jsBundles = [
  {
    id: 'ours-manager',
    library: '@ddscp/consent',
    label: 'ours: manager (createConsent + activateGatedElements, with js-cookie)',
    entry: 'ours-manager.js',
    features: oursManager,
  },
  {
    id: 'ours-manager-exports',
    library: '@ddscp/consent',
    label: 'ours: the same two functions re-exported (as size-limit bundles them)',
    entry: 'ours-manager-exports.js',
    features: oursManager,
  },
  {
    id: 'ours-manager-with-config',
    library: '@ddscp/consent',
    label: 'ours: manager + defineConsentConfig (validated in the browser)',
    entry: 'ours-manager-with-config.js',
    features: oursManager,
  },
  {
    id: 'ours-browser-entry',
    library: '@ddscp/consent',
    label: 'ours: the whole browser entry (+ Google Consent Mode, analytics facade)',
    entry: 'ours-browser-entry.js',
    features: { ...oursManager, consentMode: 'yes' },
  },
  {
    id: 'ours-full-ui',
    library: '@ddscp/consent',
    label: 'ours: manager + banner + cookies-page preferences',
    entry: 'ours-full-ui.js',
    needs: OURS_UI,
    features: oursUi,
  },
  {
    id: 'ours-page',
    library: '@ddscp/consent',
    label:
      "ours: a page's whole consent JS (the above + defineConsentConfig and the configuration)",
    entry: 'ours-page.js',
    needs: OURS_UI,
    features: oursUi,
  },
  {
    id: 'ours-readme-page',
    library: '@ddscp/consent',
    label:
      "ours: a page's whole consent JS as the README sets it up (connect… to the rendered banner and form)",
    entry: 'ours-readme-page.js',
    needs: { specifier: '@ddscp/consent/ui', name: 'connectConsentBanner' },
    features: oursUi,
  },
  {
    id: 'ours-drop-in',
    library: '@ddscp/consent',
    label: 'ours: the drop-in browser.js as served (everything, English and Welsh, no bundler)',
    file: '@ddscp/consent/browser.js',
    features: { ...oursUi, consentMode: 'yes' },
  },
  {
    id: 'vanilla-cookieconsent',
    library: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent: run() with banner + preferences modal',
    entry: 'vanilla-cookieconsent.js',
    features: {
      manager: 'yes',
      banner: 'yes',
      preferences: 'yes (modal)',
      text: 'none built in (English supplied by the page, in this bundle)',
      clearing: 'yes',
      gating: 'scripts',
      consentMode: 'no (recipe)',
      gpc: 'no',
    },
  },
  {
    id: 'vanilla-cookieconsent-same-text',
    library: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent: the same, with our texts and cookie tables (like for like)',
    entry: 'vanilla-cookieconsent-same-text.js',
    features: {
      manager: 'yes',
      banner: 'yes',
      preferences: 'yes (modal), with cookie tables',
      text: 'the same English as ours, supplied by the page',
      clearing: 'yes',
      gating: 'scripts',
      consentMode: 'no (recipe)',
      gpc: 'no',
    },
  },
  {
    id: 'klaro',
    library: 'klaro',
    label: 'Klaro: klaro.js (UI, CSS injected)',
    entry: 'klaro.js',
    features: klaroUi,
  },
  {
    id: 'klaro-no-css',
    library: 'klaro',
    label: 'Klaro: klaro-no-css.js (UI, CSS apart)',
    entry: 'klaro-no-css.js',
    features: klaroUi,
  },
  {
    id: 'klaro-headless',
    library: 'klaro',
    label: 'Klaro: cm.js (consent manager, no UI)',
    entry: 'klaro-headless.js',
    features: { ...klaroUi, banner: '—', preferences: '—', text: '—', consentMode: 'no' },
  },
  {
    id: 'c15t',
    library: 'c15t',
    label: 'c15t core: getOrCreateConsentRuntime (headless, offline mode)',
    entry: 'c15t.js',
    features: {
      manager: 'yes',
      banner: '— (React/UI packages)',
      preferences: '—',
      text: 'many languages built in',
      clearing: 'reloads the page',
      gating: 'JS script loader, iframes',
      consentMode: 'no (@c15t/scripts)',
      gpc: 'partial',
    },
  },
  {
    id: 'osano-cookieconsent',
    library: 'cookieconsent',
    label: 'Osano cookieconsent: initialise() with an opt-in banner',
    entry: 'osano-cookieconsent.js',
    features: {
      manager: 'no categories',
      banner: 'yes',
      preferences: '—',
      text: 'English defaults',
      clearing: 'no',
      gating: 'no',
      consentMode: 'no',
      gpc: 'no',
    },
  },
  {
    id: 'ours-published-listing',
    library: '@ddscp/domain',
    label: 'ours: a page using only publishedListing from @ddscp/domain',
    entry: 'ours-published-listing.js',
    needs: { specifier: '@ddscp/domain', name: 'publishedListing' },
    features: null,
  },
];

/** The style sheets, as files of the installed packages (`needs` as for bundles). */
export const cssFiles = [
  {
    id: 'ours-ui-css',
    library: '@ddscp/consent',
    label: 'ours: @ddscp/consent/ui.css',
    specifier: '@ddscp/consent/ui.css',
    needs: OURS_UI,
  },
  {
    id: 'vanilla-cookieconsent-css',
    library: 'vanilla-cookieconsent',
    label: 'vanilla-cookieconsent: cookieconsent.css',
    specifier: 'vanilla-cookieconsent/dist/cookieconsent.css',
  },
  {
    id: 'klaro-css',
    library: 'klaro',
    label: 'Klaro: klaro.css (for klaro-no-css.js)',
    specifier: 'klaro/dist/klaro.css',
  },
  {
    id: 'osano-cookieconsent-css',
    library: 'cookieconsent',
    label: 'Osano cookieconsent: cookieconsent.min.css',
    specifier: 'cookieconsent/build/cookieconsent.min.css',
  },
];
