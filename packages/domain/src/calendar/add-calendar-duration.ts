import { InvalidDurationError } from '../errors/invalid-duration-error';
import { describeValue } from '../internal/describe-value';
import type { CalendarDuration } from './calendar-duration';
import { dayNumber, isoDateOfDayNumber } from './day-number';
import {
  type DateParts,
  daysInMonth,
  type IsoDate,
  type IsoDateInput,
  isoDateParts,
} from './iso-date';

/**
 * The day a {@link CalendarDuration} after `date`, by the calendar: years and months first
 * (a day past the end of the target month becomes its last day, so 2024-02-29 plus one
 * year is 2025-02-28), then weeks and days.
 *
 * The same rule as date-fns `add()`, computed on the calendar instead of a local `Date`, so
 * the answer cannot depend on the machine's time zone. Parts may be negative.
 *
 * @throws {InvalidDurationError} when the duration has hours, minutes or seconds, a key that
 *   is not a part of a duration (a misspelt one is refused, not counted as 0), or a part
 *   that is not a whole number.
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` day.
 * @example
 * addCalendarDuration('2024-02-29', { years: 1 }); // '2025-02-28'
 * addCalendarDuration('2024-08-31', { months: 6 }); // '2025-02-28'
 */
export function addCalendarDuration(date: IsoDateInput, duration: CalendarDuration): IsoDate {
  const { months, days } = calendarParts(duration, 'addCalendarDuration(duration)');
  return addMonthsAndDays(isoDateParts(date, 'addCalendarDuration(date)'), months, days);
}

/** Adds whole months (clamping to the month's last day), then whole days. @internal */
export function addMonthsAndDays(date: DateParts, months: number, days: number): IsoDate {
  const monthIndex = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  const day = Math.min(date.day, daysInMonth(year, month));
  return isoDateOfDayNumber(dayNumber(year, month, day) + days);
}

/** The parts of a {@link CalendarDuration}: whole calendar days and up. */
const CALENDAR_UNITS = ['years', 'months', 'weeks', 'days'] as const;
/** The parts of a date-fns `Duration` below a day: refused unless zero. */
const CLOCK_UNITS: readonly string[] = ['hours', 'minutes', 'seconds'];

/**
 * A duration as whole months and whole days, or an {@link InvalidDurationError} naming the
 * first part that cannot be counted in calendar days. Every key is checked, so a misspelt
 * one (`{ yeras: 1 }`) is refused rather than counted as nothing.
 *
 * A `period` (how long to keep a document, the time a deadline allows) must also not be
 * negative, nor zero: `period.zero` says why zero makes no sense there. @internal
 */
export function calendarParts(
  duration: unknown,
  label: string,
  period?: { readonly zero: string },
): { months: number; days: number } {
  const refuse = (reason: string) => new InvalidDurationError(duration, reason, label);
  if (duration === null || typeof duration !== 'object' || Array.isArray(duration)) {
    throw refuse('not an object');
  }
  const parts = duration as Record<string, unknown>;
  for (const key of Object.keys(parts)) {
    const value = parts[key];
    if (value === undefined || CALENDAR_UNITS.includes(key as never)) continue;
    if (!CLOCK_UNITS.includes(key))
      throw refuse(`${JSON.stringify(key)} is not a part of a duration`);
    if (value !== 0) throw refuse(`${key} are not calendar days`);
  }
  // Read as date-fns reads a Duration (an absent part is 0), after the keys were checked.
  const whole = (unit: (typeof CALENDAR_UNITS)[number]): number => {
    const value = parts[unit] ?? 0;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw refuse(`${unit} is ${describeValue(value)}, not a whole number`);
    }
    if (period && value < 0) throw refuse(`${unit} is ${value}: a period cannot be negative`);
    return value;
  };
  const months = whole('years') * 12 + whole('months');
  const days = whole('weeks') * 7 + whole('days');
  if (period && months === 0 && days === 0) throw refuse(period.zero);
  return { months, days };
}
