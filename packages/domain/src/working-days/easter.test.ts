import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, isoDateOfDayNumber, weekdayOfDayNumber } from '../calendar/day-number';
import { easterSunday } from './easter';

describe('easterSunday', () => {
  it('gives the known dates of Western Easter', () => {
    const known: Record<number, string> = {
      1995: '1995-04-16',
      2000: '2000-04-23',
      2008: '2008-03-23',
      2011: '2011-04-24',
      2019: '2019-04-21',
      2024: '2024-03-31',
      2025: '2025-04-20',
      2038: '2038-04-25',
      2285: '2285-03-22',
    };
    for (const [year, date] of Object.entries(known)) {
      expect(isoDateOfDayNumber(easterSunday(Number(year)))).toBe(date);
    }
  });

  it('is always a Sunday between 22 March and 25 April (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1583, max: 9999 }), (year) => {
        const easter = easterSunday(year);
        expect(weekdayOfDayNumber(easter)).toBe(7);
        expect(easter).toBeGreaterThanOrEqual(dayNumber(year, 3, 22));
        expect(easter).toBeLessThanOrEqual(dayNumber(year, 4, 25));
      }),
    );
  });
});
