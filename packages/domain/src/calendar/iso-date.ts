import { InvalidDateError } from './invalid-date-error';

declare const isoDateBrand: unique symbol;

/**
 * A calendar day in England written as `YYYY-MM-DD`.
 *
 * Safeguarding deadlines and publication dates are days, not instants: keeping them as
 * validated strings (rather than `Date`s) means no machine time zone can move them.
 * Create one with {@link isoDate}; compare two with `<`/`>` (the form sorts as text).
 */
export type IsoDate = string & { readonly [isoDateBrand]: true };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The form shown in error messages. */
const EXPECTED = 'a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15"';

/**
 * Validates text as a real calendar day and returns it as an {@link IsoDate}.
 *
 * @throws {InvalidDateError} when the text is not `YYYY-MM-DD` or names a day that does not
 *   exist (such as `2023-02-29`).
 * @example
 * isoDate('2024-02-29'); // '2024-02-29' (a leap year)
 * isoDate('2023-02-29'); // throws InvalidDateError: Invalid date "2023-02-29" (2023 has no 29 February) ...
 */
export function isoDate(text: string): IsoDate {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!match) throw new InvalidDateError(text, EXPECTED);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12)
    throw new InvalidDateError(text, EXPECTED, `there is no month ${month}`);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw new InvalidDateError(
      text,
      EXPECTED,
      `${MONTH_NAMES[month - 1]} ${year} has ${last} days`,
    );
  }
  return text as IsoDate;
}

/** Whether `value` is a string that {@link isoDate} would accept. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    isoDate(value);
    return true;
  } catch {
    return false;
  }
}

/** The number of days in a month of the proleptic Gregorian calendar (month 1-12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a year of the Gregorian calendar has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
