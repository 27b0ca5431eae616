import type { ConsentConfig } from '../config/consent-config';
import type { ConsentChoice, ConsentDecision } from './consent-decision';
import { newConsentId } from './consent-id';

/**
 * The decision a choice makes now, as the browser manager and the server both store it: under
 * the current policy version, dated to the second (the cookie's precision), with the visitor's
 * earlier id or a new one. It is dated at least a second after the decision it replaces
 * (`after`), so a change of mind within the same second still comes later: readers keep the
 * latest copy of the cookie, and proof of consent keeps the order of a visitor's decisions.
 */
export function newDecision(
  config: ConsentConfig,
  {
    analytical,
    method = 'api',
    id,
  }: { [Key in keyof ConsentChoice]: ConsentChoice[Key] | undefined },
  now: number | Date = Date.now(),
  after?: ConsentDecision,
): ConsentDecision {
  const time = Math.floor(+now / 1000) * 1000;
  return {
    analytical: analytical === true,
    policyVersion: config.policyVersion,
    // At most a day ahead: as far as a reader accepts, for clocks that differ.
    decidedAt: new Date(
      after ? Math.max(time, Math.min(Date.parse(after.decidedAt) + 1000, time + 864e5)) : time,
    ).toISOString(),
    method,
    id: id ?? newConsentId(),
  };
}
