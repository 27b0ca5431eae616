// What every ConsentRecordStore must do, run against each of them (memory, SQLite,
// PostgreSQL): the same tests, so the three behave alike.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newConsentId } from '../src/decision/consent-id';
import type { ConsentRecord } from '../src/decision/consent-record';
import {
  ConsentRecordConflictError,
  ConsentRecordError,
  ConsentRecordStoreError,
} from '../src/records/consent-record-errors';
import type { ConsentRecordStore, StoredConsentRecord } from '../src/records/consent-record-store';
import { simulateVisitors, visitorsArbitrary } from './visitor-simulation';

const DAY = 864e5;
const T0 = Date.parse('2026-03-01T12:00:00.000Z');

/** A record of a fresh visitor, or of `id`, decided `offsetMs` after T0. */
export function record(overrides: Partial<ConsentRecord> = {}, offsetMs = 0): ConsentRecord {
  return {
    necessary: true,
    analytical: true,
    policyVersion: 3,
    decidedAt: new Date(T0 + offsetMs).toISOString(),
    method: 'banner',
    id: newConsentId(),
    decisionId: newConsentId(),
    ...overrides,
  };
}

const decisionOf = ({
  source: _source,
  receivedAt: _receivedAt,
  ...decision
}: StoredConsentRecord) => decision;

/**
 * The contract. `open` gives a store of its own to each test (empty, or at least without
 * these tests' random visitor ids); `propertyRuns` bounds the property test for slower stores.
 */
