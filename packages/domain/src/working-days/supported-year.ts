import { UnsupportedYearError } from '../errors/unsupported-year-error';
import { describeValue } from '../internal/describe-value';
import { bankHolidayYears } from './bank-holiday-years';

/** Throws an {@link UnsupportedYearError} unless `year` is a supported whole year. @internal */
export function checkSupportedYear(year: unknown, context?: string): number {
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    throw new RangeError(
      `A year must be a whole number such as 2024; found ${describeValue(year)}.`,
    );
  }
  if (year < bankHolidayYears.first || year > bankHolidayYears.last) {
    throw new UnsupportedYearError(year, context);
  }
  return year;
}
