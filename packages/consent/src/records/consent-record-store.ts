import type { ConsentRecord } from '../decision/consent-record';

/**
 * How a record reached the site: the no-JavaScript `'form'`, the browser's `'beacon'` (the
 * `onRecord` report, see `handleConsentReport`), the site's own `'server'` code, or an
 * `'import'` of records kept elsewhere before.
 */
export type ConsentRecordSource = 'form' | 'beacon' | 'server' | 'import';

/** A record as a store keeps it: the decision, and how and when it arrived. */
export interface StoredConsentRecord extends ConsentRecord {
  readonly source: ConsentRecordSource;
  /** When the store received it: an ISO 8601 UTC time to the millisecond. */
  readonly receivedAt: string;
}

/** The second argument of {@link ConsentRecordStore.add}. */
export interface AddConsentRecordOptions {
  readonly source: ConsentRecordSource;
  /** Default: now. */
  readonly receivedAt?: Date | string;
}

/** A time as the store's options take it: a `Date` or an ISO 8601 string. */
export type RecordTime = Date | string;

/**
 * Proof of consent, kept: every decision exactly once. `add` is idempotent by `decisionId`,
 * so the same decision posted by the form and the beacon, or replayed, is kept once, and a
 * distinct decision is never dropped, whatever its timing. Made by
 * `createMemoryRecordStore`, `openSqliteRecordStore` or `openPostgresRecordStore`.
 */
export interface ConsentRecordStore {
  /**
   * Keeps a record: `'added'`, or `'duplicate'` when that decision is already kept. The record
   * is checked first (a `ConsentRecordError` names what is wrong); a different decision under
   * a decision id already kept is a `ConsentRecordConflictError`. A store that cannot write
   * (a database locked for longer than it retries, a lost connection) rejects with a
   * `ConsentRecordStoreError` that carries the record: nothing is lost without a word.
   */
  add(record: ConsentRecord, options: AddConsentRecordOptions): Promise<'added' | 'duplicate'>;
  /**
   * A visitor's records, newest first: at most `limit` (default 100), and only those decided
   * before `before` when given (to page back through a long history).
   */
  forVisitor(
    id: string,
    options?: { readonly limit?: number; readonly before?: RecordTime },
  ): Promise<StoredConsentRecord[]>;
  /**
   * Every record decided from `from` (inclusive) until `to` (exclusive), oldest first, read a
   * page at a time, so an export of millions never holds them all in memory.
   */
  export(options?: {
    readonly from?: RecordTime;
    readonly to?: RecordTime;
  }): AsyncIterable<StoredConsentRecord>;
  /**
   * Deletes the records decided before `before`, for the site's retention period, and says how
   * many. `before` may not be in the future. Keep records at least as long as a decision
   * lasts (`cookie.maxAgeDays`): until then it is the proof of a choice still in force.
   */
  purge(options: { readonly before: RecordTime }): Promise<number>;
  /** How many records the store holds. */
  count(): Promise<number>;
  /** Closes the store (and the connection it opened); calls after this reject. */
  close(): Promise<void>;
}
