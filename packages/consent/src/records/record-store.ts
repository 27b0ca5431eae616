import type { ConsentRecord } from '../decision/consent-record';
import {
  checkConsentRecord,
  checkLimit,
  checkSource,
  checkVisitorId,
  isoTime,
  sameDecision,
} from './check-consent-record';
import { ConsentRecordConflictError, ConsentRecordStoreError } from './consent-record-errors';
import type { ConsentRecordStore, StoredConsentRecord } from './consent-record-store';

/** How many records an export reads per query. */
const PAGE_SIZE = 500;

/**
 * What a store keeps its records in: the few operations each database does its own way.
 * Everything they share (checking input, telling duplicates from conflicts, paging an
 * export, refusing a purge of the future, refusing calls after `close`) is
 * {@link recordStore}'s, so the three stores behave alike. @internal
 */
export interface RecordBackend {
  /** Where the records are, for messages: "the SQLite file data/consent.sqlite". */
  readonly where: string;
  /** Inserts unless the decision id is kept: `'added'`, or the record kept under it. */
  insert(record: StoredConsentRecord): Promise<'added' | StoredConsentRecord>;
  /** A visitor's records decided before `before` (if given), newest first, at most `limit`. */
  forVisitor(id: string, limit: number, before: string | undefined): Promise<StoredConsentRecord[]>;
  /**
   * Up to `size` records decided in [from, to), oldest first (ties by decision id), after the
   * record `after` in that order.
   */
  page(
    after: { readonly decidedAt: string; readonly decisionId: string } | undefined,
    from: string | undefined,
    to: string | undefined,
    size: number,
  ): Promise<StoredConsentRecord[]>;
  purge(before: string): Promise<number>;
  count(): Promise<number>;
  close(): Promise<void>;
}

/** A {@link ConsentRecordStore} over a backend. @internal */
export function recordStore(backend: RecordBackend): ConsentRecordStore {
  let closed = false;
  const open = () => {
    if (closed)
      throw new ConsentRecordStoreError(`The consent record store (${backend.where}) is closed.`);
  };
  return {
    async add(record: ConsentRecord, options) {
      open();
      const stored: StoredConsentRecord = {
        ...checkConsentRecord(record),
        source: checkSource(options?.source),
        receivedAt: isoTime(options?.receivedAt ?? new Date(), 'receivedAt'),
      };
      const result = await backend.insert(stored);
      if (result === 'added') return 'added';
      if (sameDecision(result, stored)) return 'duplicate';
      throw new ConsentRecordConflictError(
        stored.decisionId,
        `The consent record store (${backend.where}) already keeps a different decision under the decision id ${stored.decisionId}: kept ${JSON.stringify(result)}, refused ${JSON.stringify(stored)}. Decision ids are random, so one of them is forged or corrupted.`,
      );
    },
    async forVisitor(id, options = {}) {
      open();
      return backend.forVisitor(
        checkVisitorId(id),
        checkLimit(options.limit),
        options.before === undefined ? undefined : isoTime(options.before, 'before'),
      );
    },
    export(options = {}) {
      const from = options.from === undefined ? undefined : isoTime(options.from, 'from');
      const to = options.to === undefined ? undefined : isoTime(options.to, 'to');
      return {
        async *[Symbol.asyncIterator]() {
          let after: StoredConsentRecord | undefined;
          for (;;) {
            open();
            const page = await backend.page(after, from, to, PAGE_SIZE);
            yield* page;
            if (page.length < PAGE_SIZE) return;
            after = page[page.length - 1];
          }
        },
      };
    },
    async purge(options) {
      open();
      const before = isoTime(options?.before, 'before');
      if (Date.parse(before) > Date.now())
        throw new RangeError(
          `purge({ before }) deletes proof of consent, so before must not be in the future; found ${before}.`,
        );
      return backend.purge(before);
    },
    async count() {
      open();
      return backend.count();
    },
    async close() {
      if (closed) return;
      closed = true;
      await backend.close();
    },
  };
}
