import type { ConsentDecision } from './consent-decision';

/**
 * Proof of one consent decision, handed to an `onRecord` hook in the browser and on the
 * server each time a decision is stored: who (a random id, never personal data), when, what
 * was chosen, under which policy version and how. Sites keep these to show that consent was
 * given, as the ICO expects.
 */
export interface ConsentRecord extends ConsentDecision {
  readonly necessary: true;
}

/** The record of a stored decision. */
export function consentRecord(decision: ConsentDecision): ConsentRecord {
  return { ...decision, necessary: true };
}
