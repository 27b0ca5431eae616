import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate } from '../calendar/iso-date';
import type { PartialDate } from '../calendar/partial-date';
import type { ReviewDocument } from '../reviews/review-document-schema';
import type { DocumentKind, FamilyInvolvement, ReviewKind } from '../reviews/review-kinds';
import type { Review } from '../reviews/review-schema';
import type { Catalog } from './catalog-schema';
import { type CatalogIssue, parseCatalog } from './parse-catalog';

describe('the catalogue types', () => {
  it('carry the domain: branded dates, literal kinds, the parsed defaults', () => {
    expectTypeOf<Review['timeline']['becameAware']>().toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf<Review['timeline']['published']>().toEqualTypeOf<PartialDate | undefined>();
    expectTypeOf<ReviewDocument['published']>().toEqualTypeOf<PartialDate | undefined>();
    expectTypeOf<Review['kind']>().toEqualTypeOf<ReviewKind>();
    expectTypeOf<ReviewDocument['kind']>().toEqualTypeOf<DocumentKind>();
    expectTypeOf<Review['familyInvolvement']>().toEqualTypeOf<FamilyInvolvement>();
    expectTypeOf<Review['themes']>().toEqualTypeOf<string[]>();
    expectTypeOf<Catalog['reviews']>().toEqualTypeOf<Review[]>();
  });

  it('make parseCatalog checked before use: the catalogue or the issues, never both', () => {
    const result = parseCatalog({});
    if (result.ok) expectTypeOf(result.catalog).toEqualTypeOf<Catalog>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly CatalogIssue[]>();
    // @ts-expect-error the catalogue exists only once `ok` is checked
    result.catalog;
  });
});
