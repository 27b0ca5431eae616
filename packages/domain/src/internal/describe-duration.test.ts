import { describe, expect, it } from 'vitest';
import { describeDuration } from './describe-duration';

describe('describeDuration', () => {
  it('says a duration in words, singular or plural', () => {
    expect(describeDuration({ months: 6 })).toBe('6 months');
    expect(describeDuration({ years: 1 })).toBe('1 year');
    expect(describeDuration({ years: 1, days: 2 })).toBe('1 year and 2 days');
    expect(describeDuration({ years: 2, months: 1, weeks: 1 })).toBe('2 years, 1 month and 1 week');
    expect(describeDuration({})).toBe('0 days');
  });
});
