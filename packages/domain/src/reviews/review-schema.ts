// zod schema for a review, apart from the rules that use reviews so that code using only
// the rules does not bundle zod.
import * as z from 'zod';
import { slugSchema } from '../partners/partner-schema';
import { catalogIsoDateSchema, catalogPartialDateSchema } from './catalog-date-schemas';
import { reviewDocumentSchema } from './review-document-schema';
import { familyInvolvements, reviewKinds } from './review-kinds';
import { reviewProblems } from './review-rules';

/** Text of up to `max` characters, trimmed, not empty. */
/* @__NO_SIDE_EFFECTS__ */
function text(max: number) {
  return z.string().trim().min(1).max(max);
}

/** Paragraphs or points of learning, in the words that will be published. */
/* @__NO_SIDE_EFFECTS__ */
function points() {
  return z.array(text(5000)).max(100).default([]);
}

/**
 * A zod schema for a review: its id, code (`reference`) and `pseudonym`, kind, title,
 * summary, themes, the agencies involved (partner ids), how the family took part, its
 * learning in the page's own terms, the dates of its lifecycle and its documents.
 *
 * It checks each review on its own: lifecycle dates in order, no document published before
 * the review began, unique document ids. Whether the agencies are partners is checked by
 * {@link catalogSchema}, which knows the partnership.
 *
 * @example
 * const review = reviewSchema.parse(JSON.parse(text));
 */
export const reviewSchema = /*@__PURE__*/ z
  .strictObject({
    /** A stable id, unique within the catalogue, e.g. `theo-tds20`: safe in URLs. */
    id: slugSchema,
    /** The review's code, e.g. `TDS20`, used with the pseudonym instead of the child's name. */
    reference: z.string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9 ./-]{0,28}[A-Za-z0-9])?$/, {
      error: (issue) =>
        `Expected the review's code, up to 30 letters and digits such as "TDS20"; found ${JSON.stringify(String(issue.input).slice(0, 40))}.`,
    }),
    /** The name the review gives the child, e.g. `Theo`: never the child's real name. */
    pseudonym: text(60).optional(),
    kind: z.enum(reviewKinds),
    /** The title as the page shows it, e.g. `Child Safeguarding Practice Review: Theo (TDS20)`. */
    title: text(300),
    /** What the page says about the review; `lintCatalog` warns when there is none. */
    summary: text(5000).optional(),
    /** What the review is about, e.g. `reunification`, for grouping and searching. */
    themes: z.array(text(100)).max(30).default([]),
    /** The partners involved, by their ids in the catalogue's partnership. */
    agencies: z.array(slugSchema).max(100).default([]),
    familyInvolvement: z.enum(familyInvolvements).default('unknown'),
    /** The learning in the terms of the partnership's page. */
    learning: z
      .strictObject({
        whatHappened: points(),
        whatWorkedWell: points(),
        whatNeedsToImprove: points(),
        howSafeguardingCanBeStrengthened: points(),
      })
      .prefault({}),
    /**
     * The dates of the lifecycle the partnership has, each to the day; `published` may be
     * known only to the month or year. Left out: not known, or not reached yet.
     */
    timeline: z
      .strictObject({
        becameAware: catalogIsoDateSchema.optional(),
        notifiedPanel: catalogIsoDateSchema.optional(),
        rapidReviewCompleted: catalogIsoDateSchema.optional(),
        decisionToCommission: catalogIsoDateSchema.optional(),
        completed: catalogIsoDateSchema.optional(),
        sentToPanel: catalogIsoDateSchema.optional(),
        published: catalogPartialDateSchema.optional(),
      })
      .prefault({}),
    documents: z.array(reviewDocumentSchema).max(100).default([]),
  })
  .superRefine((review, context) => {
    for (const problem of reviewProblems(review)) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

/** A review, as {@link reviewSchema} parses it. */
export type Review = z.infer<typeof reviewSchema>;

/** A review's lifecycle dates; see {@link reviewSchema}. */
export type ReviewTimeline = Review['timeline'];

/** A review's learning in the page's terms; see {@link reviewSchema}. */
export type ReviewLearning = Review['learning'];
