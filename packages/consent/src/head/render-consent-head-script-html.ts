import type { ConsentConfig } from '../config/consent-config';
import { lifetimeDays } from '../cookies/lifetime-days';
import { h } from '../ui/markup/markup';
import { toHtml } from '../ui/markup/to-html';

/**
 * The `<script>` tag of the head script for a static page's `<head>`, carrying the settings
 * it needs from the configuration (cookie name, policy version, lifetimes, GPC), so the two
 * never drift apart. Serve the package's `dist/head.js` at `src` (same origin: it runs under
 * `Content-Security-Policy: default-src 'self'`). Server-rendered pages do not need it: they
 * leave the banner out for visitors who have decided.
 *
 * @example
 * renderConsentHeadScriptHtml(config, { src: '/consent-head.js' });
 * // '<script src="/consent-head.js" data-cookie="ddscp_consent" data-policy-version="1" …></script>'
 */
export function renderConsentHeadScriptHtml(
  config: ConsentConfig,
  { src = '/consent-head.js' }: { readonly src?: string } = {},
): string {
  const accepted = lifetimeDays(config.cookie, true);
  const refused = lifetimeDays(config.cookie, false);
  return toHtml(
    h('script', {
      src,
      'data-cookie': config.cookie.name,
      'data-policy-version': `${config.policyVersion}`,
      'data-max-age-days': `${accepted}`,
      // Only when refusals last differently: tags written before they could still read.
      ...(refused !== accepted && { 'data-max-age-days-refused': `${refused}` }),
      'data-respect-gpc': `${config.respectGpc}`,
    }),
  );
}
