import { addCalendarDays } from '../calendar/calendar-days';
import { type IsoDate, type IsoDateInput, isoDate } from '../calendar/iso-date';
import type { PartialDate } from '../calendar/partial-date';
import type { Catalog } from '../catalog/catalog-schema';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import type { RetentionPolicy } from '../retention/retention-policy';
import type { DocumentKind } from '../reviews/review-kinds';
import { documentRetentions } from './document-retention';
import { type ArchiveDestination, nspccRepository } from './nspcc-repository';

/** A document that must come down; see {@link takedownSchedule}. */
export interface Takedown {
  readonly reviewId: string;
  readonly reference: string;
  readonly documentId: string;
  readonly kind: DocumentKind;
  readonly title: string;
  readonly link: string;
  /** Where it is in the catalogue, e.g. `reviews[0].documents[1]`. */
  readonly path: string;
  readonly published: PartialDate;
  /** The last day it may be shown. */
  readonly liveUntil: IsoDate;
  /** The first day it must be gone: the day after `liveUntil`. */
  readonly takeDownOn: IsoDate;
  /** Where it is kept after that. */
  readonly next: ArchiveDestination;
}

/**
 * The documents whose last day online (`liveUntil`) falls from `from` to `to` (both
 * included), soonest first, each with the day it must be gone and where it is kept next
 * (the {@link nspccRepository}). Run it ahead of time to plan the work of taking reports
 * down; `lintCatalog` reports any already past their day.
 *
 * @param policy - the retention policy; {@link ddscpRetentionPolicy} by default.
 * @throws {InvalidDateError} when `from` or `to` is not a real `YYYY-MM-DD` day.
 * @throws {RangeError} when `to` is before `from`.
 * @example
 * takedownSchedule(ddscpCatalog, '2025-03-01', '2025-03-31').map((t) => t.documentId);
 * // ['report', 'multi-agency-progress-summary']
 */
export function takedownSchedule(
  catalog: Pick<Catalog, 'reviews'>,
  from: IsoDateInput,
  to: IsoDateInput,
  policy: RetentionPolicy = ddscpRetentionPolicy,
): Takedown[] {
  const first = isoDate(from, 'takedownSchedule(from)');
  const last = isoDate(to, 'takedownSchedule(to)');
  if (last < first) {
    throw new RangeError(
      `takedownSchedule: the window ends on ${last}, before it starts on ${first}; expected from <= to.`,
    );
  }
  const retentionOn = documentRetentions(first, policy);
  const takedowns: Takedown[] = [];
  catalog.reviews.forEach((review, reviewIndex) => {
    review.documents.forEach((document, documentIndex) => {
      const retention = retentionOn(document);
      if (!retention || document.published === undefined) return;
      const { liveUntil } = retention;
      if (liveUntil < first || liveUntil > last) return;
      takedowns.push({
        reviewId: review.id,
        reference: review.reference,
        documentId: document.id,
        kind: document.kind,
        title: document.title,
        link: document.link,
        path: `reviews[${reviewIndex}].documents[${documentIndex}]`,
        published: document.published,
        liveUntil,
        takeDownOn: addCalendarDays(liveUntil, 1),
        next: nspccRepository,
      });
    });
  });
  return takedowns.sort((a, b) =>
    a.liveUntil === b.liveUntil ? 0 : a.liveUntil < b.liveUntil ? -1 : 1,
  );
}
