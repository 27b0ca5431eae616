import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, DECISION_ID, ID } from '../../test/fixtures';
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
  decisionId: DECISION_ID,
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

  it('does not let a copy dated more than five minutes ahead outrank a real decision', () => {
    const real = pair(encodeConsent(decision(60, 3, false)));
    for (const minutesAhead of [5.1, 60, 23 * 60]) {
      const planted = pair(encodeConsent(decision(-minutesAhead, 3, true)));
      expect(latestConsentDecision(`${planted}; ${real}`, config, NOW)).toEqual(
        decision(60, 3, false),
      );
      expect(latestConsentDecision(`${real}; ${planted}`, config, NOW)).toEqual(
        decision(60, 3, false),
      );
    }
  });

  it('still reads a copy dated ahead when it is the only one, so a fast clock means no banner loop', () => {
    // A visitor whose clock runs two hours ahead decided in the browser; the server reads it.
    const ahead = decision(-120, 3, true);
    expect(latestConsentDecision(pair(encodeConsent(ahead)), config, NOW)).toEqual(ahead);
    // Of several copies all dated ahead, the latest.
    const further = decision(-180, 3, false);
    expect(
      latestConsentDecision(
        `${pair(encodeConsent(ahead))}; ${pair(encodeConsent(further))}`,
        config,
        NOW,
      ),
    ).toEqual(further);
    // Within five minutes ahead is ordinary clock drift: the latest copy wins as usual.
    const drift = decision(-4, 3, false);
    expect(
      latestConsentDecision(
        `${pair(encodeConsent(decision(60)))}; ${pair(encodeConsent(drift))}`,
        config,
        NOW,
      ),
    ).toEqual(drift);
  });

  it('reads a version 1 copy beside a version 2 one, the latest winning', () => {
    const seconds = Math.floor((NOW - 3_600_000) / 1000);
    const old = pair(`1.1.3.${seconds.toString(36)}.b.${ID}`);
    const newer = encodeConsent(decision(30, 3, false));
    expect(latestConsentDecision(`${old}; ${pair(newer)}`, config, NOW)?.analytical).toBe(false);
    expect(latestConsentDecision(old, config, NOW)).toMatchObject({
      analytical: true,
      decidedAt: new Date(seconds * 1000).toISOString(),
    });
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
