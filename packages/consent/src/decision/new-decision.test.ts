import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, ID } from '../../test/fixtures';
import { decodeConsent, encodeConsent } from '../cookies/consent-cookie-format';
import { newDecision } from './new-decision';

const NOW = Date.parse('2026-03-01T12:00:00.400Z');

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
