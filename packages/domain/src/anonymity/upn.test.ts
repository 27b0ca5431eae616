import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidUpn } from './upn';

describe('isValidUpn', () => {
  it("accepts a UPN whose first letter is the DfE's modulus 23 check letter", () => {
    // 8×2 + 0×3 + 1×4 + 2×5 + 0×6 + 0×7 + 0×8 + 0×9 + 5×10 + 0×11 + 0×12 + 1×13 = 93;
    // 93 mod 23 = 1, the second of A–Z without I, O and S: B.
    expect(isValidUpn('B801200005001')).toBe(true);
    expect(isValidUpn('b801200005001')).toBe(true);
    expect(isValidUpn('A801200005001')).toBe(false);
    // 266 mod 23 = 13: P (A–H are 0–7, J–N 8–12, P 13).
    expect(isValidUpn('P207000016049')).toBe(true);
    expect(isValidUpn('Q207000016049')).toBe(false);
  });

  it("counts a temporary UPN's last letter by its place in A–Z without I, O and S", () => {
    // B80120000500 then C (2): 80 + 2×13 = 106; 106 mod 23 = 14: Q.
    expect(isValidUpn('Q80120000500C')).toBe(true);
    expect(isValidUpn('Q80120000500D')).toBe(false);
    expect(isValidUpn('Q80120000500I')).toBe(false);
  });

  it('refuses what has not the form of a UPN', () => {
    for (const text of ['I801200005001', 'B80120000500', 'B8012000050011', '1801200005001', '']) {
      expect(isValidUpn(text), text).toBe(false);
    }
  });

  it('has exactly one check letter for any twelve digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{12}$/), (digits) => {
        const valid = [...'ABCDEFGHJKLMNPQRTUVWXYZ'].filter((letter) =>
          isValidUpn(letter + digits),
        );
        expect(valid).toHaveLength(1);
      }),
    );
  });
});
