/**
 * How a decision was made: on the `'banner'`, on the cookies page (`'preferences'`), by the
 * no-JavaScript `'form'` on the server, or by the site's own code (`'api'`). Kept with the
 * decision as part of the proof of consent.
 */
export type DecisionMethod = 'banner' | 'preferences' | 'form' | 'api';

/**
 * How the current state came about: a stored {@link DecisionMethod}, or `'gpc'` when a
 * Global Privacy Control signal said "no" and nothing was stored.
 */
export type ConsentMethod = DecisionMethod | 'gpc';

/**
 * A visitor's stored decision: what the consent cookie holds (see `encodeConsent`).
 * `decidedAt` is an ISO 8601 UTC time to the millisecond; `id` a random UUID that stays the
 * same when the visitor changes their mind, so a site's records show one visitor's history;
 * `decisionId` a random UUID of this decision alone, so a record store keeps every decision
 * exactly once, however often and by whatever path it arrives.
 */
export interface ConsentDecision {
  readonly analytical: boolean;
  readonly policyVersion: number;
  readonly decidedAt: string;
  readonly method: DecisionMethod;
  readonly id: string;
  readonly decisionId: string;
}

/**
 * A choice about to be stored: whether analytics is allowed, how it was made, and the id of
 * the visitor's earlier decision if there is one (a new id is made otherwise).
 */
export interface ConsentChoice {
  readonly analytical: boolean;
  readonly method?: DecisionMethod;
  readonly id?: string;
}
