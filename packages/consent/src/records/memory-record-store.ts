import type { ConsentRecordStore, StoredConsentRecord } from './consent-record-store';
import { recordStore } from './record-store';

/**
 * A {@link ConsentRecordStore} in memory, for tests and examples: the same behaviour as the
 * database stores (idempotent by decision id, newest first, paged exports), kept for as long
 * as the process runs.
 *
 * @example
 * const store = createMemoryRecordStore();
 * await store.add(record, { source: 'beacon' }); // 'added'
 * await store.add(record, { source: 'form' }); // 'duplicate'
 */
export function createMemoryRecordStore(): ConsentRecordStore {
  const byDecision = new Map<string, StoredConsentRecord>();
  /** In the order received, for "newest first" between decisions of the same millisecond. */
  const received: StoredConsentRecord[] = [];
  const inOrder = (a: StoredConsentRecord, b: StoredConsentRecord) =>
    a.decidedAt < b.decidedAt
      ? -1
      : a.decidedAt > b.decidedAt
        ? 1
        : a.decisionId < b.decisionId
          ? -1
          : a.decisionId > b.decisionId
            ? 1
            : 0;
  return recordStore({
    where: 'in memory',
    async insert(record) {
      const kept = byDecision.get(record.decisionId);
      if (kept) return kept;
      byDecision.set(record.decisionId, record);
      received.push(record);
      return 'added';
    },
    async forVisitor(id, limit, before) {
      const mine: StoredConsentRecord[] = [];
      for (let index = received.length - 1; index >= 0; index--) {
        const record = received[index] as StoredConsentRecord;
        if (record.id === id && (before === undefined || record.decidedAt < before))
          mine.push(record);
      }
      // A stable sort: among decisions of the same millisecond, the one received last first.
      return mine
        .sort((a, b) => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0))
        .slice(0, limit);
    },
    async page(after, from, to, size) {
      return [...byDecision.values()]
        .filter(
          (record) =>
            (from === undefined || record.decidedAt >= from) &&
            (to === undefined || record.decidedAt < to) &&
            (after === undefined || inOrder(record, after as StoredConsentRecord) > 0),
        )
        .sort(inOrder)
        .slice(0, size);
    },
    async purge(before) {
      let deleted = 0;
      for (const [decisionId, record] of byDecision)
        if (record.decidedAt < before) {
          byDecision.delete(decisionId);
          deleted += 1;
        }
      if (deleted)
        received.splice(
          0,
          received.length,
          ...received.filter((record) => byDecision.has(record.decisionId)),
        );
      return deleted;
    },
    async count() {
      return byDecision.size;
    },
    async close() {},
  });
}
