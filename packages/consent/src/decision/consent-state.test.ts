import { describe, expect, it } from 'vitest';
import { config, DECISION_ID, ID } from '../../test/fixtures';
import { defineConsentConfig } from '../config/define-consent-config';
import type { ConsentDecision } from './consent-decision';
import { allows, consentStateFor } from './consent-state';

const decision = (analytical: boolean, policyVersion = 3): ConsentDecision => ({
  analytical,
  policyVersion,
  decidedAt: '2026-02-05T09:30:00.000Z',
  method: 'preferences',
  id: ID,
  decisionId: DECISION_ID,
});
const exemption = defineConsentConfig({ policyVersion: 3, mode: 'statistical-exemption' });
const ignoresGpc = defineConsentConfig({ policyVersion: 3, respectGpc: false });

describe('consentStateFor', () => {
  it('is undecided with analytics off before any decision (opt-in)', () => {
    expect(consentStateFor(config, undefined, false)).toEqual({
      decided: false,
      necessary: true,
      analytical: false,
      policyVersion: 3,
    });
  });

  it('is undecided with analytics on under the statistical exemption', () => {
    expect(consentStateFor(exemption, undefined, false)).toMatchObject({
      decided: false,
      analytical: true,
    });
  });

  it('reports a stored decision for the current policy with its proof', () => {
    expect(consentStateFor(config, decision(true), false)).toEqual({
      decided: true,
      necessary: true,
      analytical: true,
      policyVersion: 3,
      decidedAt: '2026-02-05T09:30:00.000Z',
      method: 'preferences',
      id: ID,
      decisionId: DECISION_ID,
    });
  });

  it('treats a decision for an older (or unknown newer) policy as undecided', () => {
    expect(consentStateFor(config, decision(true, 2), false)).toEqual(
      consentStateFor(config, undefined, false),
    );
    expect(consentStateFor(config, decision(true, 4), false).decided).toBe(false);
  });

  it('keeps an earlier objection under the statistical exemption until the visitor decides again', () => {
    expect(consentStateFor(exemption, decision(false, 2), false)).toMatchObject({
      decided: false,
      analytical: false,
    });
    expect(consentStateFor(exemption, decision(true, 2), false)).toMatchObject({
      decided: false,
      analytical: true,
    });
  });

  it('reads a GPC signal as a decision against analytics when nothing is stored', () => {
    expect(consentStateFor(config, undefined, true)).toEqual({
      decided: true,
      necessary: true,
      analytical: false,
      policyVersion: 3,
      method: 'gpc',
    });
    expect(consentStateFor(exemption, undefined, true)).toMatchObject({
      analytical: false,
      method: 'gpc',
    });
    expect(consentStateFor(config, decision(true, 2), true)).toMatchObject({ method: 'gpc' });
  });

  it('lets the visitor’s own stored decision win over GPC', () => {
    expect(consentStateFor(config, decision(true), true)).toMatchObject({
      analytical: true,
      method: 'preferences',
    });
  });

  it('ignores GPC when the site says so', () => {
    expect(consentStateFor(ignoresGpc, undefined, true)).toMatchObject({
      decided: false,
      analytical: false,
    });
  });

  it('returns frozen snapshots with necessary always on', () => {
    for (const state of [
      consentStateFor(config, undefined, false),
      consentStateFor(config, undefined, true),
      consentStateFor(config, decision(false), false),
    ]) {
      expect(Object.isFrozen(state)).toBe(true);
      expect(state.necessary).toBe(true);
    }
  });
});

describe('allows', () => {
  it('always allows necessary storage and follows the state for analytics', () => {
    const refused = consentStateFor(config, decision(false), false);
    const accepted = consentStateFor(config, decision(true), false);
    expect(allows(refused, 'necessary')).toBe(true);
    expect(allows(refused, 'analytical')).toBe(false);
    expect(allows(accepted, 'analytical')).toBe(true);
  });

  it('allows no unknown category, whatever the page asks for', () => {
    const accepted = consentStateFor(config, decision(true), false);
    expect(allows(accepted, 'marketing' as never)).toBe(false);
    expect(allows(accepted, '__proto__' as never)).toBe(false);
  });
});
