// Dates in a catalogue: the package's date schemas, limited to the years whose working days
// it knows, so every rule (deadlines in working days, retention) can be worked out for every
// date a parsed catalogue holds.
import { isoDateSchema, partialDateSchema } from '../calendar/date-schemas';
import { bankHolidayYears } from '../working-days/bank-holiday-years';

const inSupportedYears = (date: string) => {
  const year = Number(date.slice(0, 4));
  return year >= bankHolidayYears.first && year <= bankHolidayYears.last;
};

const message = (issue: { input: unknown }) =>
  `Expected a date from ${bankHolidayYears.first} to ${bankHolidayYears.last}, the years whose working days this package knows; found ${JSON.stringify(issue.input)}.`;

/** An `IsoDate` from 1995 to 2099. @internal */
export const catalogIsoDateSchema = /*@__PURE__*/ isoDateSchema.refine(inSupportedYears, {
  error: message,
});

/** A `PartialDate` from 1995 to 2099. @internal */
export const catalogPartialDateSchema = /*@__PURE__*/ partialDateSchema.refine(inSupportedYears, {
  error: message,
});
