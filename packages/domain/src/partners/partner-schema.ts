// zod schema for a partner organisation, apart from the rules that use partners so that
// code using only the rules does not bundle zod.
import * as z from 'zod';
import { isoDateSchema } from '../calendar/date-schemas';
import { siteLinkSchema } from '../internal/site-link-schema';
import { partnerKinds, partnerRoles } from './partner-kind';
import { partnerProblems } from './partner-rules';

/** Lower-case words joined by hyphens, e.g. `derby-city-council`: safe in URLs and file names. */
export const slugSchema = /*@__PURE__*/ z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) =>
    `Expected an id of lower-case letters, digits and single hyphens, e.g. "derby-city-council"; found ${JSON.stringify(String(issue.input).slice(0, 40))}.`,
});

/** An `https:` address: partner websites are linked from public pages. */
export const httpsUrlSchema = /*@__PURE__*/ z.url({
  protocol: /^https$/,
  error: 'Expected an https:// address, e.g. "https://www.derby.gov.uk/".',
});

/**
 * A zod schema for a partner organisation of a safeguarding partnership. Parse data from
 * files with it; it checks the codes' forms, that only a local authority, integrated care
 * board (or its predecessor CCG) or police force is a statutory partner, and that
 * `validTo` is not before `validFrom`.
 *
 * @example
 * partnerSchema.parse({ id: 'derby-city-council', name: 'Derby City Council', kind: 'local-authority',
 *   role: 'statutory-partner', codes: { ons: 'E06000015' }, logo: { alt: 'Derby City Council' } });
 */
export const partnerSchema = /*@__PURE__*/ z
  .strictObject({
    /** A stable id, unique within the partnership. */
    id: slugSchema,
    /** The organisation's name as it is written, e.g. `Derby City Council`. */
    name: z.string().trim().min(1).max(200),
    kind: z.enum(partnerKinds),
    role: z.enum(partnerRoles),
    /** Official codes: ONS area codes for local authorities, NHS ODS codes for NHS bodies. */
    codes: z
      .strictObject({
        ons: z
          .string()
          .regex(/^[EWSN]\d{8}$/, { error: 'Expected an ONS code such as "E06000015".' })
          .optional(),
        ods: z
          .string()
          .regex(/^[A-Z0-9]{3,5}$/, { error: 'Expected an NHS ODS code such as "RTG" or "QJ2".' })
          .optional(),
      })
      .default(() => ({})),
    website: httpsUrlSchema.optional(),
    /**
     * The logo: `alt` is the text a screen reader announces and the name shown when there
     * is no image (the organisation's name; "logo" need not be said); `src` is optional.
     */
    logo: z.strictObject({
      alt: z.string().trim().min(1).max(200),
      src: /*@__PURE__*/ siteLinkSchema('/images/logo.svg').optional(),
    }),
    /** The first day the organisation is a partner (inclusive), if not from the start. */
    validFrom: isoDateSchema.optional(),
    /** The last day the organisation is a partner (inclusive), e.g. the day before a merger. */
    validTo: isoDateSchema.optional(),
    /** The id of the partner that took over when this one merged or was renamed. */
    successorId: slugSchema.optional(),
  })
  .superRefine((partner, context) => {
    for (const problem of partnerProblems(partner)) {
      context.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
    }
  });

/** A partner organisation, as {@link partnerSchema} parses it. */
export type Partner = z.infer<typeof partnerSchema>;
