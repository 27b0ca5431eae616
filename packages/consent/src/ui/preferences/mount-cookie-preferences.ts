import type { ConsentManager } from '../../browser/create-consent';
import type { ConsentState } from '../../decision/consent-state';
import { warnUnknownUiOptions } from '../check-ui-options';
import { connectForm } from '../connect-form';
import type { CookiePreferencesOptions } from '../consent-ui-options';
import { toDom } from '../markup/to-dom';
import { safeUrl } from '../safe-url';
import { linked, uiText } from '../view-parts';
import { PREFERENCES, preferencesMarkup } from './preferences-markup';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };
/**
 * The page of this site the visitor came from (`document.referrer`), if it is not this one:
 * what the success message links back to when no `returnUrl` was given.
 */
function previousPage(): string | undefined {
  try {
    const { origin, pathname, search, hash } = new URL(document.referrer);
    if (origin === location.origin && pathname !== location.pathname)
      return pathname + search + hash;
  } catch {
    // No referrer (typed in, or withheld by the Referrer-Policy): nowhere to go back to.
  }
  return undefined;
}

/**
 * Runs the cookies page's preferences in the browser: takes over the form already in
 * `container` (server-rendered or static) or draws it there, checks the visitor's stored
 * choice (and keeps it in step with decisions made elsewhere), and on "Save" stores the
 * choice (`method: 'preferences'`), shows the success message and moves focus to it. The
 * message links back to `returnUrl`, or else to the page of this site the visitor came from
 * ("Go back to the page you were looking at", as on GOV.UK). Returns a function that stops it.
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
  // Static HTML cannot know where the visitor came from: the link is added here.
  const back = safeUrl(options.returnUrl ?? previousPage());
  const message = notification.querySelector('p');
  if (back && message && !message.querySelector('a'))
    message.append(
      ' ',
      ...linked(uiText(options).goBack, back).map((part) =>
        typeof part === 'object' ? toDom(part) : part || '',
      ),
    );
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
