import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDaysBetween, isoWeekday } from '../calendar/calendar-days';
import type { IsoDate } from '../calendar/iso-date';
import { InvalidDateError } from '../errors/invalid-date-error';
import { UnsupportedYearError } from '../errors/unsupported-year-error';
import { bankHolidayYears } from './bank-holiday-years';
import { bankHolidaysIn } from './bank-holidays';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

// A plain day-by-day reference, independent of the constant-time index, to check it against.
const holidays = new Set<string>();
for (let year = bankHolidayYears.first; year <= bankHolidayYears.last; year++) {
  for (const holiday of bankHolidaysIn(year)) holidays.add(holiday.date);
}
const isWorkingDayByHand = (date: IsoDate) => isoWeekday(date) <= 5 && !holidays.has(date);

function addWorkingDaysByHand(date: IsoDate, n: number): IsoDate {
  let day = date;
  for (let left = Math.abs(n); left > 0; ) {
    day = addCalendarDays(day, Math.sign(n));
    if (isWorkingDayByHand(day)) left--;
  }
  return day;
}

function workingDaysBetweenByHand(from: IsoDate, to: IsoDate): number {
  let count = 0;
  if (from <= to) {
    for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
      if (isWorkingDayByHand(day)) count++;
    }
    return count;
  }
  for (let day = to; day < from; day = addCalendarDays(day, 1)) {
    if (isWorkingDayByHand(day)) count--;
  }
  return count;
}

/** Any day of the supported range. */
const supportedDay = fc
  .integer({ min: 0, max: calendarDaysBetween('1995-01-01', '2099-12-31') })
  .map((offset) => addCalendarDays('1995-01-01', offset));
/** Any day at least two years inside the range, so that a few hundred working days stay in it. */
const innerDay = fc
  .integer({ min: 0, max: calendarDaysBetween('1997-01-01', '2097-12-31') })
  .map((offset) => addCalendarDays('1997-01-01', offset));

