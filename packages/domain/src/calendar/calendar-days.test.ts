import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors/invalid-date-error';
import { addCalendarDays, calendarDaysBetween, isoWeekday } from './calendar-days';

describe('addCalendarDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addCalendarDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addCalendarDays('2024-03-15', 0)).toBe('2024-03-15');
  });

  it('is not fooled by the clock changes in London', () => {
    expect(addCalendarDays('2024-03-30', 1)).toBe('2024-03-31');
    expect(addCalendarDays('2024-03-31', 1)).toBe('2024-04-01');
    expect(addCalendarDays('2024-10-26', 2)).toBe('2024-10-28');
  });

  it('refuses bad input with errors that name it', () => {
    expect(() => addCalendarDays('2024-02-30', 1)).toThrow(InvalidDateError);
    expect(() => addCalendarDays('2024-02-30', 1)).toThrow('for addCalendarDays(date)');
    expect(() => addCalendarDays('2024-02-01', 1.5)).toThrow(
      'addCalendarDays(days) must be a whole number, e.g. 5 or -5; found 1.5.',
    );
    expect(() => addCalendarDays('2024-02-01', Number.NaN)).toThrow(RangeError);
  });

  it('is undone by calendarDaysBetween (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2200-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.integer({ min: -40_000, max: 40_000 }),
        (instant, days) => {
          const date = instant.toISOString().slice(0, 10) as '2024-01-01';
          expect(calendarDaysBetween(date, addCalendarDays(date, days))).toBe(days);
        },
      ),
    );
  });
});

describe('calendarDaysBetween', () => {
  it('is positive forwards and negative backwards', () => {
    expect(calendarDaysBetween('2024-12-20', '2024-12-31')).toBe(11);
    expect(calendarDaysBetween('2024-12-31', '2024-12-20')).toBe(-11);
    expect(calendarDaysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday('2024-12-16')).toBe(1);
    expect(isoWeekday('2024-12-20')).toBe(5);
    expect(isoWeekday('2024-12-22')).toBe(7);
    expect(isoWeekday('2000-01-01')).toBe(6);
  });
});
