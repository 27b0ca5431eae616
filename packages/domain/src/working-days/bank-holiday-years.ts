import { describeValue } from '../internal/describe-value';

/**
 * The years for which England and Wales bank holidays are known: `first` to `last`,
 * announced up to `lastAnnounced` and projected from the standing rules after that.
 *
 * Starts in 1995, the first year of one-off changes this package records (earlier years
 * had changes it does not); ends in 2099, far enough for any deadline while keeping the
 * projection honest. Functions that need bank holidays throw an
 * {@link UnsupportedYearError} outside it.
 */
export const bankHolidayYears = { first: 1995, lastAnnounced: 2028, last: 2099 } as const;

/**
 * Thrown when a date or year lies outside {@link bankHolidayYears}, where this package
 * does not know the bank holidays. A `RangeError`, so existing range checks still catch it.
 */
export class UnsupportedYearError extends RangeError {
  override readonly name = 'UnsupportedYearError';
  /** The year that was asked for. */
  readonly year: number;

  constructor(year: number, context?: string) {
    const { first, lastAnnounced, last } = bankHolidayYears;
    super(
      `No England and Wales bank holidays for ${year}${context ? ` (${context})` : ''}: the supported range is ${first} to ${last} (announced to ${lastAnnounced}, projected from the standing rules after that).`,
    );
    this.year = year;
  }
}

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
