import type { ConsentManager } from '../../browser/create-consent';
import { warnUnknownUiOptions } from '../check-ui-options';
import type { ConsentBannerOptions } from '../consent-ui-options';
import { toDom } from '../markup/to-dom';
import { BANNER, bannerMarkup } from './banner-markup';
import { connectConsentBanner } from './connect-consent-banner';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * Runs the cookie banner in the browser, as {@link connectConsentBanner} does, and first
 * draws one at the top of `<body>` if the page has none. Drawing it late can move the page
 * down, so where you can, put the markup in the HTML (`renderConsentBannerHtml`) and use
 * `connectConsentBanner`, which ships 1 kB less. Returns a function that stops it. Does
 * nothing outside a browser.
 *
 * @example
 * const consent = createConsent(config);
 * mountConsentBanner(consent, { serviceName: 'DDSCP', cookiesPageUrl: '/cookies' });
 */
export function mountConsentBanner(
  manager: ConsentManager,
  options: ConsentBannerOptions,
): () => void {
  try {
    if (process.env.NODE_ENV !== 'production') warnUnknownUiOptions('mountConsentBanner', options);
  } catch {}
  // None outside a browser (connectConsentBanner then does nothing either).
  const body = globalThis.document?.body;
  // First in <body>, where a screen reader and the Tab key meet it first.
  if (body && !body.querySelector(`.${BANNER}`))
    body.prepend(toDom(bannerMarkup(manager.config, options, 'question', true)));
  return connectConsentBanner(manager);
}