describe('addWorkingDays', () => {
  it('counts 5 working days from Friday 20 December 2024 to Tuesday 31 December', () => {
    expect(addWorkingDays('2024-12-20', 5)).toBe('2024-12-31');
  });

  it('counts 15 working days from the same Friday to Wednesday 15 January 2025', () => {
    expect(addWorkingDays('2024-12-20', 15)).toBe('2025-01-15');
  });

  it('returns the date itself for n = 0, even on a weekend or holiday', () => {
    expect(addWorkingDays('2024-12-20', 0)).toBe('2024-12-20');
    expect(addWorkingDays('2024-12-21', 0)).toBe('2024-12-21');
    expect(addWorkingDays('2024-12-25', 0)).toBe('2024-12-25');
  });

  it('counts backwards for negative n, strictly before the date', () => {
    expect(addWorkingDays('2024-12-31', -5)).toBe('2024-12-20');
    expect(addWorkingDays('2024-12-27', -1)).toBe('2024-12-24');
    expect(addWorkingDays('2024-12-22', -1)).toBe('2024-12-20'); // from a Sunday
  });

  it('starts from the next working day when the date is a weekend or holiday', () => {
    expect(addWorkingDays('2024-12-21', 1)).toBe('2024-12-23');
    expect(addWorkingDays('2024-12-25', 1)).toBe('2024-12-27');
  });

  it('skips Easter, moved holidays and substitute days', () => {
    expect(addWorkingDays('2024-03-28', 1)).toBe('2024-04-02'); // Good Friday, Easter Monday
    expect(addWorkingDays('2020-05-07', 1)).toBe('2020-05-11'); // VE day Friday 8 May
    expect(addWorkingDays('2020-05-01', 1)).toBe('2020-05-04'); // 4 May was not a holiday
    expect(addWorkingDays('2022-06-01', 1)).toBe('2022-06-06'); // Platinum Jubilee
    expect(addWorkingDays('2021-12-24', 1)).toBe('2021-12-29'); // substitutes 27 and 28
    expect(addWorkingDays('1999-12-30', 1)).toBe('2000-01-04'); // millennium, New Year on Monday 3
  });

  it('agrees with counting day by day (property)', () => {
    fc.assert(
      fc.property(innerDay, fc.integer({ min: -400, max: 400 }), (date, n) => {
        expect(addWorkingDays(date, n)).toBe(addWorkingDaysByHand(date, n));
      }),
      { numRuns: 300 },
    );
  });

  it('lands on a working day strictly after (or before) the date (property)', () => {
    fc.assert(
      fc.property(innerDay, fc.integer({ min: -400, max: 400 }).filter(Boolean), (date, n) => {
        const answer = addWorkingDays(date, n);
        expect(isWorkingDay(answer)).toBe(true);
        expect(n > 0 ? answer > date : answer < date).toBe(true);
      }),
    );
  });

  it('goes as far as the data allows, in one step however large n is', () => {
    const total = workingDaysBetween('1995-01-01', '2099-12-31');
    expect(total).toBe(workingDaysBetweenByHand('1995-01-01' as IsoDate, '2099-12-31' as IsoDate));
    expect(addWorkingDays('1995-01-01', total)).toBe('2099-12-31');
    // Backwards the end day itself is not counted, so one step fewer reaches the first one.
    expect(addWorkingDays('2099-12-31', -(total - 1))).toBe('1995-01-03');
    expect(() => addWorkingDays('2099-12-31', -total)).toThrow(UnsupportedYearError);
    expect(addWorkingDays('2024-01-01', 2000)).toBe(
      addWorkingDaysByHand('2024-01-01' as IsoDate, 2000),
    );
  });

  it('refuses answers and dates outside the supported years with a RangeError that says the range', () => {
    expect(() => addWorkingDays('2099-12-30', 5)).toThrow(UnsupportedYearError);
    expect(() => addWorkingDays('2099-12-30', 5)).toThrow(
      'No England and Wales bank holidays for 2100 (5 working days after 2099-12-30): the supported range is 1995 to 2099',
    );
    expect(() => addWorkingDays('1995-01-03', -1)).toThrow(
      'No England and Wales bank holidays for 1994 (1 working days before 1995-01-03)',
    );
    expect(() => addWorkingDays('1994-12-30', 1)).toThrow(
      'No England and Wales bank holidays for 1994 (addWorkingDays(date) is 1994-12-30)',
    );
    expect(() => addWorkingDays('2024-01-01', 1e9)).toThrow(RangeError);
  });

  it('refuses bad input, naming it', () => {
    expect(() => addWorkingDays('20/12/2024' as '2024-12-20', 5)).toThrow(InvalidDateError);
    expect(() => addWorkingDays('20/12/2024' as '2024-12-20', 5)).toThrow(
      'Invalid date "20/12/2024" for addWorkingDays(date)',
    );
    expect(() => addWorkingDays('2024-12-20', 1.5)).toThrow(
      'addWorkingDays(n) must be a whole number, e.g. 5 or -5; found 1.5.',
    );
    expect(() => addWorkingDays('2024-12-20', Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => addWorkingDays('2024-12-20', '5' as unknown as number)).toThrow('found "5".');
  });
});

describe('workingDaysBetween', () => {
  it('counts the working days in (from, to], negative backwards', () => {
    expect(workingDaysBetween('2024-12-20', '2024-12-31')).toBe(5);
    expect(workingDaysBetween('2024-12-31', '2024-12-20')).toBe(-5);
    expect(workingDaysBetween('2024-12-20', '2025-01-15')).toBe(15);
    expect(workingDaysBetween('2024-12-20', '2024-12-20')).toBe(0);
    expect(workingDaysBetween('2024-12-21', '2024-12-22')).toBe(0);
    expect(workingDaysBetween('2024-12-22', '2024-12-21')).toBe(0);
  });

  it('is undone by addWorkingDays: workingDaysBetween(d, addWorkingDays(d, n)) === n (property)', () => {
    fc.assert(
      fc.property(innerDay, fc.integer({ min: -500, max: 500 }), (date, n) => {
        expect(workingDaysBetween(date, addWorkingDays(date, n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('holds the inverse over the whole range too (property)', () => {
    fc.assert(
      fc.property(supportedDay, fc.integer({ min: -30_000, max: 30_000 }), (date, n) => {
        let answer: IsoDate;
        try {
          answer = addWorkingDays(date, n);
        } catch (error) {
          expect(error).toBeInstanceOf(UnsupportedYearError);
          return;
        }
        expect(workingDaysBetween(date, answer)).toBe(n);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with counting day by day (property)', () => {
    fc.assert(
      fc.property(innerDay, fc.integer({ min: -600, max: 600 }), (from, span) => {
        const to = addCalendarDays(from, span);
        expect(workingDaysBetween(from, to)).toBe(workingDaysBetweenByHand(from, to));
      }),
      { numRuns: 300 },
    );
  });

  it('adds up over consecutive spans (property)', () => {
    fc.assert(
      fc.property(innerDay, fc.nat(365), fc.nat(365), (a, x, y) => {
        const b = addCalendarDays(a, x);
        const c = addCalendarDays(b, y);
        expect(workingDaysBetween(a, b) + workingDaysBetween(b, c)).toBe(workingDaysBetween(a, c));
      }),
    );
  });

  it('refuses dates outside the supported years, naming which', () => {
    expect(() => workingDaysBetween('2024-01-01', '2100-01-01')).toThrow(
      'No England and Wales bank holidays for 2100 (workingDaysBetween(to) is 2100-01-01)',
    );
  });
});

describe('isWorkingDay', () => {
  it('is false on weekends and bank holidays, true otherwise', () => {
    expect(isWorkingDay('2024-12-20')).toBe(true);
    expect(isWorkingDay('2024-12-21')).toBe(false);
    expect(isWorkingDay('2024-12-22')).toBe(false);
    expect(isWorkingDay('2024-12-25')).toBe(false);
    expect(isWorkingDay('2024-12-26')).toBe(false);
    expect(isWorkingDay('2024-12-27')).toBe(true);
    expect(isWorkingDay('2023-05-08')).toBe(false); // the Coronation
  });

  it('agrees with weekday and holiday list on every supported day (property)', () => {
    fc.assert(
      fc.property(supportedDay, (date) => {
        expect(isWorkingDay(date)).toBe(isWorkingDayByHand(date));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses unsupported years', () => {
    expect(() => isWorkingDay('1990-01-02')).toThrow(UnsupportedYearError);
  });
});
