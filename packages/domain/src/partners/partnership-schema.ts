// zod schema for a safeguarding partnership, apart from the rules that use partnerships so
// that code using only the rules does not bundle zod.
import * as z from 'zod';
import { isoDateSchema } from '../calendar/date-schemas';
import { httpsUrlSchema, partnerSchema, slugSchema } from './partner-schema';
import { integrityIssues } from './validate-partnership';

/**
 * A zod schema for a safeguarding partnership: its name, contact details, the day it began
 * and its partners. Parsing refuses what would make the data unusable (two partners with
 * one id, a successor that is not in the list); whether every statutory partner is present
 * on every day is for {@link validatePartnership} to report.
 *
 * @example
 * const partnership = partnershipSchema.parse(JSON.parse(text));
 */
export const partnershipSchema = /*@__PURE__*/ z
  .strictObject({
    id: slugSchema,
    /** The partnership's full name. */
    name: z.string().trim().min(1).max(200),
    /** The name it is known by, e.g. `DDSCP`. */
    shortName: z.string().trim().min(1).max(40).optional(),
    website: httpsUrlSchema.optional(),
    contact: z.strictObject({
      address: z.strictObject({
        /** The lines before the postcode, e.g. `['184 Kedleston Road', 'Derby']`. */
        lines: z.array(z.string().trim().min(1).max(100)).min(1).max(6),
        postcode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}$/, {
          error: 'Expected a UK postcode in capitals with one space, e.g. "DE22 1GT".',
        }),
      }),
      /** As it is written for people to dial, e.g. `01332 642351`. */
      telephone: z.string().regex(/^\+?\d[\d ]{5,18}\d$/, {
        error: 'Expected a telephone number such as "01332 642351".',
      }),
      email: z.email({ error: 'Expected an email address such as "ddscp@derby.gov.uk".' }),
    }),
    /** The day the partnership began; before it, it has no partners. */
    validFrom: isoDateSchema.optional(),
    partners: z.array(partnerSchema).min(1),
  })
  .superRefine((partnership, context) => {
    for (const issue of integrityIssues(partnership.partners)) {
      context.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
    }
  });

/** A safeguarding partnership, as {@link partnershipSchema} parses it. */
export type Partnership = z.infer<typeof partnershipSchema>;
