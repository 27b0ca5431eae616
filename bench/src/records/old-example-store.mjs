// The proof-of-consent store the server example had before @ddscp/consent/records (as of
// commit f7e6409, examples/server/src/consent-records.ts), kept here only to be measured
// against: better-sqlite3 with its default 5 s busy timeout, one synchronous
// `INSERT OR IGNORE` per record on a key of visitor id, time, policy version, choice and method.
import Database from 'better-sqlite3';

export function openOldExampleStore(path) {
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
      PRIMARY KEY (id, decided_at, policy_version, analytical, method)
    ) STRICT;
  `);
  const insert = db.prepare(`
    INSERT OR IGNORE INTO consent_records
      (id, decided_at, policy_version, analytical, method, source, received_at)
    VALUES (@id, @decidedAt, @policyVersion, @analytical, @method, @source, @receivedAt)
  `);
  return {
    async add(record) {
      insert.run({
        id: record.id,
        decidedAt: record.decidedAt,
        policyVersion: record.policyVersion,
        analytical: record.analytical ? 1 : 0,
        method: record.method,
        source: 'form',
        receivedAt: new Date().toISOString(),
      });
    },
    async close() {
      db.close();
    },
  };
}
