import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors/invalid-date-error';
import { firstDayOf, isPartialDate, lastDayOf, partialDate, precisionOf } from './partial-date';

describe('partialDate', () => {
  it('accepts a year, a month or a day', () => {
    expect(partialDate('2024')).toBe('2024');
    expect(partialDate('2024-03')).toBe('2024-03');
    expect(partialDate('2024-02-29')).toBe('2024-02-29');
  });

  it('refuses other forms, quoting the input and showing the three forms', () => {
    expect(() => partialDate('March 2024', 'published')).toThrow(
      'Invalid date "March 2024" for published: expected a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD',
    );
    for (const text of ['24', '2024-3', '2024-03-1', '2024/03', '2024-03-15T00:00', ' 2024', '']) {
      expect(() => partialDate(text), text).toThrow(InvalidDateError);
    }
  });

  it('refuses months and days that do not exist, saying why', () => {
    expect(() => partialDate('2024-13')).toThrow('there is no month 13');
    expect(() => partialDate('2024-00')).toThrow('there is no month 0');
    expect(() => partialDate('2023-02-29')).toThrow('February 2023 has 28 days');
  });

  it('is checked by isPartialDate without throwing', () => {
    expect(isPartialDate('2024-03')).toBe(true);
    expect(isPartialDate('2024-13')).toBe(false);
    expect(isPartialDate(2024)).toBe(false);
  });
});

describe('precisionOf', () => {
  it('says how precisely the date is known', () => {
    expect(precisionOf('2024')).toBe('year');
    expect(precisionOf('2024-03')).toBe('month');
    expect(precisionOf('2024-03-15')).toBe('day');
  });
});

describe('firstDayOf and lastDayOf', () => {
  it('give the first and last day a year or month can mean', () => {
    expect(firstDayOf('2024')).toBe('2024-01-01');
    expect(lastDayOf('2024')).toBe('2024-12-31');
    expect(firstDayOf('2024-03')).toBe('2024-03-01');
    expect(lastDayOf('2024-03')).toBe('2024-03-31');
    expect(lastDayOf('2024-04')).toBe('2024-04-30');
  });

  it('know February in leap and common years', () => {
    expect(lastDayOf('2024-02')).toBe('2024-02-29');
    expect(lastDayOf('2023-02')).toBe('2023-02-28');
    expect(lastDayOf('2000-02')).toBe('2000-02-29');
    expect(lastDayOf('1900-02')).toBe('1900-02-28');
  });

  it('return a day unchanged', () => {
    expect(firstDayOf('2024-03-15')).toBe('2024-03-15');
    expect(lastDayOf('2024-03-15')).toBe('2024-03-15');
  });

  it('name themselves when the input is bad', () => {
    expect(() => firstDayOf('2024-13' as '2024-12')).toThrow('for firstDayOf(date)');
    expect(() => lastDayOf('soon' as '2024')).toThrow('Invalid date "soon" for lastDayOf(date)');
  });

  it('bracket every day of the month or year it is in (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1000-01-01T00:00:00Z'),
          max: new Date('9999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          const day = instant.toISOString().slice(0, 10);
          const month = day.slice(0, 7) as '2024-01';
          const year = day.slice(0, 4) as '2024';
          expect(firstDayOf(month) <= day && day <= lastDayOf(month)).toBe(true);
          expect(firstDayOf(year) <= firstDayOf(month)).toBe(true);
          expect(lastDayOf(month) <= lastDayOf(year)).toBe(true);
          expect(firstDayOf(month).slice(0, 7)).toBe(month);
          expect(lastDayOf(month).slice(0, 7)).toBe(month);
        },
      ),
    );
  });
});
