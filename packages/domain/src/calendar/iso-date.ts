import { InvalidDateError } from '../errors/invalid-date-error';
import type { PartialDate } from './partial-date';

declare const isoDateBrand: unique symbol;

/**
 * A calendar day in England written as `YYYY-MM-DD`.
 *
 * Safeguarding deadlines and publication dates are days, not instants: keeping them as
 * validated strings (rather than `Date`s) means no machine time zone can move them.
 * Create one with {@link isoDate}; compare two with `<`/`>` (the form sorts as text). An
 * `IsoDate` is also a {@link PartialDate} known to the day.
 */
export type IsoDate = PartialDate & { readonly [isoDateBrand]: true };

/**
 * What the functions of this package accept where they need a day: an {@link IsoDate}, or
 * a date literal written in code such as `'2024-12-20'`.
 *
 * Literals are accepted for convenience and checked at run time like any other input, so a
 * typo still throws an {@link InvalidDateError}. Text from users or files should go through
 * {@link isoDate} first.
 */
export type IsoDateInput = IsoDate | `${number}-${number}-${number}`;

/** A day split into its numbers: month 1-12, day 1-31. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The form shown in error messages. */
const ISO_DATE_FORM = 'a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15"';

/**
 * Validates text as a real calendar day and returns it as an {@link IsoDate}.
 *
 * Use it at the edge of your program (form fields, files, query strings); everything
 * inside can then rely on the type.
 *
 * @param text - the text to check.
 * @param label - what the text is for, named in the error message (e.g. `'published'`).
 * @throws {InvalidDateError} when the text is not `YYYY-MM-DD` or names a day that does not
 *   exist (such as `2023-02-29`).
 * @example
 * isoDate('2024-02-29'); // '2024-02-29' (a leap year)
 * isoDate('2023-02-29'); // throws InvalidDateError: Invalid date "2023-02-29" (February 2023 has 28 days) ...
 */
export function isoDate(text: string, label?: string): IsoDate {
  isoDateParts(text, label);
  return text as IsoDate;
}

/** Whether `value` is a string that {@link isoDate} would accept. */
export function isIsoDate(value: unknown): value is IsoDate {
  try {
    isoDateParts(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Splits a valid day into numbers; throws {@link InvalidDateError} for anything else.
 * @internal
 */
export function isoDateParts(text: unknown, label?: string): DateParts {
  const match = typeof text === 'string' ? ISO_DATE.exec(text) : null;
  if (!match) throw new InvalidDateError({ input: text, expected: ISO_DATE_FORM, label });
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const reason = problemWith(year, month, day);
  if (reason) throw new InvalidDateError({ input: text, expected: ISO_DATE_FORM, reason, label });
  return { year, month, day };
}

/** Why year/month/day is not a real day, or `''` when it is. @internal */
export function problemWith(year: number, month: number, day?: number): string {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  if (day === undefined) return '';
  const last = daysInMonth(year, month);
  return day < 1 || day > last ? `${monthNames[month - 1]} ${year} has ${last} days` : '';
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

/** The months' names in English, January first. @internal */
export const monthNames = [
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
