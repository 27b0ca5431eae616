import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, ID } from '../../test/fixtures';
import type { ConsentDecision } from '../decision/consent-decision';
import { decodeConsent, encodeConsent } from './consent-cookie-format';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 864e5;
const decision: ConsentDecision = {
  analytical: true,
  policyVersion: 3,
  decidedAt: '2026-02-05T09:30:00.000Z',
  method: 'banner',
  id: ID,
};

/** Decisions from the last year, to the second, as the manager and the server make them. */
const decisions = fc.record({
  analytical: fc.boolean(),
  policyVersion: fc.integer({ min: 1, max: 999_999_999 }),
  decidedAt: fc
    .integer({ min: Math.floor((NOW - 364 * DAY) / 1000), max: Math.floor(NOW / 1000) })
    .map((seconds) => new Date(seconds * 1000).toISOString()),
  method: fc.constantFrom(
    'banner' as const,
    'preferences' as const,
    'form' as const,
    'api' as const,
  ),
  id: fc.uuid({ version: 4 }),
});

describe('the consent cookie format', () => {
  it('is the documented six dot-separated fields', () => {
    expect(encodeConsent(decision)).toBe(
      `1.1.3.${(Date.parse(decision.decidedAt) / 1000).toString(36)}.b.${ID}`,
    );
    expect(encodeConsent({ ...decision, analytical: false, method: 'form' })).toMatch(
      /^1\.0\.3\.[\da-z]+\.f\./,
    );
  });

  it('reads back what it writes (property)', () => {
    fc.assert(
      fc.property(decisions, (original) => {
        expect(decodeConsent(encodeConsent(original), config, NOW)).toEqual(original);
      }),
    );
  });

  it('writes only characters a cookie carries without escaping (property)', () => {
    fc.assert(
      fc.property(decisions, (original) => {
        const value = encodeConsent(original);
        expect(value).toMatch(/^[\da-z.-]+$/);
        expect(encodeURIComponent(value)).toBe(value);
      }),
    );
  });

  it('refuses to write a decision it could not read back', () => {
    const bad: Partial<Record<keyof ConsentDecision, unknown>>[] = [
      { analytical: 'yes' },
      { policyVersion: 0 },
      { policyVersion: 2.5 },
      { decidedAt: '2026-02-05T09:30:00.123Z' },
      { decidedAt: 'yesterday' },
      { method: 'gpc' },
      { method: undefined },
      { id: 'not-a-uuid' },
      { id: ID.toUpperCase() },
    ];
    for (const change of bad) {
      expect(() => encodeConsent({ ...decision, ...change } as ConsentDecision)).toThrow(
        /^Cannot encode the consent decision .*: expected \{ analytical: boolean, policyVersion: 1 or more, decidedAt: ISO time in whole seconds, method: banner\|preferences\|form\|api, id: lower-case UUID \}\.$/,
      );
    }
  });
});

describe('decodeConsent', () => {
  const value = encodeConsent(decision);

  it('reads a decision within its lifetime', () => {
    expect(decodeConsent(value, config, NOW)).toEqual(decision);
  });

  it('reads no decision from a missing or non-string value', () => {
    for (const missing of [undefined, null, '', 42, {}, [value]]) {
      expect(decodeConsent(missing, config, NOW)).toBeUndefined();
    }
  });

  it.each([
    ['another format version', value.replace(/^1\./, '2.')],
    ['an unknown method', value.replace('.b.', '.g.')],
    ['an analytical flag other than 0 or 1', value.replace(/^1\.1\./, '1.2.')],
    ['a policy version of 0', value.replace(/^1\.1\.3\./, '1.1.0.')],
    ['a policy version with a leading zero', value.replace(/^1\.1\.3\./, '1.1.03.')],
    ['a shortened id', value.slice(0, -1)],
    [
      'an id in upper case',
      value.toUpperCase().replace(/^1\.1\.3\.[^.]+\.B/, (head) => head.toLowerCase()),
    ],
    ['an extra field', `${value}.1`],
    ['surrounding spaces', ` ${value}`],
    ['JSON', JSON.stringify(decision)],
    ['over 1 KB', `${value}${' '.repeat(1025)}`],
  ])('reads no decision from %s', (_, tampered) => {
    expect(decodeConsent(tampered, config, NOW)).toBeUndefined();
  });

  it('reads no decision once the cookie lifetime is over', () => {
    const decidedAt = Date.parse(decision.decidedAt);
    const lifetime = config.cookie.maxAgeDays * DAY;
    expect(decodeConsent(value, config, decidedAt + lifetime - 1000)).toEqual(decision);
    expect(decodeConsent(value, config, decidedAt + lifetime)).toBeUndefined();
  });

  it('reads no decision dated in the future, beyond a day of clock difference', () => {
    const decidedAt = Date.parse(decision.decidedAt);
    expect(decodeConsent(value, config, decidedAt - DAY)).toEqual(decision);
    expect(decodeConsent(value, config, decidedAt - DAY - 1000)).toBeUndefined();
  });

  it('accepts the time as a Date too', () => {
    expect(decodeConsent(value, config, new Date(NOW))).toEqual(decision);
  });

  it('returns a decision for an older policy version as it is (the state decides what it means)', () => {
    expect(
      decodeConsent(encodeConsent({ ...decision, policyVersion: 1 }), config, NOW)?.policyVersion,
    ).toBe(1);
  });

  it('never throws and never grants analytics for arbitrary strings (property)', () => {
    fc.assert(
      fc.property(
        // Long text of any printable kind, and shorter text of any code point at all (binary
        // strings are slow to generate, not to decode).
        fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 200 })),
        (text) => {
          expect(decodeConsent(text, config, NOW)?.analytical).not.toBe(true);
        },
      ),
    );
  });

  it('never throws and never grants analytics for strings shaped almost like a cookie (property)', () => {
    const almost = fc
      .array(fc.constantFrom('1', '0', '.', '-', 'a', 'b', 'f', 'z', '9', 'ff'), { maxLength: 80 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(almost, (text) => {
        const read = decodeConsent(text, config, NOW);
        // Only a complete, well-formed value can say yes.
        if (read?.analytical)
          expect(text).toMatch(/^1\.1\.[1-9]\d*\.[\da-z]+\.[bpfa]\.[\da-f-]{36}$/);
      }),
    );
  });
});
