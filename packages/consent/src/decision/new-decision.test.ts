import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, ID } from '../../test/fixtures';
import { decodeConsent, encodeConsent } from '../cookies/consent-cookie-format';
import { newDecision } from './new-decision';

const NOW = Date.parse('2026-03-01T12:00:00.400Z');

describe('newDecision', () => {
  it('dates a decision to the millisecond, under the current policy, with new ids unless given', () => {
    const decision = newDecision(
      config,
      { analytical: false, method: undefined, id: undefined },
      NOW,
    );
    expect(decision).toMatchObject({
      analytical: false,
      policyVersion: 3,
      decidedAt: '2026-03-01T12:00:00.400Z',
      method: 'api',
    });
    expect(decision.id).not.toBe(ID);
    expect(decision.decisionId).not.toBe(decision.id);
    expect(newDecision(config, { analytical: false, id: ID }, NOW).id).toBe(ID);
  });

  it('keeps the id of the decision it replaces and dates itself after it', () => {
    const first = newDecision(config, { analytical: true }, NOW);
    const second = newDecision(config, { analytical: false }, NOW, first);
    expect(second).toMatchObject({ id: first.id, decidedAt: '2026-03-01T12:00:00.401Z' });
    expect(second.decisionId).not.toBe(first.decisionId);
    // A clock that went back a little: still after.
    expect(newDecision(config, { analytical: true }, NOW - 50, second).decidedAt).toBe(
      '2026-03-01T12:00:00.402Z',
    );
    // Later on the clock: the clock's own time.
    expect(newDecision(config, { analytical: true }, NOW + 5000, second).decidedAt).toBe(
      '2026-03-01T12:00:05.400Z',
    );
  });

  it('does not follow a decision dated more than five minutes ahead, nor another visitor’s', () => {
    const ahead = { ...newDecision(config, { analytical: true }, NOW + 301_000) };
    expect(newDecision(config, { analytical: false }, NOW, ahead)).toMatchObject({
      id: ahead.id,
      decidedAt: '2026-03-01T12:00:00.400Z',
    });
    const near = newDecision(config, { analytical: true }, NOW + 299_000);
    expect(newDecision(config, { analytical: false }, NOW, near).decidedAt).toBe(
      '2026-03-01T12:04:59.401Z',
    );
    const other = newDecision(config, { analytical: true, id: ID }, NOW + 1000);
    expect(
      newDecision(
        config,
        { analytical: false, id: '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f' },
        NOW,
        other,
      ).decidedAt,
    ).toBe('2026-03-01T12:00:00.400Z');
  });

  it('always reads back as itself, at any moment (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('2000-01-01'), max: Date.parse('2099-12-31') }),
        fc.boolean(),
        (now, analytical) => {
          const next = newDecision(config, { analytical, method: 'banner', id: ID }, now);
          expect(decodeConsent(encodeConsent(next), config, now)).toEqual(next);
        },
      ),
    );
  });
});
