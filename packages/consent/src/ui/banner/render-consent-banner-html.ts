import type { ConsentConfig } from '../../config/consent-config';
import type { ConsentState } from '../../decision/consent-state';
import { warnUnknownUiOptions } from '../check-ui-options';
import type { ConsentBannerOptions } from '../consent-ui-options';
import { toHtml } from '../markup/to-html';
import { bannerMarkup } from './banner-markup';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };
/**
 * The cookie banner as an HTML string, for the server or a static site's build: the
 * question for a visitor who has not decided (its buttons POST `analytical=accept|reject`
 * to `action`, so it works without JavaScript), the confirmation of the stored choice with
 * `saved: true` (after that POST), and nothing (`''`) for a visitor who has decided, so the
 * banner never flashes. Pass `undefined` as the state for static HTML built ahead of time:
 * that banner is hidden where scripting is off (its buttons need JavaScript to store a choice
 * without a server), as the GOV.UK pattern asks.
 * Every string is escaped. Runs anywhere: no DOM needed.
 *
 * @example
 * const banner = renderConsentBannerHtml(config, readConsent(config, request), {
 *   serviceName: 'DDSCP',
 *   saved: url.searchParams.has('cookies-saved'),
 * });
 */
export function renderConsentBannerHtml(
  config: ConsentConfig,
  state: ConsentState | undefined,
  options: ConsentBannerOptions,
): string {
  try {
    if (process.env.NODE_ENV !== 'production')
      warnUnknownUiOptions('renderConsentBannerHtml', options);
  } catch {}
  const shown = !state?.decided
    ? 'question'
    : options.saved && state.method !== 'gpc' && (state.analytical ? 'accepted' : 'rejected');
  // No state: static HTML, built ahead of time, whose forms no server takes.
  return shown ? toHtml(bannerMarkup(config, options, shown, !state)) : '';
}