export function describeRecordStore(
  name: string,
  open: () => Promise<ConsentRecordStore>,
  { propertyRuns = 100 }: { readonly propertyRuns?: number } = {},
): void {
  describe(`${name}: the ConsentRecordStore contract`, () => {
    it('adds a decision once: the same decision again is a duplicate', async () => {
      const store = await open();
      try {
        const first = record();
        const before = await store.count();
        expect(await store.add(first, { source: 'beacon' })).toBe('added');
        expect(await store.add(first, { source: 'form' })).toBe('duplicate');
        expect(await store.add({ ...first }, { source: 'beacon', receivedAt: new Date() })).toBe(
          'duplicate',
        );
        expect(await store.count()).toBe(before + 1);
        const [kept] = await store.forVisitor(first.id);
        expect(kept).toEqual({ ...first, source: 'beacon', receivedAt: expect.any(String) });
      } finally {
        await store.close();
      }
    });

    it('keeps distinct decisions made in the same millisecond by the same visitor', async () => {
      const store = await open();
      try {
        const id = newConsentId();
        const three = [true, false, true].map((analytical) => record({ id, analytical }));
        for (const each of three) expect(await store.add(each, { source: 'form' })).toBe('added');
        expect((await store.forVisitor(id)).map((each) => each.decisionId).sort()).toEqual(
          three.map((each) => each.decisionId).sort(),
        );
      } finally {
        await store.close();
      }
    });

    it('refuses a different decision under a decision id it keeps, keeping the first', async () => {
      const store = await open();
      try {
        const first = record();
        await store.add(first, { source: 'form' });
        await expect(
          store.add({ ...first, analytical: false }, { source: 'beacon' }),
        ).rejects.toThrow(ConsentRecordConflictError);
        expect((await store.forVisitor(first.id)).map(decisionOf)).toEqual([first]);
      } finally {
        await store.close();
      }
    });

    it('refuses a malformed record or option, naming the field, and keeps nothing', async () => {
      const store = await open();
      try {
        const before = await store.count();
        const cases: [unknown, unknown, string][] = [
          [{ ...record(), decidedAt: '2026-03-01' }, { source: 'form' }, 'decidedAt'],
          [{ ...record(), decisionId: 'x' }, { source: 'form' }, 'decisionId'],
          [{ ...record(), id: "'; DROP TABLE x; --" }, { source: 'form' }, 'id'],
          [{ ...record(), method: 'gpc' }, { source: 'form' }, 'method'],
          [{ ...record(), necessary: false }, { source: 'form' }, 'necessary'],
          [{ ...record(), policyVersion: 0 }, { source: 'form' }, 'policyVersion'],
          [{ ...record(), analytical: 'yes' }, { source: 'form' }, 'analytical'],
          [null, { source: 'form' }, 'record'],
          [record(), { source: 'email' }, 'source'],
          [record(), undefined, 'source'],
          [record(), { source: 'form', receivedAt: 'soon' }, 'receivedAt'],
        ];
        for (const [bad, options, field] of cases) {
          const error = await store
            .add(bad as ConsentRecord, options as { source: 'form' })
            .catch((thrown: unknown) => thrown);
          expect(error).toBeInstanceOf(ConsentRecordError);
          expect((error as ConsentRecordError).field).toBe(field);
        }
        expect(await store.count()).toBe(before);
      } finally {
        await store.close();
      }
    });

    it('gives a visitor’s records newest first, bounded, and before a time when asked', async () => {
      const store = await open();
      try {
        const id = newConsentId();
        const made = [5, 1, 4, 2, 3].map((minutes) =>
          record({ id, analytical: minutes % 2 === 0 }, minutes * 60_000),
        );
        for (const each of made) await store.add(each, { source: 'beacon' });
        await store.add(record(), { source: 'beacon' });
        const newestFirst = [...made].sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : -1));
        expect((await store.forVisitor(id)).map(decisionOf)).toEqual(newestFirst);
        expect((await store.forVisitor(id, { limit: 2 })).map(decisionOf)).toEqual(
          newestFirst.slice(0, 2),
        );
        expect(
          (await store.forVisitor(id, { before: new Date(T0 + 3 * 60_000) })).map(decisionOf),
        ).toEqual(newestFirst.slice(3));
        expect(await store.forVisitor(newConsentId())).toEqual([]);
        await expect(store.forVisitor('x')).rejects.toThrow(ConsentRecordError);
        await expect(store.forVisitor(id, { limit: 0 })).rejects.toThrow(ConsentRecordError);
      } finally {
        await store.close();
      }
    });

    it('exports oldest first within [from, to), page after page', async () => {
      const store = await open();
      try {
        // Far from the other tests' times, so only these fall in the window.
        const base = 40 * 365 * DAY;
        const id = newConsentId();
        const made = Array.from({ length: 1203 }, (_, index) =>
          record({ id, analytical: index % 3 === 0 }, base + Math.floor(index / 2) * 1000),
        );
        for (const each of made) await store.add(each, { source: 'import' });
        const exported: StoredConsentRecord[] = [];
        for await (const each of store.export({
          from: new Date(T0 + base),
          to: new Date(T0 + base + 600 * 1000),
        }))
          exported.push(each);
        const expected = made
          .filter((each) => Date.parse(each.decidedAt) < T0 + base + 600 * 1000)
          .sort((a, b) =>
            a.decidedAt === b.decidedAt
              ? a.decisionId < b.decisionId
                ? -1
                : 1
              : a.decidedAt < b.decidedAt
                ? -1
                : 1,
          );
        expect(exported.map(decisionOf)).toEqual(expected);
        expect(() => store.export({ from: 'last week' })).toThrow(ConsentRecordError);
      } finally {
        await store.close();
      }
    });

    it('purges the records decided before a time, never the future', async () => {
      const store = await open();
      try {
        const id = newConsentId();
        // Decided long ago (1990s), so a purge here touches no other test's records.
        const old = [record({ id }, -33 * 365 * DAY), record({ id }, -33 * 365 * DAY + 1000)];
        const kept = record({ id });
        for (const each of [...old, kept]) await store.add(each, { source: 'form' });
        const before = await store.count();
        expect(await store.purge({ before: new Date(T0 - 32 * 365 * DAY) })).toBe(2);
        expect(await store.count()).toBe(before - 2);
        expect((await store.forVisitor(id)).map(decisionOf)).toEqual([kept]);
        await expect(store.purge({ before: new Date(Date.now() + DAY) })).rejects.toThrow(
          /must not be in the future/,
        );
        await expect(store.purge({ before: 'soon' })).rejects.toThrow(ConsentRecordError);
      } finally {
        await store.close();
      }
    });

    it('keeps 50 concurrent decisions, each posted twice, once each', async () => {
      const store = await open();
      try {
        const id = newConsentId();
        const made = Array.from({ length: 50 }, (_, index) =>
          record({ id, analytical: index % 2 === 0 }, index),
        );
        const results = await Promise.all(
          [...made, ...made].map((each, index) =>
            store.add(each, { source: index < 50 ? 'form' : 'beacon' }),
          ),
        );
        expect(results.filter((result) => result === 'added')).toHaveLength(50);
        expect(results.filter((result) => result === 'duplicate')).toHaveLength(50);
        expect(await store.forVisitor(id, { limit: 1000 })).toHaveLength(50);
      } finally {
        await store.close();
      }
    });

    it('refuses every call once closed', async () => {
      const store = await open();
      await store.close();
      await store.close();
      await expect(store.add(record(), { source: 'form' })).rejects.toThrow(
        ConsentRecordStoreError,
      );
      await expect(store.count()).rejects.toThrow(/closed/);
    });

    it('holds exactly the distinct decisions, the newest equal to the cookie, whatever the interleaving (property)', async () => {
      const store = await open();
      try {
        await fc.assert(
          fc.asyncProperty(visitorsArbitrary, async (plan) => {
            const outcome = await simulateVisitors(plan, store);
            for (const visitor of outcome.visitors) {
              const kept = await store.forVisitor(visitor.id, { limit: 1000 });
              expect(kept.map((each) => each.decisionId).sort()).toEqual(
                visitor.decisions.map((each) => each.decisionId).sort(),
              );
              expect(kept[0] && decisionOf(kept[0])).toEqual(
                visitor.cookieDecision && { ...visitor.cookieDecision, necessary: true },
              );
            }
          }),
          { numRuns: propertyRuns },
        );
      } finally {
        await store.close();
      }
    });
  });
}
