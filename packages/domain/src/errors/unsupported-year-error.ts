import { bankHolidayYears } from '../working-days/bank-holiday-years';
import { InvalidValueError } from './invalid-value-error';

/**
 * Thrown when a date or year lies outside {@link bankHolidayYears}, where this package
 * does not know the bank holidays. An {@link InvalidValueError}, and so a `RangeError`: existing range checks still catch it.
 */
export class UnsupportedYearError extends InvalidValueError {
  override readonly name = 'UnsupportedYearError';
  /** The year that was asked for. */
  readonly year: number;

  constructor(year: number, context?: string) {
    const { first, lastAnnounced, last } = bankHolidayYears;
    super(
      `No England and Wales bank holidays for ${year}${context ? ` (${context})` : ''}: the supported range is ${first} to ${last} (announced to ${lastAnnounced}, projected from the standing rules after that).`,
      { field: context, found: year, expected: `${first} to ${last}` },
    );
    this.year = year;
  }
}
