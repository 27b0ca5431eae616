import { describe, expect, it } from 'vitest';
import { isoDateSchema, partialDateSchema } from './date-schemas';

describe('isoDateSchema', () => {
  it('passes real days through', () => {
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });

  it('reports a bad day with the reason and the expected form, at its path', () => {
    const result = isoDateSchema.safeParse('2023-02-29');
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        message:
          'Invalid date "2023-02-29" (February 2023 has 28 days): expected a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15".',
      }),
    ]);
    expect(isoDateSchema.safeParse(20240229).success).toBe(false);
  });
});

describe('partialDateSchema', () => {
  it('accepts years, months and days, and refuses the rest', () => {
    expect(partialDateSchema.parse('2024')).toBe('2024');
    expect(partialDateSchema.parse('2024-03')).toBe('2024-03');
    const result = partialDateSchema.safeParse('March 2024');
    expect(result.error?.issues[0]?.message).toContain('expected a year, month or day');
  });
});
