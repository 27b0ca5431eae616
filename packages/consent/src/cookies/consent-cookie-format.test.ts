import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, DECISION_ID, ID } from '../../test/fixtures';
import { defineConsentConfig } from '../config/define-consent-config';
import type { ConsentDecision } from '../decision/consent-decision';
import { decodeConsent, encodeConsent } from './consent-cookie-format';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const DAY = 864e5;
const decision: ConsentDecision = {
  analytical: true,
  policyVersion: 3,
  decidedAt: '2026-02-05T09:30:00.250Z',
  method: 'banner',
  id: ID,
  decisionId: DECISION_ID,
};

/** Decisions from the last year, to the millisecond, as the manager and the server make them. */
const decisions = fc.record({
  analytical: fc.boolean(),
  policyVersion: fc.integer({ min: 1, max: 999_999_999 }),
  decidedAt: fc
    .integer({ min: NOW - 364 * DAY, max: NOW })
    .map((time) => new Date(time).toISOString()),
  method: fc.constantFrom(
    'banner' as const,
    'preferences' as const,
    'form' as const,
    'api' as const,
  ),
  id: fc.uuid({ version: 4 }),
  decisionId: fc.uuid({ version: 4 }),
});

/** A version 1 value, as the package wrote it before decision ids: time in seconds. */
const version1 = (analytical: boolean, seconds: number, letter = 'b', policyVersion = 3) =>
  `1.${+analytical}.${policyVersion}.${seconds.toString(36)}.${letter}.${ID}`;

