import { type IsoDate, type IsoDateInput, isoDate } from '../calendar/iso-date';
import { firstDayOf, lastDayOf, type PartialDate } from '../calendar/partial-date';
import type { Catalog } from '../catalog/catalog-schema';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import type { RetentionPolicy } from '../retention/retention-policy';
import type { DocumentKind, ReviewKind } from '../reviews/review-kinds';
import type { ReviewLearning } from '../reviews/review-schema';
import { documentRetentions } from './document-retention';
import { type ArchiveDestination, nspccRepository } from './nspcc-repository';

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

/** A document that has come down from the website; see {@link ReviewArchive}. */
export interface TakenDownDocument {
  readonly id: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly published: PartialDate;
  /** The last day it was on the website. */
  readonly liveUntil: IsoDate;
}

/**
 * Where a review's documents are once they have come down from the website, for the page
 * to say so rather than leave the review's text about documents that are gone.
 */
export interface ReviewArchive {
  /** The documents that came down and are still in the catalogue, oldest first (may be empty). */
  readonly documents: readonly TakenDownDocument[];
  /** The review's publication (`timeline.published`), or `null` when the catalogue does not say. */
  readonly published: PartialDate | null;
  /** The last day the latest of them was on the website. */
  readonly lastDay: IsoDate;
  /** Where they are kept now: the {@link nspccRepository}. */
  readonly where: ArchiveDestination;
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
  /**
   * Once any of its documents has come down (past its retention), or the review's own
   * publication (`timeline.published`) is past it: what came down, and where it is now.
   * `null` while nothing has.
   */
  readonly archive: ReviewArchive | null;
}

/**
 * What the website shows on `today`: the reviews with at least one live document, with
 * only their live documents, newest publication first (then in the catalogue's order); and
 * after them the reviews whose documents have all come down, with where they are now
 * (`archive`), so the page can say so.
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
  const listed: { review: ListedReview; newest: IsoDate | ''; gone: boolean }[] = [];
  for (const review of catalog.reviews) {
    // An undated document shows from the review's publication on, if that is recorded.
    const published = review.timeline.published;
    const undatedShown = published === undefined || firstDayOf(published) <= day;
    const documents: ListedDocument[] = [];
    const takenDown: TakenDownDocument[] = [];
    let latest: PartialDate | null = null;
    let newest: IsoDate | '' = '';
    for (const document of review.documents) {
      const retention = retentionOn(document);
      const status = retention ? retention.status : 'undated';
      if (retention && status === 'expired' && document.published !== undefined) {
        takenDown.push({
          id: document.id,
          kind: document.kind,
          title: document.title,
          published: document.published,
          liveUntil: retention.liveUntil,
        });
      }
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
    const archive = archiveOf(review.id, published, takenDown, retentionOn);
    if (documents.length === 0 && archive === null) continue;
    const gone = documents.length === 0;
    listed.push({
      gone,
      newest: gone && archive ? lastDayOf(archive.published ?? archive.lastDay) : newest,
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
        archive,
      },
    });
  }
  // Reviews with documents to show first, then those whose documents have all come down;
  // each newest first. Array sort is stable: reviews published on the same day keep the
  // catalogue's order.
  listed.sort((a, b) =>
    a.gone !== b.gone
      ? a.gone
        ? 1
        : -1
      : a.newest === b.newest
        ? 0
        : a.newest > b.newest
          ? -1
          : 1,
  );
  return listed.map((entry) => entry.review);
}

/**
 * Where a review's documents are, once any has come down or its own publication is past
 * its retention; `null` while nothing has.
 */
function archiveOf(
  id: string,
  published: PartialDate | undefined,
  takenDown: TakenDownDocument[],
  retentionOn: ReturnType<typeof documentRetentions>,
): ReviewArchive | null {
  const review = published === undefined ? undefined : retentionOn({ id, published });
  if (takenDown.length === 0 && review?.status !== 'expired') return null;
  takenDown.sort((a, b) => (a.liveUntil < b.liveUntil ? -1 : a.liveUntil > b.liveUntil ? 1 : 0));
  return {
    documents: takenDown,
    published: published ?? null,
    // The documents that came down, or (when the catalogue no longer lists them) the review.
    lastDay: takenDown.at(-1)?.liveUntil ?? (review?.liveUntil as IsoDate),
    where: nspccRepository,
  };
}
