import type { ConsentCategory, ConsentConfig } from '../config/consent-config';
import type { ConsentDecision, DecisionMethod } from './consent-decision';

/**
 * A snapshot of what the visitor allows. Necessary storage is always on. Until the visitor
 * decides (`decided: false`), analytical follows the mode: off when opting in, on under the
 * statistical exemption (unless the visitor objected under an earlier policy version: an
 * objection stands). A Global Privacy Control signal counts as a decision against analytics
 * (`method: 'gpc'`) until the visitor stores one of their own.
 */
export type ConsentState =
  | {
      readonly decided: false;
      readonly necessary: true;
      readonly analytical: boolean;
      readonly policyVersion: number;
      readonly method?: undefined;
      readonly id?: undefined;
      readonly decisionId?: undefined;
      readonly decidedAt?: undefined;
    }
  | {
      readonly decided: true;
      readonly necessary: true;
      readonly analytical: false;
      readonly policyVersion: number;
      readonly method: 'gpc';
      readonly id?: undefined;
      readonly decisionId?: undefined;
      readonly decidedAt?: undefined;
    }
  | {
      readonly decided: true;
      readonly necessary: true;
      readonly analytical: boolean;
      readonly policyVersion: number;
      readonly method: DecisionMethod;
      readonly id: string;
      readonly decisionId: string;
      readonly decidedAt: string;
    };

/**
 * The one rule both the browser and the server apply: a stored decision counts only for the
 * current policy version; without one, a GPC signal means "no" (if the site respects it), and
 * otherwise the mode's default holds, except that under the statistical exemption an earlier
 * objection keeps analytics off until the visitor decides again.
 */
export function consentStateFor(
  config: Pick<ConsentConfig, 'policyVersion' | 'respectGpc' | 'mode'>,
  decision: ConsentDecision | undefined,
  gpc: boolean,
): ConsentState {
  const base = { necessary: true, policyVersion: config.policyVersion } as const;
  return Object.freeze(
    decision?.policyVersion === config.policyVersion
      ? { ...base, decided: true, ...decision }
      : gpc && config.respectGpc
        ? { ...base, decided: true, analytical: false, method: 'gpc' }
        : {
            ...base,
            decided: false,
            analytical: config.mode === 'statistical-exemption' && decision?.analytical !== false,
          },
  );
}

/** Whether a state allows a category: necessary always, analytical as the state says. */
export function allows(state: ConsentState, category: ConsentCategory): boolean {
  return category === 'necessary' || (category === 'analytical' && state.analytical);
}
