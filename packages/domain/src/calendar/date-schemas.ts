// zod schemas for dates, apart from the date functions so that code using only the
// functions does not bundle zod.
import * as z from 'zod';
import { type IsoDate, isoDate } from './iso-date';
import { type PartialDate, partialDate } from './partial-date';
import { suggestIsoDate } from './suggest-iso-date';

/**
 * A zod schema for an {@link IsoDate}: a string that is a real `YYYY-MM-DD` day. Its error
 * message is the {@link InvalidDateError}'s, which says why and shows the expected form,
 * with the ISO form of a UK-style date (`31/03/2024`: did you mean "2024-03-31"?).
 *
 * @example
 * isoDateSchema.parse('2024-02-29'); // '2024-02-29' (typed IsoDate)
 */
export const isoDateSchema: z.ZodType<IsoDate, string> = /*@__PURE__*/ z
  .string()
  .transform((text, context) => parseOrReport(isoDate, text, context, false));

/**
 * A zod schema for a {@link PartialDate}: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 *
 * @example
 * partialDateSchema.parse('2024-03'); // '2024-03' (typed PartialDate)
 */
export const partialDateSchema: z.ZodType<PartialDate, string> = /*@__PURE__*/ z
  .string()
  .transform((text, context) => parseOrReport(partialDate, text, context, true));

/** The date, or an issue with the date error's message and, for a UK-style date, its ISO form. */
function parseOrReport<T>(
  parse: (text: string) => T,
  text: string,
  context: z.RefinementCtx<string>,
  allowMonth: boolean,
): T {
  try {
    return parse(text);
  } catch (error) {
    const suggestion = suggestIsoDate(text, { allowMonth });
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    context.addIssue({
      code: 'custom',
      message: `${(error as Error).message}${hint}`,
      input: text,
    });
    return z.NEVER;
  }
}
