// The published reviews section of a review page, as markup: what `ddscp listing --format
// html`, its `--page` preview and the example sites all draw, from `publishedListing`.
import { formatPartialDate } from '../calendar/format-partial-date';
import type { ListedDocument, ListedReview, ReviewArchive } from '../listing/published-listing';
import type { ReviewLearning } from '../reviews/review-schema';
import { type Child, h, type MarkupElement } from './markup';

/** How the published reviews section is drawn; every part has a default. */
export interface ListingViewOptions {
  /** The section's heading: `'Published reviews'` by default. */
  readonly heading?: string;
  /**
   * The level of the section's heading, 2 by default: each review's title is one level
   * below it, and the parts of its learning one below that.
   */
  readonly headingLevel?: 1 | 2 | 3 | 4;
  /** The section's `id`, for links and scripts: `'published-reviews'` by default. */
  readonly id?: string;
  /** What the section says when no review is listed. */
  readonly emptyText?: string;
}

/** The parts of a review's learning, in the order the page gives them, with their headings. */
const LEARNING: readonly [keyof ReviewLearning, string][] = [
  ['whatHappened', 'What happened'],
  ['whatWorkedWell', 'What worked well'],
  ['whatNeedsToImprove', 'What needs to improve'],
  ['howSafeguardingCanBeStrengthened', 'How safeguarding can be strengthened'],
];

/** A file size as a page writes it: 980 bytes, 240 KB, 1.5 MB. */
function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function documentItem(document: ListedDocument): MarkupElement {
  const details = [
    document.format?.toUpperCase(),
    document.size === null ? undefined : fileSize(document.size),
    document.published && `published ${formatPartialDate(document.published)}`,
    document.liveUntil && `available until ${formatPartialDate(document.liveUntil)}`,
  ].filter(Boolean);
  return h(
    'li',
    {},
    h('a', { href: document.link, class: 'review__document-link' }, document.title),
    details.length > 0 && ' ',
    details.length > 0 && h('span', { class: 'document-details' }, `(${details.join(', ')})`),
  );
}

/** Where the review's documents are now that they have come down. */
function archiveView(archive: ReviewArchive): MarkupElement {
  const { where } = archive;
  const link = h('a', { href: where.url }, where.name);
  if (archive.documents.length === 0) {
    return h(
      'div',
      { class: 'review__archive' },
      h(
        'p',
        {},
        `The review's report${archive.published ? ` (published ${formatPartialDate(archive.published)})` : ''} was on this website until ${formatPartialDate(archive.lastDay)}. It is now kept in the `,
        link,
        ` (${where.keeps}).`,
      ),
    );
  }
  const one = archive.documents.length === 1;
  return h(
    'div',
    { class: 'review__archive' },
    h(
      'p',
      {},
      `${one ? 'This document was' : 'These documents were'} on this website until the day shown, and ${one ? 'is' : 'are'} now kept in the `,
      link,
      ` (${where.keeps}):`,
    ),
    h(
      'ul',
      {},
      archive.documents.map((document) =>
        h(
          'li',
          {},
          `${document.title} (published ${formatPartialDate(document.published)}, on this website until ${formatPartialDate(document.liveUntil)})`,
        ),
      ),
    ),
  );
}

function reviewArticle(review: ListedReview, level: number): MarkupElement {
  const titleId = `review-${review.id}-title`;
  const gone = review.documents.length === 0;
  const learning: Child[] = LEARNING.flatMap(([part, heading]) => {
    const points = review.learning[part];
    return points.length === 0
      ? []
      : [h(`h${level + 1}`, {}, heading), ...points.map((point) => h('p', {}, point))];
  });
  return h(
    'article',
    { class: 'review', id: `review-${review.id}`, 'aria-labelledby': titleId },
    h(`h${level}`, { id: titleId }, review.title),
    // The summary speaks of the documents; once they are all gone, the archive speaks instead.
    !gone && review.summary !== null && h('p', {}, review.summary),
    !gone && h('ul', { class: 'review__documents' }, review.documents.map(documentItem)),
    review.archive !== null && archiveView(review.archive),
    learning,
  );
}

/**
 * The published reviews section as markup: a heading, then each review with its title,
 * summary, live documents (linked, with their format, size, publication and last day in
 * words), where its documents are once they have come down, and its learning. @internal
 */
export function listingView(
  listing: readonly ListedReview[],
  options: ListingViewOptions = {},
): MarkupElement {
  const {
    heading = 'Published reviews',
    headingLevel = 2,
    id = 'published-reviews',
    emptyText = 'No reviews are published at present.',
  } = options;
  const headingId = `${id}-heading`;
  return h(
    'section',
    { class: 'published-reviews', id, 'aria-labelledby': headingId },
    h(`h${headingLevel}`, { id: headingId }, heading),
    listing.length === 0 && h('p', {}, emptyText),
    listing.map((review) => reviewArticle(review, headingLevel + 1)),
  );
}
