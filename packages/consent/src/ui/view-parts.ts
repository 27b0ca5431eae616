import type { ConsentUiOptions } from './consent-ui-options';
import { type Child, h, type MarkupElement } from './markup/markup';
import { safeUrl } from './safe-url';
import type { ConsentUiText } from './text/consent-ui-text';
import { en } from './text/en';

/** The class of the buttons; the banner's two choices share it, so they look equal. */
export const BUTTON = 'ddscp-button';

/** The strings in use: English, with whatever the site set on top. */
export const uiText = (options: ConsentUiOptions): ConsentUiText => ({ ...en, ...options.text });

/** The cookies page's address, if it is safe to link to. */
export const cookiesPage = (options: ConsentUiOptions): string | undefined =>
  safeUrl(options.cookiesPageUrl ?? '/cookies');

/** The page to go back to, if it is safe to link to. */
export const returnPage = (options: ConsentUiOptions): string | undefined =>
  safeUrl(options.returnUrl);

/** A sentence whose `[bracketed]` part links to `href` (or stays text without one). */
export function linked(template: string, href: string | undefined): Child[] {
  const [before, link, after] = template.split(/[[\]]/);
  return [before, link && h('a', { href }, link), after];
}

/** The form that posts a choice to the site when JavaScript is off. */
export function consentForm(
  options: ConsentUiOptions,
  attributes: Record<string, string | boolean | undefined>,
  ...children: Child[]
): MarkupElement {
  const back = returnPage(options);
  return h(
    'form',
    // An unsafe `action` falls back to the cookies page, the default, which takes the post.
    { ...attributes, method: 'post', action: safeUrl(options.action) ?? cookiesPage(options) },
    back && h('input', { type: 'hidden', name: 'return', value: back }),
    ...children,
  );
}
