import { InvalidDateError } from '../errors/invalid-date-error';
import { daysInMonth, type IsoDate, type IsoDateInput, problemWith } from './iso-date';

declare const partialDateBrand: unique symbol;

/**
 * A date known to the year (`'2024'`), the month (`'2024-03'`) or the day (`'2024-03-15'`).
 *
 * Publication dates are often given only to the month ("published March 2024" on the
 * partnership's page); keeping that precision, rather than inventing a day, lets rules such
 * as retention choose the earliest or latest day it could mean. Create one with
 * {@link partialDate}; every {@link IsoDate} is also a `PartialDate`.
 */
export type PartialDate = string & { readonly [partialDateBrand]: true };

/**
 * What the functions of this package accept where a partial date will do: a
 * {@link PartialDate}, or a literal written in code such as `'2024-03'` (checked at run time).
 */
export type PartialDateInput = PartialDate | `${number}` | `${number}-${number}` | IsoDateInput;

/** How precisely a {@link PartialDate} is known. */
export type PartialDatePrecision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const PARTIAL_DATE_FORM =
  'a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024", "2024-03" or "2024-03-15"';

interface PartialDateParts {
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
}

/**
 * Validates text as a year, month or day and returns it as a {@link PartialDate}.
 *
 * @param text - the text to check.
 * @param label - what the text is for, named in the error message (e.g. `'published'`).
 * @throws {InvalidDateError} when the text has another form or names a month or day that
 *   does not exist.
 * @example
 * partialDate('2024-03'); // '2024-03'
 * partialDate('March 2024'); // throws InvalidDateError
 */
export function partialDate(text: string, label?: string): PartialDate {
  partialDateParts(text, label);
  return text as PartialDate;
}

/** Whether `value` is a string that {@link partialDate} would accept. */
export function isPartialDate(value: unknown): value is PartialDate {
  try {
    partialDateParts(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * How precisely a partial date is known.
 *
 * @example
 * precisionOf('2024-03'); // 'month'
 */
export function precisionOf(date: PartialDateInput): PartialDatePrecision {
  const { month, day } = partialDateParts(date, 'precisionOf(date)');
  if (day !== undefined) return 'day';
  return month === undefined ? 'year' : 'month';
}

/**
 * The first day a partial date can mean: 1 January for a year, the 1st for a month, the
 * day itself for a day.
 *
 * @example
 * firstDayOf('2024-03'); // '2024-03-01'
 */
export function firstDayOf(date: PartialDateInput): IsoDate {
  return daysOf(date, 'firstDayOf(date)').first;
}

/**
 * The last day a partial date can mean: 31 December for a year, the month's last day for a
 * month (29 February in leap years), the day itself for a day.
 *
 * @example
 * lastDayOf('2024-02'); // '2024-02-29'
 */
export function lastDayOf(date: PartialDateInput): IsoDate {
  return daysOf(date, 'lastDayOf(date)').last;
}

/**
 * The first and last day a partial date can mean, from one reading of the text (rules
 * that compare many dates need both). @internal
 */
export function daysOf(date: PartialDateInput, label = 'date'): { first: IsoDate; last: IsoDate } {
  const { year, month, day } = partialDateParts(date, label);
  // Validated text is already in the form: complete it rather than compute it.
  if (day !== undefined) return { first: date as IsoDate, last: date as IsoDate };
  if (month === undefined) {
    return { first: `${date}-01-01` as IsoDate, last: `${date}-12-31` as IsoDate };
  }
  return {
    first: `${date}-01` as IsoDate,
    last: `${date}-${daysInMonth(year, month)}` as IsoDate,
  };
}

/** Splits a valid partial date into numbers; throws {@link InvalidDateError} otherwise. */
function partialDateParts(text: unknown, label?: string): PartialDateParts {
  const match = typeof text === 'string' ? PARTIAL_DATE.exec(text) : null;
  if (!match) throw new InvalidDateError({ input: text, expected: PARTIAL_DATE_FORM, label });
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  const reason = month === undefined ? '' : problemWith(year, month, day);
  if (reason) {
    throw new InvalidDateError({ input: text, expected: PARTIAL_DATE_FORM, reason, label });
  }
  return { year, month, day };
}
