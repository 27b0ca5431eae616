import { describe, expect, it } from 'vitest';
import { isAllocatedNiNumber } from './ni-number';

describe('isAllocatedNiNumber', () => {
  it('accepts two allowed prefix letters, six digits and a suffix A–D, in any spacing', () => {
    for (const text of [
      'AB123456C',
      'AB 12 34 56 C',
      'ab 123456 d',
      'JG-10-37-95-A',
      'ZY123456A',
    ]) {
      expect(isAllocatedNiNumber(text), text).toBe(true);
    }
  });

  it('refuses the letters never used in a prefix, the unallocated prefixes and other suffixes', () => {
    for (const first of 'DFIQUV')
      expect(isAllocatedNiNumber(`${first}A123456A`), first).toBe(false);
    for (const second of 'DFIOQUV') {
      expect(isAllocatedNiNumber(`A${second}123456A`), second).toBe(false);
    }
    for (const prefix of ['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']) {
      expect(isAllocatedNiNumber(`${prefix}123456A`), prefix).toBe(false);
    }
    expect(isAllocatedNiNumber('QQ123456C')).toBe(false);
    expect(isAllocatedNiNumber('AB123456E')).toBe(false);
    expect(isAllocatedNiNumber('AB12345C')).toBe(false);
  });
});
