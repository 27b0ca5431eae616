/**
 * `@ddscp/consent/records`: proof of consent, kept. A record store (in memory, SQLite or
 * PostgreSQL) that keeps every decision exactly once, the endpoint the browser reports
 * decisions to, the notice hash, and records in the form of ISO/IEC TS 27560. For the server
 * (and build scripts) only: the database drivers are optional peer dependencies, loaded when a
 * store opens.
 *
 * @packageDocumentation
 */
export type { ConsentRecord } from './decision/consent-record';
export { checkConsentRecord } from './records/check-consent-record';
export {
  type ConsentNotice,
  type ConsentNoticeText,
  canonicalConsentNotice,
  consentNotice,
} from './records/consent-notice';
export {
  ConsentRecordConflictError,
  ConsentRecordError,
  ConsentRecordStoreError,
  MissingPeerDependencyError,
} from './records/consent-record-errors';
export type {
  AddConsentRecordOptions,
  ConsentRecordSource,
  ConsentRecordStore,
  RecordTime,
  StoredConsentRecord,
} from './records/consent-record-store';
export { type ConsentReportOptions, handleConsentReport } from './records/handle-consent-report';
export { createMemoryRecordStore } from './records/memory-record-store';
export {
  openPostgresRecordStore,
  type PostgresClientLike,
  type PostgresPoolLike,
  type PostgresQueryResult,
  type PostgresRecordStoreOptions,
} from './records/postgres-record-store';
export {
  openSqliteRecordStore,
  type SqliteRecordStoreOptions,
} from './records/sqlite-record-store';
export {
  type ConsentController,
  type Iso27560Options,
  type Iso27560Record,
  toIso27560,
} from './records/to-iso-27560';
