import type { ConsentConfig } from '../../config/consent-config';
import type { ConsentBannerOptions } from '../consent-ui-options';
import { h, type MarkupElement } from '../markup/markup';
import { BUTTON, consentForm, cookiesPage, linked, uiText } from '../view-parts';

/** The banner's class; the browser finds server-rendered or static markup by it. */
export const BANNER = 'ddscp-cookie-banner';
const MESSAGE = `${BANNER}__message`;
const GROUP = 'ddscp-button-group';

/** Which of the banner's three messages shows. */
export type BannerMessage = 'question' | 'accepted' | 'rejected';

/**
 * The cookie banner (the GOV.UK pattern): a labelled region in the page flow holding the
 * question, a form whose two equal buttons post `analytical=accept|reject`, and the two
 * confirmations, each with a "Hide" button in a form that reloads the page without
 * JavaScript. The messages that do not show are `hidden`, ready for the browser to switch.
 * A static banner is marked `data-script-only`: its buttons can only work with JavaScript, so
 * (as GOV.UK does for sites that set cookies only with JavaScript) `ui.css` hides it when
 * scripting is off.
 */
export function bannerMarkup(
  config: ConsentConfig,
  options: ConsentBannerOptions,
  shown: BannerMessage,
  /** Static HTML, whose forms no server takes: `ui.css` hides it where scripting is off. */
  scriptOnly = false,
): MarkupElement {
  const text = uiText(options);
  const page = cookiesPage(options);
  // A function, so `$&` and the like in a service name stay as written.
  const heading = text.bannerHeading.replaceAll('{service}', () => options.serviceName);
  const choice = (value: 'accept' | 'reject') =>
    h('button', { class: BUTTON, name: 'analytical', value }, text[value]);
  // tabindex -1: the confirmation takes focus after a choice, as GOV.UK's does.
  const confirmation = (message: 'accepted' | 'rejected') =>
    h(
      'div',
      { class: MESSAGE, role: 'alert', tabindex: '-1', hidden: shown !== message },
      h('p', {}, `${text[message]} `, ...linked(text.changeSettings, page)),
      h('form', { class: GROUP }, h('button', { class: BUTTON }, text.hide)),
    );
  return h(
    'div',
    {
      class: BANNER,
      role: 'region',
      'aria-label': heading,
      'data-nosnippet': true,
      'data-script-only': scriptOnly,
      lang: text.lang,
    },
    consentForm(
      options,
      { class: MESSAGE, hidden: shown !== 'question' },
      h('h2', {}, heading),
      h('p', {}, text.bannerNecessary),
      h('p', {}, config.mode === 'opt-in' ? text.bannerAnalytical : text.bannerAnalyticalExemption),
      h(
        'div',
        { class: GROUP },
        choice('accept'),
        choice('reject'),
        h('a', { href: page }, text.viewCookies),
      ),
    ),
    confirmation('accepted'),
    confirmation('rejected'),
  );
}
