import type { ConsentManager } from '../../browser/create-consent';
import type { ConsentState } from '../../decision/consent-state';
import { connectForm } from '../connect-form';
import type { CookiePreferencesOptions } from '../consent-ui-options';
import { safeUrl } from '../safe-url';
import { PREFERENCES } from './preferences-markup';

// Replaced by every bundler; see define-consent-config.ts.
declare const process: { readonly env: { readonly NODE_ENV?: string } };

/**
 * The page of this site the visitor came from (`document.referrer`), if it is not this one:
 * where the success message leads back to when no `returnUrl` was given.
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
 * Runs the cookies page's preferences that are already in `container` (server-rendered or
 * static): checks the visitor's stored choice (and keeps it in step with decisions made
 * elsewhere), and on "Save" stores the choice (`method: 'preferences'`), shows the success
 * message and moves focus to it. The message leads back to `returnUrl`, or else to the page of
 * this site the visitor came from ("Go back to the page you were looking at", as on GOV.UK).
 * It never draws the form, so it carries neither the strings nor the markup code (see
 * {@link mountCookiePreferences}, which does). Returns a function that stops it; does nothing
 * where `container` has no form.
 *
 * @example
 * connectCookiePreferences(consent, document.getElementById('cookie-settings') as HTMLElement);
 */
export function connectCookiePreferences(
  manager: ConsentManager,
  container: Element,
  { returnUrl }: Pick<CookiePreferencesOptions, 'returnUrl'> = {},
): () => void {
  const form = container.querySelector<HTMLFormElement>(`.${PREFERENCES}`);
  if (!form) {
    try {
      if (process.env.NODE_ENV !== 'production')
        console.warn(
          'connectCookiePreferences: the container has no .ddscp-cookie-preferences form: render it with renderCookiePreferencesHtml, or draw it with mountCookiePreferences.',
        );
    } catch {}
    return () => {};
  }
  const notification = form.querySelector('[role=alert]') as HTMLElement;
  const way = notification.querySelector('span');
  const back = safeUrl(returnUrl ?? previousPage());
  if (way?.hidden && back) {
    way.querySelector('a')?.setAttribute('href', back);
    way.hidden = false;
  }
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
