import type { ConsentCategory, ConsentConfig } from '../../config/consent-config';
import type { ConsentState } from '../../decision/consent-state';
import type { CookiePreferencesOptions } from '../consent-ui-options';
import { type Child, h, type MarkupElement } from '../markup/markup';
import { BUTTON, consentForm, linked, returnPage, uiText } from '../view-parts';
import { readableCookieName } from './readable-cookie-name';

/**
 * A cookie name with break opportunities (`<wbr>`) after `_`, `-` and `.` and before `<ID>`, so
 * a narrow table breaks a long name where a reader expects it, and only when it does not fit;
 * nothing is added to its text, so a copied name is still the name.
 */
const breakable = (name: string): Child[] =>
  // No look-behind in the pattern: Safari before 16.4 cannot parse one.
  name
    // After a run of `_`, `-` or `.` that follows a letter or digit, and before `<ID>`: never at
    // the very start, where a break would leave a lone `_`.
    .replace(/([^_.-])([_.-]+)|(.)(?=<)/g, '$1$2$3\n')
    .split('\n')
    .flatMap((part, index) => (index ? [h('wbr', {}), part] : [part]));

/** The preferences form's class; the browser finds server-rendered or static markup by it. */
export const PREFERENCES = 'ddscp-cookie-preferences';

/**
 * The cookies page's preferences (the GOV.UK pattern): a success notification (shown with
 * `saved`), each category with its description and the table of its declared cookies,
 * necessary marked as always on, and a yes/no choice for analytics that posts
 * `analytical=yes|no`. A radio is checked only for a visitor who has decided, so "yes" is
 * never chosen for anyone; the choice is `required`, so an empty form is never sent.
 */
export function preferencesMarkup(
  config: ConsentConfig,
  state: ConsentState | undefined,
  options: CookiePreferencesOptions,
): MarkupElement {
  const text = uiText(options);
  const back = returnPage(options);
  const chosen = state?.decided && (state.analytical ? 'yes' : 'no');
  const category = (name: ConsentCategory, ...content: Child[]): Child[] => {
    const id = `ddscp-cookies-${name}`;
    const { cookies } = config.categories[name];
    return [
      h('h2', { id }, text[`${name}Heading`]),
      h('p', {}, text[`${name}Description`]),
      ...content,
      cookies.length > 0 &&
        h(
          'table',
          { 'aria-labelledby': id },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...[text.cookieName, text.cookiePurpose, text.cookieExpires].map((heading) =>
                h('th', { scope: 'col' }, heading),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            ...cookies.map(({ name, purpose, provider, expires }) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, ...breakable(readableCookieName(name))),
                h('td', {}, provider ? `${purpose} (${provider})` : purpose),
                h('td', {}, expires),
              ),
            ),
          ),
        ),
    ];
  };
  const radio = (value: 'yes' | 'no') => {
    const id = `ddscp-analytical-${value}`;
    return h(
      'div',
      {},
      h('input', {
        type: 'radio',
        id,
        name: 'analytical',
        value,
        required: true,
        checked: chosen === value,
      }),
      h('label', { for: id }, text[value]),
    );
  };
  return consentForm(
    options,
    { class: PREFERENCES, lang: text.lang },
    h(
      'div',
      {
        class: 'ddscp-notification',
        role: 'alert',
        tabindex: '-1',
        'aria-labelledby': 'ddscp-cookies-saved',
        hidden: !options.saved,
      },
      h('h2', { id: 'ddscp-cookies-saved' }, text.savedTitle),
      // The way back, hidden until there is one: the browser fills in the page the visitor
      // came from when the HTML could not know it (static pages).
      h('p', {}, text.saved, h('span', { hidden: !back }, ' ', ...linked(text.goBack, back))),
    ),
    ...category('necessary', h('p', {}, h('strong', {}, text.alwaysOn))),
    ...category('analytical'),
    h('fieldset', {}, h('legend', {}, text.analyticalQuestion), radio('yes'), radio('no')),
    h('button', { class: BUTTON }, text.save),
  );
}
