import type BetterSqlite3 from 'better-sqlite3';
import { quote } from '../errors/quote';
import { backoff, sleep } from './backoff';
import { ConsentRecordStoreError } from './consent-record-errors';
import type { ConsentRecordStore, StoredConsentRecord } from './consent-record-store';
import { loadPeer } from './load-peer';
import { type RecordBackend, recordStore } from './record-store';
import { checkTableName } from './table-name';

/** Options of {@link openSqliteRecordStore}. */
export interface SqliteRecordStoreOptions {
  /** The table to keep the records in; default `ddscp_consent_records`. */
  readonly table?: string;
  /**
   * How long a write (or read) keeps trying while another connection holds the database's
   * lock (another process, a backup, a `VACUUM`): default 30,000 ms. Then it fails loudly
   * with a `ConsentRecordStoreError` that carries the record.
   */
  readonly retryForMs?: number;
}

/**
 * How long one attempt may wait for the lock inside SQLite. better-sqlite3 waits
 * synchronously, holding the whole event loop (every request, not only this one): a few
 * milliseconds here, and retries with the event loop free between them, instead of the
 * driver's default 5 s.
 */
const BUSY_TIMEOUT_MS = 5;
/** How many waiting records one transaction writes: a burst costs one commit, not hundreds. */
const BATCH_SIZE = 200;

/** The table's versions, each the SQL that brings the one before it up to date. */
const MIGRATIONS: readonly ((table: string) => string)[] = [
  (table) => `
    CREATE TABLE IF NOT EXISTS "${table}" (
      decision_id TEXT NOT NULL PRIMARY KEY CHECK (length(decision_id) = 36),
      visitor_id TEXT NOT NULL CHECK (length(visitor_id) = 36),
      decided_at TEXT NOT NULL CHECK (length(decided_at) = 24),
      policy_version INTEGER NOT NULL CHECK (policy_version >= 1),
      analytical INTEGER NOT NULL CHECK (analytical IN (0, 1)),
      method TEXT NOT NULL CHECK (method IN ('banner', 'preferences', 'form', 'api')),
      source TEXT NOT NULL CHECK (source IN ('form', 'beacon', 'server', 'import')),
      received_at TEXT NOT NULL CHECK (length(received_at) = 24)
    ) STRICT;
    CREATE INDEX IF NOT EXISTS "${table}_by_visitor" ON "${table}" (visitor_id, decided_at);
    CREATE INDEX IF NOT EXISTS "${table}_by_time" ON "${table}" (decided_at, decision_id);
  `,
];

interface Row {
  decision_id: string;
  visitor_id: string;
  decided_at: string;
  policy_version: number;
  analytical: number;
  method: StoredConsentRecord['method'];
  source: StoredConsentRecord['source'];
  received_at: string;
}

const COLUMNS =
  'decision_id, visitor_id, decided_at, policy_version, analytical, method, source, received_at';

const fromRow = (row: Row): StoredConsentRecord => ({
  necessary: true,
  analytical: row.analytical === 1,
  policyVersion: row.policy_version,
  decidedAt: row.decided_at,
  method: row.method,
  id: row.visitor_id,
  decisionId: row.decision_id,
  source: row.source,
  receivedAt: row.received_at,
});

/** Whether SQLite said another connection holds the lock (`SQLITE_BUSY`, `SQLITE_LOCKED`…). */
const isBusy = (error: unknown) =>
  /^SQLITE_(BUSY|LOCKED)/.test(String((error as { code?: unknown } | null)?.code));

/**
 * Opens (and creates or migrates) a {@link ConsentRecordStore} in the SQLite file `path`
 * (`':memory:'` for a throwaway one), with [better-sqlite3](https://github.com/WiseLibs/better-sqlite3),
 * an optional peer dependency: `npm install better-sqlite3`.
 *
 * Made for one server, or a few processes on one machine sharing the file. The database runs
 * in WAL mode, so reading never waits for a writer. While another connection holds the write
 * lock (a second process, a backup, a `VACUUM`), nothing holds the event loop: each attempt
 * waits a few milliseconds at most, writes wait in a queue and are retried with back-off
 * (together, in one transaction, when the lock clears) for up to `retryForMs`, and a write
 * that still cannot get the lock rejects with a `ConsentRecordStoreError` carrying the
 * record. Pages that do not write are never slowed down.
 *
 * @example
 * const store = await openSqliteRecordStore('data/consent-records.sqlite');
 * await store.add(record, { source: 'form' }); // 'added'
 */
