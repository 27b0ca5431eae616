import { describe, expect, it } from 'vitest';
import { lifetimeInWords } from './lifetime';

const NOW = 1_800_000_000;
const DAY = 86_400;

describe('lifetimeInWords', () => {
  it.each([
    [undefined, 'session'],
    [-1, 'session'],
    [NOW + 30, '1 minute'],
    [NOW + 45 * 60, '45 minutes'],
    [NOW + 30 * 3600, '30 hours'],
    [NOW + 28 * DAY, '28 days'],
    [NOW + 182 * DAY, '6 months'],
    [NOW + 365 * DAY, '1 year'],
    [NOW + 400 * DAY, '1.1 years'],
    [NOW + 730 * DAY, '2 years'],
    [NOW - 10, '1 minute'],
  ])('%s seconds → %s', (expires, words) => {
    expect(lifetimeInWords(expires, NOW)).toBe(words);
  });
});
