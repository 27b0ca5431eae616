import { defineConsentConfig } from '../src/config/define-consent-config';
import { consentStateFor } from '../src/decision/consent-state';
import { config, DECISION_ID, ID } from './fixtures';

/** The states the UI draws, for the fixture configuration (policy version 3). */
const stored = (analytical: boolean) =>
  consentStateFor(
    config,
    {
      analytical,
      policyVersion: 3,
      decidedAt: '2026-02-05T09:30:00.000Z',
      method: 'banner',
      id: ID,
      decisionId: DECISION_ID,
    },
    false,
  );
export const undecided = consentStateFor(config, undefined, false);
export const accepted = stored(true);
export const rejected = stored(false);
export const gpc = consentStateFor(config, undefined, true);

/** The fixture's policy under the statistical-purposes exemption. */
export const exemption = defineConsentConfig({ policyVersion: 3, mode: 'statistical-exemption' });
