import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayNumberOf,
  isoDateOfDayNumber,
  weekdayOfDayNumber,
  yearOfDayNumber,
} from './day-number';

const DAY_MS = 86_400_000;

describe('day numbers', () => {
  it('count from 1970-01-01, a Thursday', () => {
    expect(dayNumber(1970, 1, 1)).toBe(0);
    expect(dayNumber(1969, 12, 31)).toBe(-1);
    expect(dayNumber(2000, 3, 1)).toBe(11_017);
    expect(weekdayOfDayNumber(0)).toBe(4);
    expect(weekdayOfDayNumber(-1)).toBe(3);
    expect(isoDateOfDayNumber(0)).toBe('1970-01-01');
    expect(isoDateOfDayNumber(dayNumber(1, 1, 1))).toBe('0001-01-01');
  });

  it('agree with UTC milliseconds for every day of years 1000-9999 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(1000, 1, 1), max: dayNumber(9999, 12, 31) }), (n) => {
        const utc = new Date(n * DAY_MS);
        const text = utc.toISOString().slice(0, 10);
        expect(isoDateOfDayNumber(n)).toBe(text);
        expect(dayNumberOf(text as '2024-01-01')).toBe(n);
        expect(yearOfDayNumber(n)).toBe(utc.getUTCFullYear());
        expect(weekdayOfDayNumber(n)).toBe(utc.getUTCDay() || 7);
      }),
    );
  });

  it('refuse to write a year that does not fit YYYY', () => {
    expect(() => isoDateOfDayNumber(dayNumber(10_000, 1, 1))).toThrow(
      'The day falls in year 10000: dates are written YYYY-MM-DD, so years 0000 to 9999 only.',
    );
    expect(() => isoDateOfDayNumber(dayNumber(-1, 12, 31))).toThrow(RangeError);
  });
});
