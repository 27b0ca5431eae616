import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors/invalid-date-error';
import { daysInMonth, isIsoDate, isLeapYear, isoDate } from './iso-date';

describe('isoDate', () => {
  it('accepts real calendar days, including 29 February in leap years', () => {
    expect(isoDate('2024-03-15')).toBe('2024-03-15');
    expect(isoDate('2024-02-29')).toBe('2024-02-29');
    expect(isoDate('2000-02-29')).toBe('2000-02-29');
  });

  it('refuses days that do not exist, saying why', () => {
    expect(() => isoDate('2023-02-29')).toThrow(InvalidDateError);
    expect(() => isoDate('2023-02-29')).toThrow('February 2023 has 28 days');
    expect(() => isoDate('1900-02-29')).toThrow('February 1900 has 28 days');
    expect(() => isoDate('2024-04-31')).toThrow('April 2024 has 30 days');
    expect(() => isoDate('2024-13-01')).toThrow('there is no month 13');
    expect(() => isoDate('2024-00-10')).toThrow('there is no month 0');
  });

  it('quotes the input and shows the expected form', () => {
    expect(() => isoDate('15/03/2024')).toThrow(
      'Invalid date "15/03/2024": expected a real calendar day written as YYYY-MM-DD',
    );
  });

  it('refuses near-misses of the form', () => {
    for (const text of ['2024-3-15', '2024-03-15T00:00:00Z', ' 2024-03-15', '20240315', '']) {
      expect(() => isoDate(text), text).toThrow(InvalidDateError);
    }
  });

  it('truncates very long hostile input in the message', () => {
    expect(() => isoDate('x'.repeat(10_000))).toThrow(/^Invalid date "x{40}…": expected/);
  });

  it('names what the date was for when told', () => {
    expect(() => isoDate('2024-13-01', 'published')).toThrow(
      'Invalid date "2024-13-01" for published (there is no month 13): expected',
    );
    try {
      isoDate('nope', 'today');
    } catch (error) {
      expect(error).toMatchObject({ name: 'InvalidDateError', input: 'nope', label: 'today' });
    }
    expect.assertions(2);
  });

  it('describes non-string input by type instead of crashing', () => {
    expect(() => isoDate(42 as unknown as string)).toThrow('Invalid date 42: expected');
  });

  it('agrees with the Gregorian calendar for every day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1, 0, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          expect(isIsoDate(text)).toBe(true);
        },
      ),
    );
  });
});

describe('isIsoDate', () => {
  it('answers without throwing, for any value', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02')).toBe(false);
    expect(isIsoDate(20240229)).toBe(false);
    expect(isIsoDate(null)).toBe(false);
  });
});

describe('daysInMonth and isLeapYear', () => {
  it('follow the Gregorian rules for centuries', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2024, 9)).toBe(30);
    expect(daysInMonth(2024, 12)).toBe(31);
  });
});
