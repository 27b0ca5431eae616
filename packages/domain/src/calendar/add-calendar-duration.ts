import type { Duration } from 'date-fns';
import { dayNumber, isoDateOfDayNumber } from './day-number';
import { InvalidDurationError } from './invalid-duration-error';
import {
  type DateParts,
  daysInMonth,
  type IsoDate,
  type IsoDateInput,
  isoDateParts,
} from './iso-date';

/**
 * The day a date-fns `Duration` after `date`, by the calendar: years and months first
 * (a day past the end of the target month becomes its last day, so 2024-02-29 plus one
 * year is 2025-02-28), then weeks and days.
 *
 * The same rule as date-fns `add()`, computed on the calendar instead of a local `Date`, so
 * the answer cannot depend on the machine's time zone. Parts may be negative.
 *
 * @throws {InvalidDurationError} when the duration has hours, minutes or seconds, or a part
 *   that is not a whole number.
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` day.
 * @example
 * addCalendarDuration('2024-02-29', { years: 1 }); // '2025-02-28'
 * addCalendarDuration('2024-08-31', { months: 6 }); // '2025-02-28'
 */
export function addCalendarDuration(date: IsoDateInput, duration: Duration): IsoDate {
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

/**
 * A duration as whole months and whole days, or an {@link InvalidDurationError} naming the
 * first part that cannot be counted in calendar days. @internal
 */
export function calendarParts(
  duration: unknown,
  label: string,
  { allowNegative = true } = {},
): { months: number; days: number } {
  if (duration === null || typeof duration !== 'object') {
    throw new InvalidDurationError(duration, 'not an object', label);
  }
  const parts = duration as Record<string, unknown>;
  for (const unit of ['hours', 'minutes', 'seconds'] as const) {
    if (parts[unit] !== undefined && parts[unit] !== 0) {
      throw new InvalidDurationError(duration, `${unit} are not calendar days`, label);
    }
  }
  const whole = (unit: 'years' | 'months' | 'weeks' | 'days'): number => {
    const value = parts[unit] ?? 0;
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new InvalidDurationError(duration, `${unit} must be a whole number`, label);
    }
    if (!allowNegative && value < 0) {
      throw new InvalidDurationError(duration, `${unit} must not be negative`, label);
    }
    return value;
  };
  return {
    months: whole('years') * 12 + whole('months'),
    days: whole('weeks') * 7 + whole('days'),
  };
}
