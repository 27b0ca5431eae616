import { wholeNumber } from '../calendar/calendar-days';
import { dayNumberOf, isoDateOfDayNumber, yearOfDayNumber } from '../calendar/day-number';
import type { IsoDate, IsoDateInput } from '../calendar/iso-date';
import { UnsupportedYearError } from '../errors/unsupported-year-error';
import { bankHolidayYears } from './bank-holiday-years';
import { workingDayIndex, workingDayOfRank, workingDaysUpTo } from './working-day-index';

/**
 * Whether a date is a working day in England and Wales: not a Saturday, a Sunday or a bank
 * holiday (the meaning "working day" has in English statutes).
 *
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` day.
 * @throws {UnsupportedYearError} for years outside {@link bankHolidayYears}.
 * @example
 * isWorkingDay('2024-12-27'); // true (a Friday between Boxing Day and the weekend)
 * isWorkingDay('2024-12-26'); // false (Boxing Day)
 */
export function isWorkingDay(date: IsoDateInput): boolean {
  const day = supportedDay(date, 'isWorkingDay(date)');
  const index = workingDayIndex();
  const offset = day - index.origin;
  return workingDaysUpTo(index, offset) > workingDaysUpTo(index, offset - 1);
}

/**
 * The `n`-th working day after `date` (strictly after it), or for negative `n` the |n|-th
 * working day before it; `n = 0` returns `date` itself, working day or not.
 *
 * This is how statutory deadlines in working days are counted: the day you became aware is
 * day 0, so "within 5 working days" of Friday 20 December 2024 ends on Tuesday
 * 31 December (Christmas and Boxing Day do not count). Takes the same time for 15 days as
 * for 2,000.
 *
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` day.
 * @throws {RangeError} when `n` is not a whole number.
 * @throws {UnsupportedYearError} when `date` or the answer lies outside {@link bankHolidayYears}.
 * @example
 * addWorkingDays('2024-12-20', 5); // '2024-12-31'
 * addWorkingDays('2024-12-20', 15); // '2025-01-15'
 */
export function addWorkingDays(date: IsoDateInput, n: number): IsoDate {
  const day = supportedDay(date, 'addWorkingDays(date)');
  const steps = wholeNumber(n, 'addWorkingDays(n)');
  if (steps === 0) return isoDateOfDayNumber(day);
  const index = workingDayIndex();
  const offset = day - index.origin;
  // Counting forward starts after `date`; counting back starts at the day before it, so
  // that a weekend `date` steps back to the Friday first.
  const rank =
    steps > 0
      ? workingDaysUpTo(index, offset) + steps
      : workingDaysUpTo(index, offset - 1) + steps + 1;
  const answer = index.origin + workingDayOfRank(index, rank);
  if (answer < index.first || answer > index.last) {
    throw new UnsupportedYearError(
      yearOfDayNumber(answer),
      `${Math.abs(steps)} working days ${steps > 0 ? 'after' : 'before'} ${date}`,
    );
  }
  return isoDateOfDayNumber(answer);
}

/**
 * The number of working days from `from` to `to`: those in (from, to] when `to` is later,
 * and minus those in [to, from) when it is earlier, so that for every date `d` and whole
 * `n`, `workingDaysBetween(d, addWorkingDays(d, n)) === n`.
 *
 * Use it to say how many working days a deadline has left, or how late something was.
 *
 * @throws {InvalidDateError} when either date is not a real `YYYY-MM-DD` day.
 * @throws {UnsupportedYearError} for dates outside {@link bankHolidayYears}.
 * @example
 * workingDaysBetween('2024-12-20', '2024-12-31'); // 5
 * workingDaysBetween('2024-12-31', '2024-12-20'); // -5
 */
export function workingDaysBetween(from: IsoDateInput, to: IsoDateInput): number {
  const start = supportedDay(from, 'workingDaysBetween(from)');
  const end = supportedDay(to, 'workingDaysBetween(to)');
  const index = workingDayIndex();
  const a = start - index.origin;
  const b = end - index.origin;
  return b >= a
    ? workingDaysUpTo(index, b) - workingDaysUpTo(index, a)
    : workingDaysUpTo(index, b - 1) - workingDaysUpTo(index, a - 1);
}

/** The day number of a valid date within the supported years. */
function supportedDay(date: IsoDateInput, label: string): number {
  const day = dayNumberOf(date, label);
  const { first, last } = workingDayIndex();
  if (day < first || day > last)
    throw new UnsupportedYearError(yearOfDayNumber(day), `${label} is ${date}`);
  return day;
}
