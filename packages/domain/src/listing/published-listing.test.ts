import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogDay, catalogInput } from '../../test/support/catalog-arbitrary';
import { catalogInput as catalogOf, documentInput, reviewInput } from '../../test/support/reviews';
import { lastDayOf } from '../calendar/partial-date';
import { type Catalog, catalogSchema } from '../catalog/catalog-schema';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import { InvalidDateError } from '../errors/invalid-date-error';
import { InvalidDurationError } from '../errors/invalid-duration-error';
import { retentionOf } from '../retention/retention-of';
import type { RetentionPolicy } from '../retention/retention-policy';
import { documentRetentions } from './document-retention';
import { nspccRepository } from './nspcc-repository';
import { type ListedReview, publishedListing } from './published-listing';

const theo = ddscpCatalog.reviews[0] as Catalog['reviews'][number];
const titlesOn = (today: `${number}-${number}-${number}`) =>
  publishedListing(ddscpCatalog, today).flatMap((review) => review.documents.map((d) => d.id));

describe('publishedListing of the partnership page', () => {
  it('lists Theo on 2025-03-31 with every document, the March 2024 ones on their last day', () => {
    expect(publishedListing(ddscpCatalog, '2025-03-31')).toEqual([
      {
        id: 'theo-tds20',
        reference: 'TDS20',
        pseudonym: 'Theo',
        kind: 'lcspr',
        title: 'Child Safeguarding Practice Review: Theo (TDS20)',
        summary: ddscpCatalog.reviews[0]?.summary,
        themes: ['reunification'],
        learning: ddscpCatalog.reviews[0]?.learning,
        latestPublication: '2024-07',
        documents: [
          {
            id: 'report',
            kind: 'report',
            title: 'Child Safeguarding Practice Review Theo (TDS20)',
            link: '/documents/theo-tds20/report',
            format: null,
            size: null,
            published: '2024-03',
            status: 'expiring',
            liveUntil: '2025-03-31',
            daysLeft: 1,
          },
          expect.objectContaining({ id: 'multi-agency-progress-summary', liveUntil: '2025-03-31' }),
          expect.objectContaining({
            id: 'learning-on-one-page',
            status: 'live',
            liveUntil: '2025-07-31',
            daysLeft: 123,
          }),
          expect.objectContaining({
            id: 'reunification-audit-findings',
            published: null,
            status: 'undated',
            liveUntil: null,
            daysLeft: null,
          }),
          expect.objectContaining({ id: 'reunification-best-practice-guide', status: 'undated' }),
        ],
        archive: null,
      },
    ]);
  });

  it('drops the March 2024 report and summary on 2025-04-01', () => {
    expect(titlesOn('2025-04-01')).toEqual([
      'learning-on-one-page',
      'reunification-audit-findings',
      'reunification-best-practice-guide',
    ]);
  });

  it('keeps the July 2024 learning on one page until 2025-07-31', () => {
    expect(titlesOn('2025-07-31')).toContain('learning-on-one-page');
    expect(titlesOn('2025-08-01')).not.toContain('learning-on-one-page');
  });

  it('shows nothing before publication, undated documents included', () => {
    expect(publishedListing(ddscpCatalog, '2024-02-29')).toEqual([]);
    expect(titlesOn('2024-03-01')).toEqual([
      'report',
      'multi-agency-progress-summary',
      'reunification-audit-findings',
      'reunification-best-practice-guide',
    ]);
  });

  it('is plain data: JSON keeps it whole', () => {
    const listing = publishedListing(ddscpCatalog, '2025-03-31');
    expect(JSON.parse(JSON.stringify(listing))).toEqual(listing);
  });

  it('refuses a today that is not a date', () => {
    expect(() => publishedListing(ddscpCatalog, '2025-3-31' as never)).toThrow(InvalidDateError);
  });
});

describe('publishedListing with policies and overrides', () => {
  const catalog = catalogSchema.parse(
    catalogOf([
      reviewInput({
        id: 'older',
        reference: 'A',
        documents: [
          documentInput({ published: '2024-01-10', retention: { keepFor: { years: 2 } } }),
        ],
      }),
      reviewInput({
        id: 'newer',
        reference: 'B',
        documents: [documentInput({ published: '2024-06-01', format: 'pdf', size: 1024 })],
      }),
    ]),
  );

  it('lists the newest publication first', () => {
    expect(publishedListing(catalog, '2024-07-01').map((r) => r.id)).toEqual(['newer', 'older']);
  });

  it("keeps a document for its own period when it has one, and uses another policy's period", () => {
    const withDocuments = (listing: ListedReview[]) =>
      listing.filter((r) => r.documents.length > 0).map((r) => r.id);
    expect(withDocuments(publishedListing(catalog, '2025-06-02'))).toEqual(['older']);
    expect(publishedListing(catalog, '2026-01-10')[0]?.documents[0]?.liveUntil).toBe('2026-01-10');
    const sixMonths = { ...ddscpRetentionPolicy, keepFor: { months: 6 } };
    expect(withDocuments(publishedListing(catalog, '2024-12-02', sixMonths))).toEqual(['older']);
  });

  it('refuses a misspelt or zero period, in the policy or a document, even with nothing to list', () => {
    const misspelt = { ...ddscpRetentionPolicy, keepFor: { yeras: 1 } } as RetentionPolicy;
    expect(() => publishedListing(catalog, '2025-03-31', misspelt)).toThrow(
      'Invalid duration {"yeras":1} for policy.keepFor ("yeras" is not a part of a duration)',
    );
    expect(() => publishedListing({ reviews: [] }, '2025-03-31', misspelt)).toThrow(
      InvalidDurationError,
    );
    const zero = { ...ddscpRetentionPolicy, keepFor: { months: 0 } };
    expect(() => publishedListing(catalog, '2025-03-31', zero)).toThrow(
      '(a zero period would show a document on its day of publication only)',
    );
    // Data that did not go through parseCatalog: a document's own period is checked too.
    const unparsed = catalogOf([
      reviewInput({
        timeline: {},
        documents: [documentInput({ published: '2024-03', retention: { keepFor: { yeras: 2 } } })],
      }),
    ]) as unknown as Catalog;
    expect(() => publishedListing(unparsed, '2025-03-31')).toThrow(
      'Invalid duration {"yeras":2} for retention.keepFor of document "report" ("yeras" is not a part of a duration)',
    );
  });

  it('carries the format and size through for the link text', () => {
    expect(publishedListing(catalog, '2024-07-01')[0]?.documents[0]).toMatchObject({
      format: 'pdf',
      size: 1024,
    });
  });
});

