// zod schema for a review's published document, apart from the rules so that code using
// only the rules does not bundle zod.
import * as z from 'zod';
import { siteLinkSchema } from '../internal/site-link-schema';
import { slugSchema } from '../partners/partner-schema';
import { catalogPartialDateSchema } from './catalog-date-schemas';
import { documentKinds } from './review-kinds';

/** A part of a duration: a whole number from 0 to `max`. */
/* @__NO_SIDE_EFFECTS__ */
function part(max: number) {
  return z.int().min(0).max(max).optional();
}

/**
 * How long one document stays published when it is not the policy's period, e.g. a
 * briefing the partnership keeps for two years. Whole years, months, weeks and days, not
 * all zero; at most a hundred years.
 */
const keepForSchema = /*@__PURE__*/ z
  .strictObject({
    years: part(100),
    months: part(1200),
    weeks: part(5200),
    days: part(36500),
  })
  // A zero period would show the document on its day of publication only: a slip, not a rule.
  .refine((keepFor) => Object.values(keepFor).some((value) => value !== undefined && value > 0), {
    error:
      'Expected a period longer than zero: at least one of years, months, weeks or days above 0, e.g. { "years": 2 }.',
    // A misspelt part is reported as such, not as a period of zero as well.
    when: (payload) => payload.issues.length === 0,
  });

/**
 * A zod schema for a document a review publishes: its id (unique within the review), kind,
 * title, publication date (to the year, month or day; left out when it is not known), link,
 * and optionally its file format, size in bytes and its own retention period.
 *
 * @example
 * reviewDocumentSchema.parse({ id: 'report', kind: 'report', title: 'Review report',
 *   published: '2024-03', link: '/documents/report.pdf' });
 */
// Built inside a function: bundlers drop an unused top-level call marked pure, but keep any
// call among its arguments, and with it zod, in pages that never use the schema.
export const reviewDocumentSchema = /*@__PURE__*/ (() =>
  z.strictObject({
    id: slugSchema,
    kind: z.enum(documentKinds),
    /** The title as the page shows it, e.g. `Learning on one page LCSPR: 'Theo'`. */
    title: z.string().trim().min(1).max(300),
    /**
     * When it was published: `'2024-03-15'`, `'2024-03'` or `'2024'`. Left out when it is not
     * known: the document is then listed without a retention date, and `lintCatalog` warns.
     */
    published: catalogPartialDateSchema.optional(),
    /** Where the file is: a path on the site (`/documents/report.pdf`) or an https:// address. */
    link: /*@__PURE__*/ siteLinkSchema('/documents/report.pdf'),
    /** The file format in lower case, e.g. `pdf`, shown next to the link. */
    format: z
      .string()
      .regex(/^[a-z0-9]{2,10}$/, { error: 'Expected a file format in lower case, e.g. "pdf".' })
      .optional(),
    /** The file size in bytes, shown next to the link. */
    size: z
      .int({ error: 'Expected the file size in bytes, a whole number such as 245760.' })
      .min(1)
      .optional(),
    /** This document's own retention period, instead of the policy's `keepFor`. */
    retention: z.strictObject({ keepFor: keepForSchema }).optional(),
  }))();

/** A document a review publishes, as {@link reviewDocumentSchema} parses it. */
export type ReviewDocument = z.infer<typeof reviewDocumentSchema>;
