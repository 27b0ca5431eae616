import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, ID } from '../../test/fixtures';
import { decodeConsent, encodeConsent } from '../cookies/consent-cookie-format';
import { newDecision } from './new-decision';

const NOW = Date.parse('2026-03-01T12:00:00.400Z');
const earlier = (decidedAt: string) =>
  ({ analytical: true, policyVersion: 2, decidedAt, method: 'banner', id: ID }) as const;

describe('newDecision', () => {
  it('dates a decision to the second, under the current policy, with a new id unless given', () => {
    const decision = newDecision(
      config,
      { analytical: false, method: undefined, id: undefined },
      NOW,
    );
    expect(decision).toMatchObject({
      analytical: false,
      policyVersion: 3,
      decidedAt: '2026-03-01T12:00:00.000Z',
      method: 'api',
    });
    expect(decision.id).not.toBe(ID);
  });

  it('dates a change of mind within the same second a second after the decision it replaces', () => {
    const choice = { analytical: false, method: 'form', id: ID } as const;
    expect(newDecision(config, choice, NOW, earlier('2026-03-01T12:00:00.000Z')).decidedAt).toBe(
      '2026-03-01T12:00:01.000Z',
    );
    expect(newDecision(config, choice, NOW, earlier('2026-02-01T12:00:00.000Z')).decidedAt).toBe(
      '2026-03-01T12:00:00.000Z',
    );
  });

  it('always comes after the decision it replaces, and always reads back, whatever the clocks', () => {
    fc.assert(
      fc.property(fc.integer({ min: -86_400, max: 86_400 }), (offset) => {
        const before = encodeConsent(
          earlier(new Date(Math.floor(NOW / 1000) * 1000 + offset * 1000).toISOString()),
        );
        const previous = decodeConsent(before, config, NOW);
        const next = newDecision(
          config,
          { analytical: true, method: 'banner', id: ID },
          NOW,
          previous,
        );
        expect(decodeConsent(encodeConsent(next), config, NOW)).toEqual(next);
        if (offset < 86_399) expect(next.decidedAt > (previous?.decidedAt ?? '')).toBe(true);
      }),
    );
  });
});
