import { type IsoDate, type IsoDateInput, isoDate } from '../calendar/iso-date';
import { firstDayOf, lastDayOf, type PartialDate } from '../calendar/partial-date';
import type { Catalog } from '../catalog/catalog-schema';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import type { RetentionPolicy } from '../retention/retention-policy';
import type { DocumentKind, ReviewKind } from '../reviews/review-kinds';
import type { ReviewLearning } from '../reviews/review-schema';
import { documentRetentions } from './document-retention';

/** A document as the website lists it; see {@link publishedListing}. */
export interface ListedDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  /** Where the file is: a path on the site or an https:// address (safe for an `href`). */
  readonly link: string;
  /** The file format, e.g. `pdf`, or `null` when the catalogue does not say. */
  readonly format: string | null;
  /** The file size in bytes, or `null` when the catalogue does not say. */
  readonly size: number | null;
  /** When it was published (to the year, month or day), or `null` when not known. */
  readonly published: PartialDate | null;
  /** `live`, `expiring` (within the policy's warning days of its last day) or `undated`. */
  readonly status: 'live' | 'expiring' | 'undated';
  /** The last day it may be shown, or `null` for an undated document. */
  readonly liveUntil: IsoDate | null;
  /** Days left including today (1 on the last day), or `null` for an undated document. */
  readonly daysLeft: number | null;
}

/** A review as the website lists it, with only its live documents; see {@link publishedListing}. */
export interface ListedReview {
  readonly id: string;
  readonly reference: string;
  readonly pseudonym: string | null;
  readonly kind: ReviewKind;
  readonly title: string;
  readonly summary: string | null;
  readonly themes: readonly string[];
  readonly learning: ReviewLearning;
  /** The newest publication date among its listed documents, or `null` if none is dated. */
  readonly latestPublication: PartialDate | null;
  /** Its live documents, in the catalogue's order. */
  readonly documents: readonly ListedDocument[];
}

/**
 * What the website shows on `today`: the reviews with at least one live document, with
 * only their live documents, newest publication first (then in the catalogue's order).
 * Documents not yet published or past their retention are never in it, so a page built
 * from it takes reports down on the right day by itself. A document whose publication date
 * is not known is listed as `undated`, with no `liveUntil`, from the review's own publication
(`timeline.published`) on, or always if that is not recorded either; `lintCatalog` warns
about it.
 *
 * Plain data that `JSON.stringify` keeps whole; the timeline (dates close to the incident)
 * and the agencies are left out. Needs neither zod nor date-fns code, so it is small in a
 * browser bundle.
 *
 * @param policy - the retention policy; {@link ddscpRetentionPolicy} by default. A
 *   document's own `retention.keepFor` replaces the policy's period for that document.
 * @throws {InvalidDateError} when `today` is not a real `YYYY-MM-DD` day.
 * @example
 * publishedListing(ddscpCatalog, '2025-03-31')[0]?.documents.map((d) => d.title);
 */
export function publishedListing(
  catalog: Pick<Catalog, 'reviews'>,
  today: IsoDateInput,
  policy: RetentionPolicy = ddscpRetentionPolicy,
): ListedReview[] {
  const day = isoDate(today, 'publishedListing(today)');
  const retentionOn = documentRetentions(day, policy);
  const listed: { review: ListedReview; newest: IsoDate | '' }[] = [];
  for (const review of catalog.reviews) {
    // An undated document shows from the review's publication on, if that is recorded.
    const published = review.timeline.published;
    const undatedShown = published === undefined || firstDayOf(published) <= day;
    const documents: ListedDocument[] = [];
    let latest: PartialDate | null = null;
    let newest: IsoDate | '' = '';
    for (const document of review.documents) {
      const retention = retentionOn(document);
      const status = retention ? retention.status : 'undated';
      if (status === 'scheduled' || status === 'expired' || (!retention && !undatedShown)) continue;
      documents.push({
        id: document.id,
        kind: document.kind,
        title: document.title,
        link: document.link,
        format: document.format ?? null,
        size: document.size ?? null,
        published: document.published ?? null,
        status,
        liveUntil: retention ? retention.liveUntil : null,
        daysLeft: retention ? retention.daysLeft : null,
      });
      if (document.published !== undefined) {
        const last = lastDayOf(document.published);
        if (last > newest) {
          newest = last;
          latest = document.published;
        }
      }
    }
    if (documents.length === 0) continue;
    listed.push({
      newest,
      review: {
        id: review.id,
        reference: review.reference,
        pseudonym: review.pseudonym ?? null,
        kind: review.kind,
        title: review.title,
        summary: review.summary ?? null,
        themes: review.themes,
        learning: review.learning,
        latestPublication: latest,
        documents,
      },
    });
  }
  // Array sort is stable: reviews published on the same day keep the catalogue's order.
  listed.sort((a, b) => (a.newest === b.newest ? 0 : a.newest > b.newest ? -1 : 1));
  return listed.map((entry) => entry.review);
}
