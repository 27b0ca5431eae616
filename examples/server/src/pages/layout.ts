import { ddscp, type IsoDate, partnersOn } from '@ddscp/domain';
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What every page of the site has around its content. */
export interface LayoutOptions {
  readonly title: string;
  /** The path of the page, to mark it as current in the navigation. */
  readonly path?: '/' | '/cookies';
  /** The cookie banner from `renderConsentBannerHtml` (already escaped), or '' for none. */
  readonly bannerHtml: string;
  readonly today: IsoDate;
  readonly main: Html;
}

const navigation = [
  'About the DDSCP',
  'Worried About a Child?',
  'Staff and volunteers',
  'Training',
  'Parents and carers',
  'Children and young people',
  'Case reviews',
  'Policies and procedures',
  'Child Death Overview Panel',
];

/** The page frame, as on the partnership's site: header, navigation, partners, contact. */
export function layout({ title, path, bannerHtml, today, main }: LayoutOptions): Html {
  const current = (here: boolean) => raw(here ? ' aria-current="page"' : '');
  const { address, telephone, email } = ddscp.contact;
  return html`<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title} - ${ddscp.name}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
    <link rel="stylesheet" href="/assets/consent-ui.css">
    <link rel="stylesheet" href="/assets/site.css">
    <script type="module" src="/assets/site.js"></script>
  </head>
  <body>
    ${raw(bannerHtml)}
    <a class="skip-link" href="#main-content">Skip to main content</a>
    <header class="site-header">
      <div class="width-container">
        <p class="site-header__name">${ddscp.name}</p>
        <p class="site-header__strapline">All agencies work together to keep children and young people safe</p>
      </div>
      <nav class="site-nav" aria-label="Main">
        <ul class="width-container site-nav__list">
          ${navigation.map((item) =>
            item === 'Case reviews'
              ? html`<li><a href="/"${current(path === '/')}>${item}</a></li>`
              : html`<li>${item}</li>`,
          )}
        </ul>
      </nav>
    </header>
    <div class="width-container page">${main}</div>
    <footer class="site-footer">
      <div class="width-container">
        <section aria-labelledby="partners-heading">
          <h2 id="partners-heading">${ddscp.name} includes:</h2>
          <ul class="partners">
            ${partnersOn(ddscp, today).map((partner) => html`<li>${partner.name}</li>`)}
          </ul>
        </section>
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">Contact us</h2>
          <address>
            <p>${ddscp.name}</p>
            <p>We are based at: ${[...address.lines, address.postcode].join(', ')}</p>
            <p>Tel: <a href="tel:${telephone.replace(/\s/g, '')}">${telephone}</a></p>
            <p>Email: <a href="mailto:${email}">${email}</a></p>
          </address>
        </section>
        <section aria-labelledby="site-information-heading">
          <h2 id="site-information-heading">Site information</h2>
          <ul>
            <li>Terms and Conditions</li>
            <li><a href="/cookies"${current(path === '/cookies')}>About Cookies</a></li>
            <li>Privacy Notice</li>
          </ul>
        </section>
      </div>
    </footer>
    <script type="text/plain" data-consent="analytical" src="/analytics.js"></script>
  </body>
</html>`;
}