describe('publishedListing, after documents come down', () => {
  it("says which of Theo's documents came down and where they are now", () => {
    const [theo] = publishedListing(ddscpCatalog, '2025-04-01');
    expect(theo?.archive).toEqual({
      documents: [
        {
          id: 'report',
          kind: 'report',
          title: 'Child Safeguarding Practice Review Theo (TDS20)',
          published: '2024-03',
          liveUntil: '2025-03-31',
        },
        expect.objectContaining({ id: 'multi-agency-progress-summary', liveUntil: '2025-03-31' }),
      ],
      published: '2024-03',
      lastDay: '2025-03-31',
      where: nspccRepository,
    });
  });

  it('keeps a review whose documents have all come down, saying where they are', () => {
    const dated = {
      reviews: [{ ...theo, documents: theo.documents.filter((document) => document.published) }],
    };
    const [review, ...others] = publishedListing(dated, '2025-08-01');
    expect(others).toEqual([]);
    expect(review?.documents).toEqual([]);
    expect(review?.archive?.documents.map((d) => d.id)).toEqual([
      'report',
      'multi-agency-progress-summary',
      'learning-on-one-page',
    ]);
    expect(review?.archive?.lastDay).toBe('2025-07-31');
  });

  it("says so too when the catalogue no longer lists the documents, by the review's publication", () => {
    const removed = { reviews: [{ ...theo, documents: [] }] };
    expect(publishedListing(removed, '2025-03-31')).toEqual([]);
    expect(publishedListing(removed, '2025-04-01')[0]?.archive).toEqual({
      documents: [],
      published: '2024-03',
      lastDay: '2025-03-31',
      where: nspccRepository,
    });
  });
});

describe('publishedListing, properties', () => {
  const cases = fc.tuple(
    catalogInput().map((input) => catalogSchema.parse(input)),
    catalogDay,
  );

  it("puts every document past its retention in its review's archive, and no other", () => {
    fc.assert(
      fc.property(cases, ([catalog, today]) => {
        const archived = new Set(
          publishedListing(catalog, today).flatMap((r) =>
            (r.archive?.documents ?? []).map((d) => `${r.id}/${d.id}`),
          ),
        );
        for (const review of catalog.reviews) {
          for (const document of review.documents) {
            const retention = documentRetentions(today, ddscpRetentionPolicy)(document);
            expect(archived.has(`${review.id}/${document.id}`)).toBe(
              retention?.status === 'expired',
            );
          }
        }
      }),
    );
  });

  it('lists exactly the documents live on the day, never an expired or future one', () => {
    fc.assert(
      fc.property(cases, ([catalog, today]) => {
        const listed = new Set(
          publishedListing(catalog, today).flatMap((r) =>
            r.documents.map((d) => `${r.id}/${d.id}`),
          ),
        );
        for (const review of catalog.reviews) {
          for (const document of review.documents) {
            const retention = documentRetentions(today, ddscpRetentionPolicy)(document);
            if (!retention) continue;
            const live = retention.status === 'live' || retention.status === 'expiring';
            expect(listed.has(`${review.id}/${document.id}`)).toBe(live);
          }
        }
      }),
    );
  });

  it('orders reviews newest publication first, those whose documents have all come down last', () => {
    fc.assert(
      fc.property(cases, ([catalog, today]) => {
        const listing = publishedListing(catalog, today);
        const shown = listing.filter((r) => r.documents.length > 0);
        const newest = shown.map((r) =>
          r.latestPublication ? lastDayOf(r.latestPublication) : '',
        );
        expect(newest).toEqual([...newest].sort().reverse());
        expect(listing.slice(0, shown.length)).toEqual(shown);
        for (const review of listing) {
          expect(review.documents.length > 0 || review.archive !== null).toBe(true);
          for (const document of review.documents) {
            if (document.published === null) continue;
            const { liveFrom, liveUntil } = retentionOf(document.published, today);
            if (document.liveUntil === liveUntil) expect(liveFrom <= today).toBe(true);
            expect(document.liveUntil && today <= document.liveUntil).toBe(true);
          }
        }
      }),
    );
  });
});
