// zod schema for a catalogue of reviews, apart from the rules that use catalogues so that
// code using only the rules does not bundle zod.
import * as z from 'zod';
import { partnershipSchema } from '../partners/partnership-schema';
import { reviewSchema } from '../reviews/review-schema';
import { catalogProblems } from './catalog-rules';

/**
 * A zod schema for a partnership's catalogue of reviews: the partnership (with its
 * partners) and its reviews, each checked by {@link reviewSchema}. Across reviews it refuses
 * two reviews with one id or one code, and agencies that are not partners. Prefer
 * {@link parseCatalog}, which gives the problems with readable paths and never throws.
 *
 * Cross-field rules run once the fields they compare are valid, so a catalogue with a bad
 * date shows the date first and, once it is fixed, any order problem it hid.
 */
export const catalogSchema = /*@__PURE__*/ z
  .strictObject({
    /**
     * Where an editor finds the catalogue's JSON Schema, for autocompletion and checks as
     * the file is written, e.g. `./node_modules/@ddscp/domain/catalog.schema.json`.
     */
    $schema: z.string().max(2000).optional(),
    partnership: partnershipSchema,
    reviews: z.array(reviewSchema),
  })
  .superRefine((catalog, context) => {
    for (const problem of catalogProblems(catalog)) {
      context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

/** A partnership's catalogue of reviews, as {@link catalogSchema} parses it. */
export type Catalog = z.infer<typeof catalogSchema>;
