import type { ConsentConfig } from '../../config/consent-config';
import type { ConsentState } from '../../decision/consent-state';
import { warnUnknownUiOptions } from '../check-ui-options';
import type { CookiePreferencesOptions } from '../consent-ui-options';
import { toHtml } from '../markup/to-html';
import { preferencesMarkup } from './preferences-markup';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };
/**
 * The cookies page's preferences as an HTML string, for the server or a static site's build:
 * the categories with their descriptions and cookie tables (from the configuration), and a
 * form that POSTs `analytical=yes|no` to `action`, so it works without JavaScript. The
 * visitor's decision is checked (nothing for a visitor who has not decided, or `undefined`
 * for static HTML); `saved: true` shows the success message after that POST. Every string is
 * escaped. Runs anywhere: no DOM needed.
 *
 * @example
 * const preferences = renderCookiePreferencesHtml(config, readConsent(config, request), {
 *   saved: url.searchParams.has('cookies-saved'),
 * });
 */
export function renderCookiePreferencesHtml(
  config: ConsentConfig,
  state: ConsentState | undefined,
  options: CookiePreferencesOptions = {},
): string {
  try {
    if (process.env.NODE_ENV !== 'production')
      warnUnknownUiOptions('renderCookiePreferencesHtml', options);
  } catch {}
  return toHtml(preferencesMarkup(config, state, options));
}
