// The rules a catalogue must keep across its reviews, in one place for the schema and for
// anyone checking a catalogue built in code. Plain data in, plain problems out: no zod here.
import type { Review } from '../reviews/review-schema';
import type { Catalog } from './catalog-schema';

/** A rule a catalogue breaks: where and what is wrong. @internal */
export interface CatalogProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

/**
 * The cross-review rules `catalog` breaks: two reviews with one id or one code, and agencies
 * that are not partners of the partnership. Linear in the size of the catalogue. @internal
 */
export function catalogProblems(
  catalog: Pick<Catalog, 'partnership' | 'reviews'>,
): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const partnerIds = new Set(catalog.partnership.partners.map((partner) => partner.id));
  const example = catalog.partnership.partners[0]?.id ?? 'derby-city-council';
  for (const field of ['id', 'reference'] as const) {
    const firstIndex = new Map<string, number>();
    catalog.reviews.forEach((review: Review, index) => {
      const first = firstIndex.get(review[field]);
      if (first === undefined) firstIndex.set(review[field], index);
      else {
        problems.push({
          path: ['reviews', index, field],
          message: `reviews[${index}] has the ${field} "${review[field]}" of reviews[${first}]: each review needs its own ${field}.`,
        });
      }
    });
  }
  catalog.reviews.forEach((review, index) => {
    review.agencies.forEach((agency, position) => {
      if (!partnerIds.has(agency)) {
        problems.push({
          path: ['reviews', index, 'agencies', position],
          message: `"${agency}" is not a partner of ${catalog.partnership.name}: expected the id of one of partnership.partners, e.g. "${example}".`,
        });
      }
    });
  });
  return problems;
}
