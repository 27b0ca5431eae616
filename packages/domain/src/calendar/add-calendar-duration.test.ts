import { add, type Duration } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDurationError } from '../errors/invalid-duration-error';
import { addCalendarDuration } from './add-calendar-duration';

describe('addCalendarDuration', () => {
  it('clamps to the end of a shorter month, as date-fns does', () => {
    expect(addCalendarDuration('2024-02-29', { years: 1 })).toBe('2025-02-28');
    expect(addCalendarDuration('2024-02-29', { years: 4 })).toBe('2028-02-29');
    expect(addCalendarDuration('2024-08-31', { months: 6 })).toBe('2025-02-28');
    expect(addCalendarDuration('2024-01-31', { months: 1 })).toBe('2024-02-29');
    expect(addCalendarDuration('2024-03-31', { months: -1 })).toBe('2024-02-29');
  });

  it('adds years and months before weeks and days', () => {
    expect(addCalendarDuration('2024-01-31', { months: 1, days: 1 })).toBe('2024-03-01');
    expect(addCalendarDuration('2024-03-15', { years: 1, weeks: 2, days: 1 })).toBe('2025-03-30');
    expect(addCalendarDuration('2024-03-15', {})).toBe('2024-03-15');
  });

  it('refuses parts that are not whole calendar units, naming the part', () => {
    expect(() => addCalendarDuration('2024-03-15', { hours: 24 } as never)).toThrow(
      InvalidDurationError,
    );
    expect(() => addCalendarDuration('2024-03-15', { hours: 24 } as never)).toThrow(
      'Invalid duration {"hours":24} for addCalendarDuration(duration) (hours are not calendar days): expected whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }.',
    );
    expect(() => addCalendarDuration('2024-03-15', { months: 0.5 })).toThrow(
      '(months is 0.5, not a whole number)',
    );
    expect(() => addCalendarDuration('2024-03-15', { days: Number.NaN })).toThrow(
      '(days is NaN, not a whole number)',
    );
    expect(() => addCalendarDuration('2024-03-15', { years: Infinity })).toThrow(
      '(years is Infinity, not a whole number)',
    );
    expect(() => addCalendarDuration('2024-03-15', { weeks: '2' as never })).toThrow(
      '(weeks is "2", not a whole number)',
    );
    expect(() => addCalendarDuration('2024-03-15', null as never)).toThrow(
      'Invalid duration null for addCalendarDuration(duration) (not an object)',
    );
    // A date-fns Duration fits the type, and its zero clock parts are accepted.
    const fromDateFns: Duration = { years: 1, hours: 0 };
    expect(addCalendarDuration('2024-03-15', fromDateFns)).toBe('2025-03-15');
  });

  it('refuses a misspelt or unknown part rather than counting it as zero', () => {
    expect(() => addCalendarDuration('2024-03-15', { yeras: 1 } as never)).toThrow(
      new InvalidDurationError(
        { yeras: 1 },
        '"yeras" is not a part of a duration',
        'addCalendarDuration(duration)',
      ),
    );
    expect(() => addCalendarDuration('2024-03-15', { yeras: 1 } as never)).toThrow(
      'Invalid duration {"yeras":1} for addCalendarDuration(duration) ("yeras" is not a part of a duration): expected whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }.',
    );
    for (const duration of [{ Months: 6 }, { month: 6 }, { years: 1, day: 2 }, [6]]) {
      expect(() => addCalendarDuration('2024-03-15', duration as never)).toThrow(
        InvalidDurationError,
      );
    }
  });

  it('leaves out parts set to undefined, as date-fns does', () => {
    const duration = { years: 1, months: undefined } as unknown as Duration;
    expect(addCalendarDuration('2024-03-15', duration)).toBe('2025-03-15');
  });

  it('gives the day date-fns add() gives from local noon, in every time zone (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2000, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.record({
          years: fc.integer({ min: -5, max: 5 }),
          months: fc.integer({ min: -30, max: 30 }),
          weeks: fc.integer({ min: -10, max: 10 }),
          days: fc.integer({ min: -400, max: 400 }),
        }),
        (year, month, dayWanted, duration) => {
          const day = Math.min(dayWanted, new Date(Date.UTC(year, month, 0)).getUTCDate());
          const text = `${year}-${pad(month)}-${pad(day)}` as '2024-01-01';
          const local = add(new Date(year, month - 1, day, 12), duration);
          const expected = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
          expect(addCalendarDuration(text, duration)).toBe(expected);
        },
      ),
    );
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