export async function openSqliteRecordStore(
  path: string,
  options: SqliteRecordStoreOptions = {},
): Promise<ConsentRecordStore> {
  const by = 'openSqliteRecordStore';
  const table = checkTableName(options.table ?? 'ddscp_consent_records', by);
  const retryForMs = options.retryForMs ?? 30_000;
  if (!(Number.isFinite(retryForMs) && retryForMs >= 0))
    throw new TypeError(
      `${by}: retryForMs must be a number of milliseconds from 0; found ${quote(retryForMs)}.`,
    );
  if (typeof path !== 'string' || path === '' || path.includes('\0'))
    throw new TypeError(
      `${by}: path must be the path of a SQLite file, or ":memory:"; found ${quote(path)}.`,
    );
  const where = path === ':memory:' ? 'SQLite in memory' : `the SQLite file ${path}`;
  if (path !== ':memory:') {
    // A device or a pipe opened as a database would hang or fail later in a worse way.
    const { statSync } = await import('node:fs');
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat && !stat.isFile())
      throw new TypeError(
        `${by}: ${path} is not a regular file (a directory, device or pipe): give the path of a SQLite file.`,
      );
  }
  const Database = (await loadPeer('better-sqlite3', '12', by, () => import('better-sqlite3')))
    .default;

  let db: BetterSqlite3.Database;
  try {
    db = new Database(path, { timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new ConsentRecordStoreError(`Cannot open ${where}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  /** Runs a synchronous statement, retrying (without holding the event loop) while locked. */
  const retrying = async <T>(run: () => T): Promise<T> => {
    const deadline = Date.now() + retryForMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return run();
      } catch (error) {
        if (!isBusy(error)) throw error;
        if (Date.now() >= deadline)
          throw new ConsentRecordStoreError(
            `${where} stayed locked by another connection for ${retryForMs} ms (${(error as { code: string }).code}).`,
            { cause: error },
          );
        await sleep(backoff(attempt));
      }
    }
  };

  try {
    await retrying(() => db.pragma('journal_mode = WAL'));
    await retrying(() =>
      db
        .transaction(() => {
          db.exec(`CREATE TABLE IF NOT EXISTS "${table}_schema" (version INTEGER NOT NULL)`);
          const row = db.prepare(`SELECT version FROM "${table}_schema"`).get() as
            | { version: number }
            | undefined;
          const version = row?.version ?? 0;
          if (version > MIGRATIONS.length)
            throw new ConsentRecordStoreError(
              `The table ${table} in ${where} was made by a newer version of @ddscp/consent (schema ${version}; this version knows up to ${MIGRATIONS.length}): upgrade @ddscp/consent to use it.`,
            );
          for (const migrate of MIGRATIONS.slice(version)) db.exec(migrate(table));
          if (row) db.prepare(`UPDATE "${table}_schema" SET version = ?`).run(MIGRATIONS.length);
          else
            db.prepare(`INSERT INTO "${table}_schema" (version) VALUES (?)`).run(MIGRATIONS.length);
        })
        .immediate(),
    );
  } catch (error) {
    db.close();
    if (error instanceof ConsentRecordStoreError) throw error;
    throw new ConsentRecordStoreError(`Cannot prepare ${where}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  const statements = {
    insert: db.prepare(
      `INSERT INTO "${table}" (${COLUMNS}) VALUES (@decisionId, @id, @decidedAt, @policyVersion, @analytical, @method, @source, @receivedAt) ON CONFLICT (decision_id) DO NOTHING`,
    ),
    byDecision: db.prepare(`SELECT ${COLUMNS} FROM "${table}" WHERE decision_id = ?`),
    forVisitor: db.prepare(
      `SELECT ${COLUMNS} FROM "${table}" WHERE visitor_id = @id AND decided_at < @before ORDER BY decided_at DESC, rowid DESC LIMIT @limit`,
    ),
    page: db.prepare(
      `SELECT ${COLUMNS} FROM "${table}" WHERE decided_at >= @from AND decided_at < @to AND (decided_at > @afterTime OR (decided_at = @afterTime AND decision_id > @afterId)) ORDER BY decided_at, decision_id LIMIT @size`,
    ),
    purge: db.prepare(`DELETE FROM "${table}" WHERE decided_at < ?`),
    count: db.prepare(`SELECT count(*) AS count FROM "${table}"`),
  };
  const writeBatch = db.transaction((records: readonly StoredConsentRecord[]) =>
    records.map((record) =>
      statements.insert.run({ ...record, analytical: record.analytical ? 1 : 0 }).changes === 1
        ? ('added' as const)
        : fromRow(statements.byDecision.get(record.decisionId) as Row),
    ),
  ).immediate;

  /** Records waiting for the lock, oldest first. */
  const queue: {
    readonly record: StoredConsentRecord;
    readonly since: number;
    readonly resolve: (result: 'added' | StoredConsentRecord) => void;
    readonly reject: (error: unknown) => void;
  }[] = [];
  let draining: Promise<void> | undefined;

  const drain = async () => {
    for (let attempt = 0; queue.length > 0; ) {
      const batch = queue.slice(0, BATCH_SIZE);
      try {
        const results = writeBatch(batch.map((item) => item.record));
        queue.splice(0, batch.length);
        for (const [index, item] of batch.entries())
          item.resolve(results[index] as 'added' | StoredConsentRecord);
        attempt = 0;
      } catch (error) {
        if (!isBusy(error)) {
          queue.splice(0, batch.length);
          for (const item of batch)
            item.reject(
              new ConsentRecordStoreError(
                `Could not store the consent record ${item.record.decisionId} in ${where}: ${(error as Error).message}`,
                { cause: error, record: item.record },
              ),
            );
          continue;
        }
        // Records that have waited for the lock as long as allowed fail loudly, with the record.
        const now = Date.now();
        while (queue.length > 0 && now - (queue[0]?.since as number) >= retryForMs) {
          const item = queue.shift() as (typeof queue)[number];
          item.reject(
            new ConsentRecordStoreError(
              `Could not store the consent record ${item.record.decisionId}: ${where} stayed locked by another connection for ${retryForMs} ms (${(error as { code: string }).code}). Keep the record (it is proof of consent) and add it again.`,
              { cause: error, record: item.record },
            ),
          );
        }
        if (queue.length > 0) await sleep(backoff(attempt++));
      }
    }
  };

  /**
   * Starts draining the queue, after the records of the same tick have joined it (so they are
   * written together), unless it is draining already; records that arrive while it finishes
   * start it again.
   */
  const schedule = () => {
    draining ??= Promise.resolve()
      .then(drain)
      .finally(() => {
        draining = undefined;
        if (queue.length > 0) schedule();
      });
  };

  const backend: RecordBackend = {
    where,
    insert(record) {
      return new Promise((resolve, reject) => {
        queue.push({ record, since: Date.now(), resolve, reject });
        schedule();
      });
    },
    async forVisitor(id, limit, before = '9999-12-31T23:59:59.999Z~') {
      return retrying(() =>
        (statements.forVisitor.all({ id, before, limit }) as Row[]).map(fromRow),
      );
    },
    async page(after, from = '', to = '~', size) {
      return retrying(() =>
        (
          statements.page.all({
            from,
            to,
            afterTime: after?.decidedAt ?? '',
            afterId: after?.decisionId ?? '',
            size,
          }) as Row[]
        ).map(fromRow),
      );
    },
    async purge(before) {
      return retrying(() => statements.purge.run(before).changes);
    },
    async count() {
      return retrying(() => (statements.count.get() as { count: number }).count);
    },
    async close() {
      while (draining) await draining;
      db.close();
    },
  };
  return recordStore(backend);
}
