import { describe, expect, it } from 'vitest';
import { isValidIsbn10, isValidIsbn13 } from './isbn';

describe('ISBN check digits', () => {
  it('accepts ISBN-10s whose weighted sum is a multiple of 11, X standing for 10', () => {
    expect(isValidIsbn10('0306406152')).toBe(true);
    expect(isValidIsbn10('0306406157')).toBe(false);
    expect(isValidIsbn10('080442957X')).toBe(true);
    expect(isValidIsbn10('X306406152')).toBe(false);
  });

  it('accepts ISBN-13s starting 978 or 979 whose 1-3 weighted sum is a multiple of 10', () => {
    expect(isValidIsbn13('9780306406157')).toBe(true);
    expect(isValidIsbn13('9780306406158')).toBe(false);
    expect(isValidIsbn13('1230306406157')).toBe(false);
  });
});
