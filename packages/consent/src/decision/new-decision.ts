import type { ConsentConfig } from '../config/consent-config';
import type { ConsentChoice, ConsentDecision } from './consent-decision';
import { newConsentId } from './consent-id';

/** How far ahead of now a new decision may be dated to come after the one it replaces. */
const AHEAD_MS = 3e5;

/**
 * The decision a choice makes now, as the browser manager and the server both store it: under
 * the current policy version, dated to the millisecond, with a new decision id, and with the
 * visitor's id from the choice, else from the decision it replaces, else a new one.
 *
 * A decision comes strictly after the one it replaces (`previous`, of the same visitor): in
 * the same millisecond, or when the clock went back a little, it is dated a millisecond
 * after it, so "the newest decision" always means the last one made. A previous decision
 * dated more than five minutes ahead is not followed (its clock, or its author, is wrong).
 */
export function newDecision(
  config: ConsentConfig,
  {
    analytical,
    method = 'api',
    id,
  }: { [Key in keyof ConsentChoice]: ConsentChoice[Key] | undefined },
  now: number | Date = Date.now(),
  previous?: ConsentDecision,
): ConsentDecision {
  const visitor = id ?? previous?.id ?? newConsentId();
  const after = previous?.id === visitor ? Date.parse(previous.decidedAt) + 1 : 0;
  return {
    analytical: analytical === true,
    policyVersion: config.policyVersion,
    decidedAt: new Date(after > +now && after <= +now + AHEAD_MS ? after : +now).toISOString(),
    method,
    id: visitor,
    decisionId: newConsentId(),
  };
}
