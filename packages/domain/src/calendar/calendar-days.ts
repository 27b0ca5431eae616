import { describeValue } from '../internal/describe-value';
import { dayNumberOf, isoDateOfDayNumber, weekdayOfDayNumber } from './day-number';
import type { IsoDate, IsoDateInput } from './iso-date';

/** A day of the week as ISO 8601 numbers it: 1 = Monday … 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * The day `days` calendar days after `date` (before it when negative).
 *
 * Counts days, not hours, so no clock change can make a "day" 23 or 25 hours long.
 *
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` day.
 * @throws {RangeError} when `days` is not a whole number.
 * @example
 * addCalendarDays('2024-02-28', 2); // '2024-03-01'
 */
export function addCalendarDays(date: IsoDateInput, days: number): IsoDate {
  const start = dayNumberOf(date, 'addCalendarDays(date)');
  return isoDateOfDayNumber(start + wholeNumber(days, 'addCalendarDays(days)'));
}

/**
 * The number of calendar days from `from` to `to`: positive when `to` is later, negative
 * when it is earlier, 0 for the same day.
 *
 * @example
 * calendarDaysBetween('2024-12-20', '2024-12-31'); // 11
 */
export function calendarDaysBetween(from: IsoDateInput, to: IsoDateInput): number {
  return (
    dayNumberOf(to, 'calendarDaysBetween(to)') - dayNumberOf(from, 'calendarDaysBetween(from)')
  );
}

/**
 * The day of the week of a date, 1 = Monday … 7 = Sunday (ISO 8601), the same in every
 * time zone.
 *
 * @example
 * isoWeekday('2024-12-20'); // 5 (a Friday)
 */
export function isoWeekday(date: IsoDateInput): IsoWeekday {
  return weekdayOfDayNumber(dayNumberOf(date, 'isoWeekday(date)')) as IsoWeekday;
}

/** `value` if it is a safe whole number, else a RangeError naming `label`. @internal */
export function wholeNumber(value: unknown, label: string): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw new RangeError(
    `${label} must be a whole number, e.g. 5 or -5; found ${describeValue(value)}.`,
  );
}
