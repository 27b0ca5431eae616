// Where the site keeps proof of consent: the package's record store, in PostgreSQL when
// DATABASE_URL is set (several servers can share it), else in a SQLite file. Every decision is
// kept exactly once, by its decision id, however it arrives (the form, the browser's report,
// both, replayed).

import {
  ConsentRecordError,
  type ConsentRecordStore,
  openPostgresRecordStore,
  openSqliteRecordStore,
} from '@ddscp/consent/records';
import { decodeConsent } from '@ddscp/consent/server';
import { consentConfig } from './consent-config';

/** Where to keep the records: a PostgreSQL connection string, or a SQLite file. */
export type RecordsLocation = { readonly postgres: string } | { readonly sqlite: string };

/** Opens the store, carrying over the records of an earlier version of this example. */
export async function openConsentRecords(location: RecordsLocation): Promise<ConsentRecordStore> {
  if ('postgres' in location) return openPostgresRecordStore(location.postgres);
  const store = await openSqliteRecordStore(location.sqlite);
  await importEarlierRecords(location.sqlite, store);
  return store;
}

/** A row of the table earlier versions of this example kept, before decision ids. */
interface EarlierRow {
  id: string;
  decided_at: string;
  policy_version: number;
  analytical: number;
  method: string;
  received_at: string;
}

/**
 * Earlier versions of this example kept their own table, `consent_records`, with decisions
 * dated to the second and no decision ids. Its rows are proof of consent too: each is added
 * to the store (once: adding again is a duplicate) under the decision id a cookie of that
 * time reads with (the package derives one for format 1 cookies). The old table is left as it
 * was. A row that is not a well-formed decision is reported and left where it is.
 */
async function importEarlierRecords(file: string, store: ConsentRecordStore): Promise<void> {
  if (file === ':memory:') return;
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(file, { readonly: true, timeout: 5 });
  try {
    const table = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'consent_records'")
      .get();
    if (!table) return;
    let skipped = 0;
    for (const row of db
      .prepare('SELECT * FROM consent_records')
      .iterate() as Iterable<EarlierRow>) {
      const decidedAt = Date.parse(row.decided_at);
      // The decision as a format 1 cookie held it, read at its own time.
      const decision = decodeConsent(
        `1.${row.analytical}.${row.policy_version}.${Math.floor(decidedAt / 1000).toString(36)}.${String(row.method)[0]}.${row.id}`,
        consentConfig,
        decidedAt,
      );
      if (!decision || decision.method !== row.method) {
        skipped += 1;
        continue;
      }
      try {
        await store.add(
          { ...decision, necessary: true },
          { source: 'import', receivedAt: row.received_at },
        );
      } catch (error) {
        if (!(error instanceof ConsentRecordError)) throw error;
        skipped += 1;
      }
    }
    if (skipped)
      console.error(
        `${skipped} rows of consent_records in ${file} are not well-formed decisions and were not carried over.`,
      );
  } finally {
    db.close();
  }
}
