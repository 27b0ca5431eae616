import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, ID } from '../../test/fixtures';
import type { ConsentDecision } from '../decision/consent-decision';
import { encodeConsent } from './consent-cookie-format';
import { latestConsentDecision } from './latest-consent-decision';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const decision = (minutesAgo: number, policyVersion = 3, analytical = true): ConsentDecision => ({
  analytical,
  policyVersion,
  decidedAt: new Date(NOW - minutesAgo * 60_000).toISOString(),
  method: 'banner',
  id: ID,
});
const pair = (value: string) => `ddscp_consent=${value}`;

describe('latestConsentDecision', () => {
  it('reads nothing from no header, an empty one or one without the consent cookie', () => {
    for (const header of [undefined, null, '', '_ga=1; ddscp_consentx=1', 'ddscp_consent'])
      expect(latestConsentDecision(header, config, NOW)).toBeUndefined();
  });

  it('skips malformed copies and copies of other cookies that end in its name', () => {
    const valid = encodeConsent(decision(5));
    expect(
      latestConsentDecision(
        `x_ddscp_consent=${encodeConsent(decision(1))}; ${pair('garbage')}; ${pair(valid)}; ${pair(`"${valid}"`)}`,
        config,
        NOW,
      ),
    ).toEqual(decision(5));
  });

  it('keeps, of two decided in the same second, the copy sent first (the most specific path)', () => {
    const older = pair(encodeConsent(decision(5, 2)));
    const current = pair(encodeConsent(decision(5, 3, false)));
    expect(latestConsentDecision(`${older}; ${current}`, config, NOW)?.policyVersion).toBe(2);
    expect(latestConsentDecision(`${current}; ${older}`, config, NOW)?.policyVersion).toBe(3);
  });

  it('reads a consent cookie that comes after 16 KiB of other cookies in the browser', () => {
    const others = Array.from({ length: 20 }, (_, index) => `big${index}=${'x'.repeat(1000)}`);
    const header = [...others, pair(encodeConsent(decision(5)))].join('; ');
    expect(latestConsentDecision(header, config, NOW)).toEqual(decision(5));
  });

  it('returns the latest decodable copy, in any order and among any garbage', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 300 * 24 * 60 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
        fc.nat(),
        (ages, junk, seed) => {
          const copies = [...ages.map((age) => encodeConsent(decision(age))), ...junk]
            .map(pair)
            .sort((a, b) => ((a.length * 31 + seed) % 7) - ((b.length * 31 + seed) % 7));
          expect(latestConsentDecision(copies.join('; '), config, NOW)).toEqual(
            decision(Math.min(...ages)),
          );
        },
      ),
    );
  });
});
