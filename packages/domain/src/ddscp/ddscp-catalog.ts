// The published reviews of the partnership's "Child Safeguarding Practice Reviews" page,
// with only what the page and the project's domain facts say. Nothing is filled in: the
// page gives no lifecycle dates but the month of publication, no agencies, nothing about
// the family's involvement, and no dates for the reunification audit findings and guide, so
// those are left out (or `unknown`) rather than guessed.
//
// The links are placeholders: the page gives no addresses, so each document has a path
// under /documents/ that a site replaces with (or serves at) the real file's address.
import type { PartialDate } from '../calendar/partial-date';
import type { Catalog } from '../catalog/catalog-schema';
import { deepFreeze } from '../internal/deep-freeze';
import { ddscp } from './ddscp';

/**
 * The Derby and Derbyshire Safeguarding Children Partnership's catalogue as its review page
 * shows it: the partnership ({@link ddscp}) and the review "Theo (TDS20)" with its report
 * and summary of multi-agency progress (published March 2024), its learning on one page
 * (July 2024), and the reunification audit findings and best-practice guide that followed
 * (publication dates not given on the page, so not recorded). Frozen.
 *
 * Use it as sample data, or as a model for your own catalogue file; the same data ships as
 * `@ddscp/domain/catalog/ddscp.json`. Document links are placeholder site paths.
 *
 * @example
 * publishedListing(ddscpCatalog, '2025-03-31')[0]?.documents.map((d) => d.title);
 */
export const ddscpCatalog: Catalog = /*@__PURE__*/ deepFreeze({
  partnership: ddscp,
  reviews: [
    {
      id: 'theo-tds20',
      reference: 'TDS20',
      pseudonym: 'Theo',
      kind: 'lcspr',
      title: 'Child Safeguarding Practice Review: Theo (TDS20)',
      summary:
        'The DDSCP have published the local Child Safeguarding Practice Review report that concerns the death of a baby known as Theo. A summary of progress made by agencies is published along with the report which sets out the multi-agency action that has been taken.',
      // The page's follow-up work is on reunification with parents.
      themes: ['reunification'],
      agencies: [],
      familyInvolvement: 'unknown',
      learning: {
        whatHappened: ['The review concerns the death of a baby known as Theo.'],
        whatWorkedWell: [],
        whatNeedsToImprove: [],
        howSafeguardingCanBeStrengthened: [
          "Following Theo's death, a multi-agency audit was undertaken to explore practice surrounding children who have been reunified with their parents.",
          'The social workers for the families involved in the audit helped to develop a best practice guide to support and enhance the reunification work of practitioners and their managers in agencies across Derby and Derbyshire.',
        ],
      },
      timeline: { published: '2024-03' as PartialDate },
      documents: [
        {
          id: 'report',
          kind: 'report',
          title: 'Child Safeguarding Practice Review Theo (TDS20)',
          published: '2024-03' as PartialDate,
          link: '/documents/theo-tds20/report',
        },
        {
          id: 'multi-agency-progress-summary',
          kind: 'multi-agency-progress-summary',
          title: 'Summary of multi-agency progress in respect of Theo (TDS20)',
          published: '2024-03' as PartialDate,
          link: '/documents/theo-tds20/multi-agency-progress-summary',
        },
        {
          id: 'learning-on-one-page',
          kind: 'learning-on-one-page',
          title: "Learning on one page LCSPR: 'Theo'",
          published: '2024-07' as PartialDate,
          link: '/documents/theo-tds20/learning-on-one-page',
        },
        {
          id: 'reunification-audit-findings',
          kind: 'audit-findings',
          title: 'DDSCP Exploring Reunification Audit Findings FINAL',
          link: '/documents/theo-tds20/reunification-audit-findings',
        },
        {
          id: 'reunification-best-practice-guide',
          kind: 'best-practice-guide',
          title: 'DDSCP Best Practice Guide – Reunification FINAL',
          link: '/documents/theo-tds20/reunification-best-practice-guide',
        },
      ],
    },
  ],
});
