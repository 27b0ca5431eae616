import { describe, expect, it } from 'vitest';
import { newConsentId } from './consent-id';

describe('newConsentId', () => {
  it('makes version 4 UUIDs in lower case', () => {
    for (let count = 0; count < 200; count++) {
      expect(newConsentId()).toMatch(
        /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/,
      );
    }
  });

  it('makes a different id every time', () => {
    const ids = new Set(Array.from({ length: 1000 }, newConsentId));
    expect(ids.size).toBe(1000);
  });

  it('uses every hex digit in the random positions', () => {
    const digits = new Set(Array.from({ length: 200 }, newConsentId).join('').replace(/-/g, ''));
    expect(digits.size).toBe(16);
  });
});
