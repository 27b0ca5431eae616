import type { ConsentManager } from '../../browser/create-consent';
import type { ConsentState } from '../../decision/consent-state';
import { warnUnknownUiOptions } from '../check-ui-options';
import { connectForm } from '../connect-form';
import type { CookiePreferencesOptions } from '../consent-ui-options';
import { toDom } from '../markup/to-dom';
import { PREFERENCES, preferencesMarkup } from './preferences-markup';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };
/**
 * Runs the cookies page's preferences in the browser: takes over the form already in
 * `container` (server-rendered or static) or draws it there, checks the visitor's stored
 * choice (and keeps it in step with decisions made elsewhere), and on "Save" stores the
 * choice (`method: 'preferences'`), shows the success message and moves focus to it.
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
  const form = (container.querySelector(`.${PREFERENCES}`) ??
    container.appendChild(
      toDom(preferencesMarkup(manager.config, manager.state, options)),
    )) as HTMLFormElement;
  const notification = form.querySelector('[role=alert]') as HTMLElement;
  const radios = form.querySelectorAll<HTMLInputElement>('[name=analytical]');
  const sync = (state: ConsentState) => {
    for (const radio of radios)
      radio.checked = state.decided && radio.value === (state.analytical ? 'yes' : 'no');
  };
  sync(manager.state);
  // The success message the server rendered after a no-JavaScript save takes focus too.
  if (!notification.hidden) notification.focus();

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const yes = form.querySelector<HTMLInputElement>('[name=analytical]:checked')?.value === 'yes';
    manager.set({ analytical: yes }, { method: 'preferences' });
    notification.hidden = false;
    notification.focus();
  };
  return connectForm(manager, form, onSubmit, sync);
}
