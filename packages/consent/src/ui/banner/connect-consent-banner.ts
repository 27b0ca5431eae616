import type { ConsentManager } from '../../browser/create-consent';
import type { ConsentState } from '../../decision/consent-state';
import { DECIDED_CLASS } from '../../head/decided-class';
import { connectForm } from '../connect-form';
import { BANNER } from './banner-markup';

/**
 * Runs the cookie banner that is already in the page (server-rendered, or static HTML with
 * the head script): shown while the visitor has not decided (again after a `policyVersion`
 * rise); after a choice it stores it (`method: 'banner'`), shows the confirmation and moves
 * focus to it; "Hide cookie message" hides the banner. A decision made elsewhere (the cookies
 * page, `reset()`) hides or shows it. It never draws a banner, so it carries neither the
 * strings nor the markup code: about 1 kB less than {@link mountConsentBanner}, which draws
 * one when the page has none. Returns a function that stops it. Does nothing outside a
 * browser, or where the page has no banner (a server leaves it out for a visitor who has
 * decided; a later `reset()` then shows none until the next page).
 *
 * @example
 * connectConsentBanner(createConsent(config));
 */
export function connectConsentBanner(manager: ConsentManager): () => void {
  const banner = globalThis.document?.querySelector<HTMLElement>(`.${BANNER}`);
  // None: a server leaves it out for a visitor who has decided.
  if (!banner) return () => {};
  // The question, then the confirmations of "accept" and "reject".
  const messages = [...banner.children] as [HTMLElement, HTMLElement, HTMLElement];
  const [question, ...confirmations] = messages;
  const show = (message?: HTMLElement) => {
    banner.hidden = !message;
    for (const each of messages) each.hidden = each !== message;
  };
  const sync = (state: ConsentState) => show(state.decided ? undefined : question);
  // A confirmation the server rendered after a no-JavaScript choice stays, and takes focus.
  const rendered = confirmations.find((message) => !message.hidden);
  if (rendered && manager.state.decided) rendered.focus();
  else sync(manager.state);
  // From here on `hidden` decides; the head script's early hint is no longer needed.
  document.documentElement.classList.remove(DECIDED_CLASS);

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    if (event.target !== question) {
      banner.hidden = true;
      return;
    }
    const accepted = (event.submitter as HTMLButtonElement | null)?.value === 'accept';
    manager[accepted ? 'acceptAll' : 'rejectAll']({ method: 'banner' });
    const confirmation = confirmations[accepted ? 0 : 1];
    show(confirmation);
    confirmation.focus();
  };
  return connectForm(manager, banner, onSubmit, sync);
}
