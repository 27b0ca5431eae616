import type { IsoDate } from '../calendar/iso-date';
import { plural } from '../internal/plural';
import { type ListedReview, publishedListing } from '../listing/published-listing';
import { listingHtml, listingPageHtml } from '../page/render-listing';
import type { CliCommand } from './cli-command';
import { CliError } from './cli-io';
import { CATALOG_ARGUMENT, catalogArgument, jsonOption, todayOption } from './common-options';
import { fileLabel, validCatalog } from './read-catalog';
import { columns, paragraph, wrap } from './text-layout';

/** The forms `ddscp listing` writes. */
export const listingFormats = ['text', 'json', 'html'] as const;

/** `ddscp listing <catalog.json>`: what the review page shows on the day. */
export const listingCommand: CliCommand = {
  name: 'listing',
  usage: ['<catalog.json> [--today YYYY-MM-DD] [--format text|json|html] [--page] [--json]'],
  summary: 'What the review page shows on the day, as text, JSON or HTML.',
  description: [
    'What the review page shows on the day: the reviews with their live documents and the last day each may be shown, and, for documents that have come down, where they are now (the NSPCC national case review repository).',
    '--format html gives the section to place in a page, exactly as the example sites draw it (every value escaped, no scripts or inline styles); with --page, a whole page to open in a browser as a preview.',
    CATALOG_ARGUMENT.replace('COMMAND', 'listing'),
  ],
  options: {
    today: todayOption,
    format: {
      type: 'string',
      value: 'FORMAT',
      description: 'text (the default), json or html',
      example: '--format html',
    },
    page: { type: 'boolean', description: 'with --format html: a whole preview page' },
    json: { ...jsonOption, description: 'the same as --format json' },
  },
  exitStatus: '0 done, 2 the listing could not be made',
  examples: [
    'listing catalog.json --today 2025-04-01',
    'listing catalog.json --format html --page > preview.html',
  ],
  async run(context) {
    const path = catalogArgument(listingCommand, context);
    const { options, io } = context;
    const given = typeof options.format === 'string' ? options.format : undefined;
    if (given !== undefined && !(listingFormats as readonly string[]).includes(given)) {
      throw new CliError(`--format must be text, json or html; found ${JSON.stringify(given)}.`);
    }
    if (options.json && given !== undefined && given !== 'json') {
      throw new CliError(`--json asks for JSON, but --format asks for ${given}: give one of them.`);
    }
    const format = options.json ? 'json' : (given ?? 'text');
    if (options.page && format !== 'html') {
      throw new CliError('--page wraps the HTML listing in a page: use it with --format html.');
    }
    const today = context.today();
    const catalog = await validCatalog(path, io);
    const listing = publishedListing(catalog, today);
    if (format === 'json') {
      io.out(`${JSON.stringify({ file: path, today, reviews: listing }, null, 2)}\n`);
    } else if (format === 'html') {
      io.out(
        options.page
          ? listingPageHtml(listing, { today, title: catalog.partnership.name })
          : listingHtml(listing),
      );
    } else {
      io.out(listingText(fileLabel(path), today, listing));
    }
    return 0;
  },
};

/** A row's last day, for sorting: undated documents last. */
const sortDay = (day: IsoDate | null) => day ?? '9999-12-31';

function listingText(label: string, today: IsoDate, listing: readonly ListedReview[]): string {
  const documents = listing.reduce((sum, review) => sum + review.documents.length, 0);
  const lines = wrap(
    `${label} on ${today}: ${plural(listing.filter((r) => r.documents.length > 0).length, 'review')} with ${plural(documents, 'document')} to show.`,
    2,
  );
  for (const review of listing) {
    lines.push('', ...wrap(review.title, 2));
    if (review.documents.length > 0) {
      // Soonest to come down first: the order an editor works in.
      const rows = [...review.documents].sort((a, b) =>
        sortDay(a.liveUntil).localeCompare(sortDay(b.liveUntil)),
      );
      lines.push(
        ...columns([
          ['', 'PUBLISHED', 'LAST DAY', 'DOCUMENT'],
          ...rows.map((document) => [
            '',
            document.published ?? 'not known',
            document.liveUntil ?? 'not known',
            document.title,
          ]),
        ]),
      );
    }
    const { archive } = review;
    if (archive) {
      const what =
        archive.documents.length === 0
          ? `The review's report was on the website until ${archive.lastDay}`
          : `No longer on the website: ${archive.documents
              .map((document) => `${document.title} (until ${document.liveUntil})`)
              .join('; ')}`;
      lines.push(...paragraph(`${what}. The page says where: the ${archive.where.name}.`, 2));
    }
  }
  return `${lines.join('\n')}\n`;
}
