import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors/invalid-date-error';
import { formatPartialDate } from './format-partial-date';

describe('formatPartialDate', () => {
  it('says a date in words, no more precisely than it is known', () => {
    expect(formatPartialDate('2024-03-05')).toBe('5 March 2024');
    expect(formatPartialDate('2024-07')).toBe('July 2024');
    expect(formatPartialDate('2024')).toBe('2024');
    expect(formatPartialDate('2024-12-31')).toBe('31 December 2024');
  });

  it('refuses what is not a date', () => {
    expect(() => formatPartialDate('2024-13' as never)).toThrow(InvalidDateError);
  });
});
