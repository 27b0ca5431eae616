import type { ConsentManager } from '../../browser/create-consent';
import { warnUnknownUiOptions } from '../check-ui-options';
import type { CookiePreferencesOptions } from '../consent-ui-options';
import { toDom } from '../markup/to-dom';
import { connectCookiePreferences } from './connect-cookie-preferences';
import { PREFERENCES, preferencesMarkup } from './preferences-markup';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * Runs the cookies page's preferences in the browser, as {@link connectCookiePreferences}
 * does, and first draws the form into `container` if it has none. Where the HTML can carry
 * the form (`renderCookiePreferencesHtml`), `connectCookiePreferences` ships 1 kB less.
 * Returns a function that stops it.
 *
 * @example
 * mountCookiePreferences(consent, document.querySelector('#cookie-settings') as HTMLElement);
 */
export function mountCookiePreferences(
  manager: ConsentManager,
  container: Element,
  options: CookiePreferencesOptions = {},
): () => void {
  try {
    if (process.env.NODE_ENV !== 'production')
      warnUnknownUiOptions('mountCookiePreferences', options);
  } catch {}
  if (!container.querySelector(`.${PREFERENCES}`))
    container.append(toDom(preferencesMarkup(manager.config, manager.state, options)));
  return connectCookiePreferences(manager, container, options);
}
