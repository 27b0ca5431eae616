import type { ConsentRecord } from '@ddscp/consent';
import Database from 'better-sqlite3';

/** How a decision reached the server: the no-JavaScript form, or the browser's banner/page. */
export type RecordSource = 'form' | 'browser';

/** One stored row of proof, as the cookies page shows it back to the visitor. */
export interface StoredConsentRecord {
  readonly id: string;
  readonly decidedAt: string;
  readonly policyVersion: number;
  readonly analytical: boolean;
  readonly method: string;
  readonly source: RecordSource;
  readonly receivedAt: string;
}

/** The site's proof of consent: every decision, kept in SQLite. */
export interface ConsentRecords {
  /**
   * Keeps a record. The same decision sent twice (by the form and by the browser) is kept
   * once; a different decision in the same second (the cookie's precision) is kept too.
   */
  add(record: ConsentRecord, source: RecordSource): void;
  /** A visitor's decisions, newest first (the id is random, never personal data). */
  forVisitor(id: string): StoredConsentRecord[];
  close(): void;
}

/**
 * Opens (and if needed creates) the consent record store in the SQLite file `path`
 * (`:memory:` for a throwaway one). Statements are prepared once; the table only ever
 * grows, because proof of consent must not be rewritten.
 */
export function openConsentRecords(path: string): ConsentRecords {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE IF NOT EXISTS consent_records (
      id TEXT NOT NULL,
      decided_at TEXT NOT NULL,
      policy_version INTEGER NOT NULL CHECK (policy_version >= 1),
      analytical INTEGER NOT NULL CHECK (analytical IN (0, 1)),
      method TEXT NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('form', 'browser')),
      received_at TEXT NOT NULL,
      -- Decisions are dated to the second, so a visitor who accepts and then refuses within
      -- one second makes two decisions with the same time: the key tells them apart, while
      -- the same decision posted by both the form and the browser is still kept once.
      PRIMARY KEY (id, decided_at, policy_version, analytical, method)
    ) STRICT;
  `);
  // A file from before the key covered the whole decision would silently drop a change of
  // mind within a second: refuse it, rather than lose proof of consent.
  const keyColumns = (db.pragma('table_info(consent_records)') as { pk: number }[]).filter(
    (column) => column.pk > 0,
  ).length;
  if (keyColumns !== 5) {
    db.close();
    throw new Error(
      `${path} was made by an earlier version of this example, whose table keeps only one decision per visitor and second. Move it aside (keep it: it is proof of consent) and start again to create a new one.`,
    );
  }
  const insert = db.prepare(`
    INSERT OR IGNORE INTO consent_records
      (id, decided_at, policy_version, analytical, method, source, received_at)
    VALUES (@id, @decidedAt, @policyVersion, @analytical, @method, @source, @receivedAt)
  `);
  const select = db.prepare(`
    SELECT id, decided_at AS decidedAt, policy_version AS policyVersion, analytical, method,
           source, received_at AS receivedAt
    FROM consent_records WHERE id = ? ORDER BY decided_at DESC, rowid DESC LIMIT 50
  `);

  return {
    add(record, source) {
      insert.run({
        id: record.id,
        decidedAt: record.decidedAt,
        policyVersion: record.policyVersion,
        analytical: record.analytical ? 1 : 0,
        method: record.method,
        source,
        receivedAt: new Date().toISOString(),
      });
    },
    forVisitor(id) {
      return (
        select.all(id) as Array<Omit<StoredConsentRecord, 'analytical'> & { analytical: number }>
      ).map((row) => ({ ...row, analytical: row.analytical === 1 }));
    },
    close() {
      db.close();
    },
  };
}
