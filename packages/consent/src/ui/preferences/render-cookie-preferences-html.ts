import type { ConsentConfig } from '../../config/consent-config';
import type { ConsentState } from '../../decision/consent-state';
import type { CookiePreferencesOptions } from '../consent-ui-options';
import { toHtml } from '../markup/to-html';
import { preferencesMarkup } from './preferences-markup';

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
  return toHtml(preferencesMarkup(config, state, options));
}
