import type { ConsentConfig } from '../config/consent-config';
import type { ConsentChoice, ConsentDecision } from './consent-decision';
import { newConsentId } from './consent-id';

/**
 * The decision a choice makes now, as the browser manager and the server both store it: under
 * the current policy version, dated to the second (the cookie's precision), with the visitor's
 * earlier id or a new one. Two decisions in the same second share a time: a record store
 * keeps them apart by what they say and in the order it receives them.
 */
export function newDecision(
  config: ConsentConfig,
  {
    analytical,
    method = 'api',
    id,
  }: { [Key in keyof ConsentChoice]: ConsentChoice[Key] | undefined },
  now: number | Date = Date.now(),
): ConsentDecision {
  return {
    analytical: analytical === true,
    policyVersion: config.policyVersion,
    decidedAt: new Date(Math.floor(+now / 1000) * 1000).toISOString(),
    method,
    id: id ?? newConsentId(),
  };
}
