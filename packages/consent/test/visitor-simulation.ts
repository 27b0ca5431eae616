// Visitors deciding, changing their minds and reporting it, for the property tests of the
// record stores: decisions made in the browser (as the manager makes them) or by the
// no-JavaScript form (consentSetCookie), in the same millisecond or not, delivered by the form,
// the beacon (handleConsentReport) or both, replayed and in any order.
import fc from 'fast-check';
import { expect } from 'vitest';
import { consentCookieValue } from '../src/cookies/consent-cookie-format';
import { latestConsentDecision } from '../src/cookies/latest-consent-decision';
import type { ConsentDecision } from '../src/decision/consent-decision';
import { type ConsentRecord, consentRecord } from '../src/decision/consent-record';
import { newDecision } from '../src/decision/new-decision';
import type { ConsentRecordStore } from '../src/records/consent-record-store';
import { handleConsentReport } from '../src/records/handle-consent-report';
import { consentSetCookie } from '../src/server/consent-set-cookie';
import { config } from './fixtures';

const SITE = 'https://www.example.gov.uk';
const T0 = Date.parse('2026-03-01T12:00:00.000Z');

const action = fc.record({
  visitor: fc.nat({ max: 2 }),
  choice: fc.constantFrom('accept' as const, 'reject' as const, 'withdraw' as const),
  /** How far the clock moves before this decision: often not at all. */
  step: fc.constantFrom(0, 0, 0, 1, 7, 1000, 86_400_000),
  madeBy: fc.constantFrom('browser' as const, 'form' as const),
  deliveredBy: fc.constantFrom('form' as const, 'beacon' as const, 'both' as const),
});

/** A plan: what the visitors do, which deliveries are replayed, and the order they arrive in. */
export const visitorsArbitrary = fc.record({
  actions: fc.array(action, { minLength: 1, maxLength: 12 }),
  replays: fc.array(fc.nat(), { maxLength: 6 }),
  shuffle: fc.array(fc.nat(), { minLength: 30, maxLength: 30 }),
});

type Plan = typeof visitorsArbitrary extends fc.Arbitrary<infer T> ? T : never;

type Delivery =
  | { readonly by: 'form'; readonly record: ConsentRecord }
  | {
      readonly by: 'beacon';
      readonly record: ConsentRecord;
      readonly cookie: string;
      readonly now: number;
    };

/** Carries out a plan against a store; returns each visitor's decisions and final cookie. */
export async function simulateVisitors(plan: Plan, store: ConsentRecordStore) {
  let now = T0;
  const visitors = [0, 1, 2].map(() => ({ cookie: '', decisions: [] as ConsentRecord[] }));
  const deliveries: Delivery[] = [];
  for (const { visitor: which, choice, step, madeBy, deliveredBy } of plan.actions) {
    now += step;
    const visitor = visitors[which] as (typeof visitors)[number];
    const analytical = choice === 'accept';
    let record: ConsentRecord | undefined;
    if (madeBy === 'form') {
      const header = consentSetCookie(
        config,
        { analytical },
        {
          request: visitor.cookie,
          now,
          onRecord: (made) => {
            record = made;
          },
        },
      );
      visitor.cookie = header.split(';')[0] as string;
    } else {
      // As the browser manager does: after the decision it replaces, in the cookie, then reported.
      const previous = latestConsentDecision(visitor.cookie, config, now);
      const method = choice === 'withdraw' ? 'preferences' : 'banner';
      const decision = newDecision(config, { analytical, method }, now, previous);
      visitor.cookie = `${config.cookie.name}=${consentCookieValue(decision)}`;
      record = consentRecord(decision);
    }
    const made = record as ConsentRecord;
    visitor.decisions.push(made);
    if (deliveredBy !== 'beacon') deliveries.push({ by: 'form', record: made });
    if (deliveredBy !== 'form')
      deliveries.push({ by: 'beacon', record: made, cookie: visitor.cookie, now });
  }
  for (const replay of plan.replays)
    deliveries.push(deliveries[replay % deliveries.length] as Delivery);
  // Fisher–Yates with the plan's numbers: any order at all.
  for (let index = deliveries.length - 1; index > 0; index--) {
    const other = (plan.shuffle[index % plan.shuffle.length] as number) % (index + 1);
    [deliveries[index], deliveries[other]] = [
      deliveries[other] as Delivery,
      deliveries[index] as Delivery,
    ];
  }
  for (const delivery of deliveries) {
    if (delivery.by === 'form') {
      expect(['added', 'duplicate']).toContain(
        await store.add(delivery.record, { source: 'form' }),
      );
    } else {
      const response = await handleConsentReport(
        new Request(`${SITE}/consent-records`, {
          method: 'POST',
          headers: {
            cookie: delivery.cookie,
            'content-type': 'text/plain;charset=UTF-8',
            origin: SITE,
            'sec-fetch-site': 'same-origin',
          },
          body: JSON.stringify(delivery.record),
        }),
        store,
        { config, now: delivery.now },
      );
      expect(response.status, await response.clone().text()).toBe(204);
    }
  }
  return {
    visitors: visitors
      .filter((visitor) => visitor.decisions.length > 0)
      .map((visitor) => ({
        id: (visitor.decisions[0] as ConsentRecord).id,
        decisions: visitor.decisions,
        cookieDecision: latestConsentDecision(visitor.cookie, config, now) as
          | ConsentDecision
          | undefined,
      })),
  };
}
