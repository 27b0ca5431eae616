import { formatPartialDate } from '../calendar/format-partial-date';
import type { IsoDateInput } from '../calendar/iso-date';
import { isoDate } from '../calendar/iso-date';
import type { ListedReview } from '../listing/published-listing';
import { type ListingViewOptions, listingView } from './listing-view';
import { type DomDocumentLike, h, toDom, toHtml } from './markup';

/**
 * The published reviews of a review page as an HTML fragment, from
 * {@link publishedListing}: a `<section>` with a heading, and for each review its title,
 * summary, live documents (linked, with format, size, publication and last day), where its
 * documents are once they have come down (the NSPCC national case review repository), and
 * its learning. The one renderer of the `ddscp listing --format html` command and the
 * example sites, on the server, at build time or in a CMS template.
 *
 * Every value is escaped; links were checked by the schema (site paths or https addresses
 * only). No scripts, event handlers or inline styles, so it suits a strict
 * Content-Security-Policy. Classes (`published-reviews`, `review`, `review__documents`,
 * `review__document-link`, `document-details`, `review__archive`) are there for a site's CSS.
 *
 * @example
 * const html = listingHtml(publishedListing(catalog, ukToday()));
 */
export function listingHtml(
  listing: readonly ListedReview[],
  options: ListingViewOptions = {},
): string {
  return `${toHtml(listingView(listing, options))}\n`;
}

/**
 * The same section as {@link listingHtml}, as DOM nodes for a page script to put in place:
 * built with the given `document`'s `createElement` and text nodes, so nothing is parsed as
 * HTML (no `innerHTML`, nothing a strict CSP forbids). In a browser, pass `document`: the
 * result is then an `HTMLElement`.
 *
 * @example
 * document.getElementById('published-reviews')?.replaceWith(listingElement(listing, document));
 */
export function listingElement<Document extends DomDocumentLike>(
  listing: readonly ListedReview[],
  document: Document,
  options: ListingViewOptions = {},
): ReturnType<Document['createElement']> {
  return toDom(listingView(listing, options), document);
}

/** What {@link listingPageHtml} needs besides the listing. */
export interface ListingPageOptions extends ListingViewOptions {
  /** The day the page shows, for its title and note. */
  readonly today: IsoDateInput;
  /** The page's title, e.g. the partnership's name: `'Published reviews'` by default. */
  readonly title?: string;
}

/**
 * A whole HTML page around {@link listingHtml}, to preview the listing as visitors will see
 * it on a day (`ddscp listing --page`): an English document with its title, a note of the
 * day it shows, and the section, with no scripts and no styles.
 */
export function listingPageHtml(
  listing: readonly ListedReview[],
  options: ListingPageOptions,
): string {
  const day = isoDate(options.today, 'listingPageHtml(today)');
  const title = options.title ?? 'Published reviews';
  const page = h(
    'html',
    { lang: 'en-GB' },
    h(
      'head',
      {},
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', {}, `${title} on ${formatPartialDate(day)} (preview)`),
    ),
    h(
      'body',
      {},
      h(
        'main',
        {},
        h('h1', {}, title),
        h('p', {}, `A preview of the review page as it stands on ${formatPartialDate(day)}.`),
        listingView(listing, options),
      ),
    ),
  );
  return `<!doctype html>\n${toHtml(page)}\n`;
}
