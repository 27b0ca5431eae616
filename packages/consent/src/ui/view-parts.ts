import type { ConsentUiOptions } from './consent-ui-options';
import { type Child, h, type MarkupElement } from './markup/markup';
import type { ConsentUiText } from './text/consent-ui-text';
import { en } from './text/en';

/** The class of the buttons; the banner's two choices share it, so they look equal. */
export const BUTTON = 'ddscp-button';

/** The strings in use: English, with whatever the site set on top. */
export const uiText = (options: ConsentUiOptions): ConsentUiText => ({ ...en, ...options.text });

/** The cookies page's address. */
export const cookiesPage = (options: ConsentUiOptions): string =>
  options.cookiesPageUrl ?? '/cookies';

/** A sentence whose `[bracketed]` part links to `href`. */
export function linked(template: string, href: string): Child[] {
  const [before, link, after] = template.split(/[[\]]/);
  return [before, link && h('a', { href }, link), after];
}

/** The form that posts a choice to the site when JavaScript is off. */
export const consentForm = (
  options: ConsentUiOptions,
  attributes: Record<string, string | boolean | undefined>,
  ...children: Child[]
): MarkupElement =>
  h(
    'form',
    { ...attributes, method: 'post', action: options.action ?? cookiesPage(options) },
    options.returnUrl && h('input', { type: 'hidden', name: 'return', value: options.returnUrl }),
    ...children,
  );
