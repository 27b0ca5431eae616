import { formatPartialDate } from '../calendar/format-partial-date';
import type { IsoDate } from '../calendar/iso-date';
import { plural } from '../internal/plural';
import { type ListedReview, publishedListing } from '../listing/published-listing';
import { CliError, type CliIo } from './cli-io';
import { validCatalog } from './read-catalog';
import { columns, wrap } from './text-layout';

/** The forms `ddscp listing` writes. */
export const listingFormats = ['text', 'json', 'html'] as const;

/** `ddscp listing <catalog.json>`: what the review page shows on the day. */
export async function listingCommand(
  path: string,
  today: IsoDate,
  format: string,
  io: CliIo,
): Promise<number> {
  if (!(listingFormats as readonly string[]).includes(format)) {
    throw new CliError(`--format must be text, json or html; found ${JSON.stringify(format)}.`);
  }
  const listing = publishedListing(await validCatalog(path, io), today);
  if (format === 'json')
    io.out(`${JSON.stringify({ file: path, today, reviews: listing }, null, 2)}\n`);
  else if (format === 'html') io.out(listingHtml(listing));
  else io.out(listingText(path, today, listing));
  return 0;
}

function listingText(path: string, today: IsoDate, listing: readonly ListedReview[]): string {
  const documents = listing.reduce((sum, review) => sum + review.documents.length, 0);
  const lines = wrap(
    `${path} on ${today}: ${plural(listing.length, 'review')} with ${plural(documents, 'document')} to show.`,
    2,
  );
  for (const review of listing) {
    lines.push('', ...wrap(review.title, 2));
    lines.push(
      ...columns([
        ['', 'PUBLISHED', 'LAST DAY', 'DOCUMENT'],
        ...review.documents.map((document) => [
          '',
          document.published ?? 'not known',
          document.liveUntil ?? 'not known',
          document.title,
        ]),
      ]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The listing as an HTML fragment to place in a page: a section with a heading per review
 * and a list of links. Every value is escaped; links were checked by the schema (site paths
 * or https addresses only). No scripts or inline styles, so it suits a strict
 * Content-Security-Policy.
 */
function listingHtml(listing: readonly ListedReview[]): string {
  const lines = [
    '<section class="published-reviews" aria-labelledby="published-reviews-heading">',
    '  <h2 id="published-reviews-heading">Published reviews</h2>',
  ];
  if (listing.length === 0) lines.push('  <p>No reviews are published at present.</p>');
  for (const review of listing) {
    lines.push(`  <article class="review" id="review-${escapeHtml(review.id)}">`);
    lines.push(`    <h3>${escapeHtml(review.title)}</h3>`);
    if (review.summary) lines.push(`    <p>${escapeHtml(review.summary)}</p>`);
    lines.push('    <ul>');
    for (const document of review.documents) {
      const details = [
        document.format?.toUpperCase(),
        document.size === null ? undefined : fileSize(document.size),
        document.published === null
          ? undefined
          : `published ${formatPartialDate(document.published)}`,
      ].filter(Boolean);
      const after = details.length
        ? ` <span class="document-details">(${escapeHtml(details.join(', '))})</span>`
        : '';
      lines.push(
        `      <li><a href="${escapeHtml(document.link)}">${escapeHtml(document.title)}</a>${after}</li>`,
      );
    }
    lines.push('    </ul>', '  </article>');
  }
  lines.push('</section>');
  return `${lines.join('\n')}\n`;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
