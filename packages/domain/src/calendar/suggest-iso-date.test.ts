import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from './calendar-days';
import { formatPartialDate } from './format-partial-date';
import { suggestIsoDate } from './suggest-iso-date';

describe('suggestIsoDate', () => {
  it('reads UK-style dates day first', () => {
    expect(suggestIsoDate('31/03/2024')).toBe('2024-03-31');
    expect(suggestIsoDate('3/4/2024')).toBe('2024-04-03');
    expect(suggestIsoDate('31-03-2024')).toBe('2024-03-31');
    expect(suggestIsoDate('31.03.24')).toBe('2024-03-31');
    expect(suggestIsoDate(' 5 March 2024 ')).toBe('2024-03-05');
    expect(suggestIsoDate('1st Mar 2024')).toBe('2024-03-01');
  });

  it('reads month first only when day first is no real day', () => {
    expect(suggestIsoDate('03/31/2024')).toBe('2024-03-31');
    expect(suggestIsoDate('31/31/2024')).toBeUndefined();
    expect(suggestIsoDate('29/02/2023')).toBeUndefined();
  });

  it('gives a month for a month, unless only a day will do', () => {
    expect(suggestIsoDate('March 2024')).toBe('2024-03');
    expect(suggestIsoDate('03/2024')).toBe('2024-03');
    expect(suggestIsoDate('March 2024', { allowMonth: false })).toBeUndefined();
  });

  it('suggests nothing for what is no date', () => {
    for (const text of [
      'tomorrow',
      '2024-03-31',
      '',
      'Smarch 2024',
      '13/2024',
      42,
      'x'.repeat(1000),
    ]) {
      expect(suggestIsoDate(text)).toBeUndefined();
    }
  });

  it('gives back every day written the UK way (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), (offset) => {
        const day = addCalendarDays('1995-01-01', offset);
        const [year, month, date] = day.split('-');
        expect(suggestIsoDate(`${date}/${month}/${year}`)).toBe(day);
        expect(suggestIsoDate(formatPartialDate(day))).toBe(day);
      }),
    );
  });
});