describe('the consent cookie format', () => {
  it('is the documented seven dot-separated fields, the time in milliseconds', () => {
    expect(encodeConsent(decision)).toBe(
      `2.1.3.${Date.parse(decision.decidedAt).toString(36)}.b.${ID}.${DECISION_ID}`,
    );
    expect(encodeConsent({ ...decision, analytical: false, method: 'form' })).toMatch(
      /^2\.0\.3\.[\da-z]+\.f\./,
    );
  });

  it('reads back what it writes (property)', () => {
    fc.assert(
      fc.property(decisions, (original) => {
        expect(decodeConsent(encodeConsent(original), config, NOW)).toEqual(original);
      }),
    );
  });

  it('writes only characters a cookie carries without escaping, in at most 111 (property)', () => {
    fc.assert(
      fc.property(decisions, (original) => {
        const value = encodeConsent(original);
        expect(value).toMatch(/^[\da-z.-]+$/);
        expect(encodeURIComponent(value)).toBe(value);
        expect(value.length).toBeLessThanOrEqual(111);
      }),
    );
  });

  it('refuses to write a decision it could not read back', () => {
    const bad: Partial<Record<keyof ConsentDecision, unknown>>[] = [
      { analytical: 'yes' },
      { policyVersion: 0 },
      { policyVersion: 2.5 },
      { decidedAt: '2026-02-05T09:30:00Z' },
      { decidedAt: 'yesterday' },
      { method: 'gpc' },
      { method: undefined },
      { id: 'not-a-uuid' },
      { id: ID.toUpperCase() },
      { decisionId: undefined },
      { decisionId: `${DECISION_ID}x` },
      { decisionId: 'x; Domain=evil.example' },
    ];
    for (const change of bad) {
      expect(() => encodeConsent({ ...decision, ...change } as ConsentDecision)).toThrow(
        /^Cannot encode the consent decision .*: expected \{ analytical: boolean, policyVersion: 1 or more, decidedAt: ISO time to the millisecond, method: banner\|preferences\|form\|api, id: lower-case UUID, decisionId: lower-case UUID \}\.$/,
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
    ['an unknown format version', value.replace(/^2\./, '3.')],
    ['version 2 without its decision id', value.slice(0, -37)],
    ['version 1 with a decision id', value.replace(/^2\./, '1.')],
    ['an unknown method', value.replace('.b.', '.g.')],
    ['an analytical flag other than 0 or 1', value.replace(/^2\.1\./, '2.2.')],
    ['a policy version of 0', value.replace(/^2\.1\.3\./, '2.1.0.')],
    ['a policy version with a leading zero', value.replace(/^2\.1\.3\./, '2.1.03.')],
    ['a shortened decision id', value.slice(0, -1)],
    ['an id in upper case', value.replace(ID, ID.toUpperCase())],
    ['an extra field', `${value}.1`],
    ['surrounding spaces', ` ${value}`],
    ['JSON', JSON.stringify(decision)],
    ['over 1 KB', `${value}${' '.repeat(1025)}`],
  ])('reads no decision from %s', (_, tampered) => {
    expect(decodeConsent(tampered, config, NOW)).toBeUndefined();
  });

  it('reads no decision once the cookie lifetime is over', () => {
    const decidedAt = Date.parse(decision.decidedAt);
    const lifetime = 365 * DAY;
    expect(decodeConsent(value, config, decidedAt + lifetime - 1)).toEqual(decision);
    expect(decodeConsent(value, config, decidedAt + lifetime)).toBeUndefined();
  });

  it('gives an acceptance and a refusal their own lifetimes when configured', () => {
    const split = defineConsentConfig({
      policyVersion: 3,
      cookie: { maxAgeDays: { accepted: 365, refused: 180 } },
    });
    const decidedAt = Date.parse(decision.decidedAt);
    const refusal = encodeConsent({ ...decision, analytical: false });
    expect(decodeConsent(refusal, split, decidedAt + 180 * DAY - 1)?.analytical).toBe(false);
    expect(decodeConsent(refusal, split, decidedAt + 180 * DAY)).toBeUndefined();
    expect(decodeConsent(value, split, decidedAt + 180 * DAY)?.analytical).toBe(true);
    expect(decodeConsent(value, split, decidedAt + 365 * DAY)).toBeUndefined();
  });

  it('reads no decision dated in the future, beyond a day of clock difference', () => {
    const decidedAt = Date.parse(decision.decidedAt);
    expect(decodeConsent(value, config, decidedAt - DAY)).toEqual(decision);
    expect(decodeConsent(value, config, decidedAt - DAY - 1)).toBeUndefined();
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
      .array(fc.constantFrom('1', '2', '0', '.', '-', 'a', 'b', 'f', 'z', '9', 'ff'), {
        maxLength: 120,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(almost, (text) => {
        const read = decodeConsent(text, config, NOW);
        // Only a complete, well-formed value can say yes.
        if (read?.analytical)
          expect(text).toMatch(
            /^(1\.1\.[1-9]\d*\.[\da-z]+\.[bpfa]\.[\da-f-]{36}|2\.1\.[1-9]\d*\.[\da-z]+\.[bpfa]\.[\da-f-]{36}\.[\da-f-]{36})$/,
          );
      }),
    );
  });
});

describe('a version 1 cookie (before decision ids)', () => {
  const seconds = Math.floor(Date.parse('2026-02-05T09:30:00Z') / 1000);

  it('still reads, dated to its second, with a decision id derived from its fields', () => {
    expect(decodeConsent(version1(true, seconds), config, NOW)).toEqual({
      analytical: true,
      policyVersion: 3,
      decidedAt: '2026-02-05T09:30:00.000Z',
      method: 'banner',
      id: ID,
      // The time in hex, the visitor's id from its ninth character, method and choice (b, yes).
      decisionId: `${seconds.toString(16)}${ID.slice(8, 35)}1`,
    });
  });

  it('reads with the same decision id every time, and a different one for every other decision', () => {
    const read = (text: string) => decodeConsent(text, config, NOW)?.decisionId;
    expect(read(version1(true, seconds))).toBe(read(version1(true, seconds)));
    const variants = [
      version1(true, seconds),
      version1(false, seconds),
      version1(true, seconds + 1),
      version1(true, seconds, 'p'),
      version1(false, seconds, 'f'),
      version1(true, seconds, 'a'),
    ];
    const ids = variants.map(read);
    expect(new Set(ids).size).toBe(variants.length);
    for (const id of ids) expect(id).toMatch(/^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/);
  });

  it('keeps version 1 rules: whole seconds, the same lifetime and clock checks', () => {
    expect(
      decodeConsent(version1(true, seconds), config, seconds * 1000 + 365 * DAY),
    ).toBeUndefined();
    expect(
      decodeConsent(version1(true, seconds), config, seconds * 1000 - DAY - 1),
    ).toBeUndefined();
  });
});
