import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidNhsNumber } from './nhs-number';

describe('isValidNhsNumber', () => {
  it('accepts numbers whose tenth digit is the modulus 11 check digit', () => {
    // 943 476 5919, the example NHS Digital uses: 9×10 + 4×9 + 3×8 + 4×7 + 7×6 + 6×5 + 5×4 +
    // 9×3 + 1×2 = 299; 299 mod 11 = 2; 11 − 2 = 9.
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('takes a check value of 11 as 0, and never issues a check value of 10', () => {
    // 100 000 006: sum 1×10 + 6×2 = 22, 22 mod 11 = 0, check 11 → 0.
    expect(isValidNhsNumber('1000000060')).toBe(true);
    expect(isValidNhsNumber('1000000061')).toBe(false);
    // 123 456 789: sum 210, 210 mod 11 = 1, check 10: no valid number starts so.
    for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`123456789${last}`)).toBe(false);
  });

  it('refuses anything but ten digits', () => {
    for (const text of ['943476591', '94347659190', '943 476 5919', 'abcdefghij', '']) {
      expect(isValidNhsNumber(text)).toBe(false);
    }
  });

  it('has exactly one valid check digit for nine digits, or none', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{9}$/), (nine) => {
        const valid = [...'0123456789'].filter((d) => isValidNhsNumber(nine + d));
        expect(valid.length).toBeLessThanOrEqual(1);
      }),
    );
  });
});
