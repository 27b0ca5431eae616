import { quote } from '../errors/quote';
import { backoff, sleep } from './backoff';
import { ConsentRecordStoreError } from './consent-record-errors';
import type { ConsentRecordStore, StoredConsentRecord } from './consent-record-store';
import { loadPeer } from './load-peer';
import { type RecordBackend, recordStore } from './record-store';
import { checkTableName } from './table-name';

/** What the store asks of a query's answer: `pg`'s `QueryResult`, in short. */
export interface PostgresQueryResult {
  readonly rows: readonly Record<string, unknown>[];
  readonly rowCount: number | null;
}

/** A client checked out of a pool: `pg`'s `PoolClient`, as far as the store uses it. */
export interface PostgresClientLike {
  query(text: string, values?: readonly unknown[]): Promise<PostgresQueryResult>;
  release(error?: Error | boolean): void;
}

/**
 * A connection pool: `pg`'s `Pool` (or anything with its `query` and `connect`), for a site
 * that shares one pool between its own queries and the store.
 */
export interface PostgresPoolLike {
  query(text: string, values?: readonly unknown[]): Promise<PostgresQueryResult>;
  connect(): Promise<PostgresClientLike>;
  end?(): Promise<void>;
}

/** Options of {@link openPostgresRecordStore}. */
export interface PostgresRecordStoreOptions {
  /** The table to keep the records in; default `ddscp_consent_records`. */
  readonly table?: string;
  /**
   * How long a query keeps trying after a failure that passes (a dropped connection, a server
   * restarting, too many clients): default 30,000 ms. Then it fails loudly with a
   * `ConsentRecordStoreError` (that carries the record, for `add`).
   */
  readonly retryForMs?: number;
}

/** The table's versions, each the SQL that brings the one before it up to date. */
const MIGRATIONS: readonly ((table: string) => string)[] = [
  (table) => `
    CREATE TABLE IF NOT EXISTS "${table}" (
      decision_id uuid NOT NULL,
      visitor_id uuid NOT NULL,
      decided_at timestamptz NOT NULL,
      policy_version integer NOT NULL CHECK (policy_version >= 1),
      analytical boolean NOT NULL,
      method text NOT NULL CHECK (method IN ('banner', 'preferences', 'form', 'api')),
      source text NOT NULL CHECK (source IN ('form', 'beacon', 'server', 'import')),
      received_at timestamptz NOT NULL,
      received bigint GENERATED ALWAYS AS IDENTITY,
      CONSTRAINT "${table}_one_per_decision" UNIQUE (decision_id)
    );
    CREATE INDEX IF NOT EXISTS "${table}_by_visitor" ON "${table}" (visitor_id, decided_at);
    CREATE INDEX IF NOT EXISTS "${table}_by_time" ON "${table}" (decided_at, decision_id);
  `,
];

const COLUMNS =
  'decision_id, visitor_id, decided_at, policy_version, analytical, method, source, received_at';

/** A `timestamptz` as `pg` returns it (a `Date`, or text under a site's own type parsers). */
const iso = (value: unknown) => new Date(value as string | Date).toISOString();

const fromRow = (row: Record<string, unknown>): StoredConsentRecord => ({
  necessary: true,
  analytical: row.analytical === true,
  policyVersion: Number(row.policy_version),
  decidedAt: iso(row.decided_at),
  method: row.method as StoredConsentRecord['method'],
  id: String(row.visitor_id),
  decisionId: String(row.decision_id),
  source: row.source as StoredConsentRecord['source'],
  receivedAt: iso(row.received_at),
});

/**
 * Failures that pass, worth trying again: connection errors, the server shutting down or
 * starting, too many connections, serialization failures and deadlocks.
 */
const isTransient = (error: unknown) => {
  const code = String((error as { code?: unknown } | null)?.code ?? '');
  return (
    /^(08|57P0[123]|53300|40001|40P01)/.test(code) ||
    /^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT)$/.test(code) ||
    /Connection terminated|connection timeout/i.test(String((error as Error | null)?.message))
  );
};

/**
 * Opens (and creates or migrates) a {@link ConsentRecordStore} in PostgreSQL, for sites served
 * by several processes or machines, with [pg](https://node-postgres.com) 8, an optional peer
 * dependency: `npm install pg`. Give it a connection string (the store makes its own pool and
 * ends it on `close()`) or your own `pg.Pool` (left open on `close()`).
 *
 * On opening it creates the table, or brings it up to date, under an advisory lock, so
 * servers starting together do not race. A unique constraint on the decision id and
 * `INSERT … ON CONFLICT DO NOTHING` keep each decision exactly once however many servers
 * receive it at once. A query that fails for a passing reason (a dropped connection, a restart)
 * is retried for up to `retryForMs`, then fails loudly.
 *
 * @example
 * const store = await openPostgresRecordStore(process.env.DATABASE_URL);
 */
export async function openPostgresRecordStore(
  connectionStringOrPool: string | PostgresPoolLike,
  options: PostgresRecordStoreOptions = {},
): Promise<ConsentRecordStore> {
  const by = 'openPostgresRecordStore';
  const table = checkTableName(options.table ?? 'ddscp_consent_records', by);
  const retryForMs = options.retryForMs ?? 30_000;
  if (!(Number.isFinite(retryForMs) && retryForMs >= 0))
    throw new TypeError(
      `${by}: retryForMs must be a number of milliseconds from 0; found ${quote(retryForMs)}.`,
    );
  let pool: PostgresPoolLike;
  let owned = false;
  if (typeof connectionStringOrPool === 'string') {
    if (!/^postgres(ql)?:\/\//.test(connectionStringOrPool))
      throw new TypeError(
        `${by}: expected a connection string such as "postgres://user:password@host:5432/database", or a pg Pool; found a string starting ${quote(connectionStringOrPool.slice(0, 11))}.`,
      );
    const pg = await loadPeer('pg', '8', by, () => import('pg'));
    const Pool = (pg.default ?? pg).Pool;
    const created = new Pool({ connectionString: connectionStringOrPool, max: 10 });
    // An idle client's error (the server restarted) must not crash the site: the next query reconnects.
    created.on('error', () => {});
    pool = created as unknown as PostgresPoolLike;
    owned = true;
  } else if (
    typeof connectionStringOrPool?.query === 'function' &&
    typeof connectionStringOrPool.connect === 'function'
  ) {
    pool = connectionStringOrPool;
  } else {
    throw new TypeError(
      `${by}: expected a connection string or a pg Pool; found ${quote(connectionStringOrPool)}.`,
    );
  }
  const where = `the PostgreSQL table ${table}`;

  /** Runs a query, retrying failures that pass until `retryForMs` is over. */
  const query = async (text: string, values?: readonly unknown[]) => {
    const deadline = Date.now() + retryForMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await pool.query(text, values);
      } catch (error) {
        if (!isTransient(error) || Date.now() >= deadline) throw error;
        await sleep(backoff(attempt));
      }
    }
  };

  try {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // One server at a time creates or migrates the table (CREATE … IF NOT EXISTS alone races).
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`ddscp_consent:${table}`]);
      await client.query(`CREATE TABLE IF NOT EXISTS "${table}_schema" (version integer NOT NULL)`);
      const { rows } = await client.query(`SELECT version FROM "${table}_schema"`);
      const version = rows.length ? Number(rows[0]?.version) : 0;
      if (version > MIGRATIONS.length)
        throw new ConsentRecordStoreError(
          `${where} was made by a newer version of @ddscp/consent (schema ${version}; this version knows up to ${MIGRATIONS.length}): upgrade @ddscp/consent to use it.`,
        );
      for (const migrate of MIGRATIONS.slice(version)) await client.query(migrate(table));
      await client.query(
        rows.length
          ? `UPDATE "${table}_schema" SET version = $1`
          : `INSERT INTO "${table}_schema" (version) VALUES ($1)`,
        [MIGRATIONS.length],
      );
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release(true);
      throw error;
    }
  } catch (error) {
    if (owned) await pool.end?.().catch(() => {});
    if (error instanceof ConsentRecordStoreError) throw error;
    throw new ConsentRecordStoreError(`Cannot prepare ${where}: ${(error as Error).message}`, {
      cause: error,
    });
  }

  const backend: RecordBackend = {
    where,
    async insert(record) {
      try {
        const inserted = await query(
          `INSERT INTO "${table}" (${COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (decision_id) DO NOTHING`,
          [
            record.decisionId,
            record.id,
            record.decidedAt,
            record.policyVersion,
            record.analytical,
            record.method,
            record.source,
            record.receivedAt,
          ],
        );
        if (inserted.rowCount === 1) return 'added';
        const { rows } = await query(`SELECT ${COLUMNS} FROM "${table}" WHERE decision_id = $1`, [
          record.decisionId,
        ]);
        return fromRow(rows[0] as Record<string, unknown>);
      } catch (error) {
        throw new ConsentRecordStoreError(
          `Could not store the consent record ${record.decisionId} in ${where}: ${(error as Error).message}. Keep the record (it is proof of consent) and add it again.`,
          { cause: error, record },
        );
      }
    },
    async forVisitor(id, limit, before) {
      const { rows } = await query(
        `SELECT ${COLUMNS} FROM "${table}" WHERE visitor_id = $1 AND ($2::timestamptz IS NULL OR decided_at < $2) ORDER BY decided_at DESC, received DESC LIMIT $3`,
        [id, before ?? null, limit],
      );
      return rows.map(fromRow);
    },
    async page(after, from, to, size) {
      const { rows } = await query(
        `SELECT ${COLUMNS} FROM "${table}"
         WHERE ($1::timestamptz IS NULL OR decided_at >= $1) AND ($2::timestamptz IS NULL OR decided_at < $2)
           AND ($3::timestamptz IS NULL OR (decided_at, decision_id) > ($3, $4::uuid))
         ORDER BY decided_at, decision_id LIMIT $5`,
        [from ?? null, to ?? null, after?.decidedAt ?? null, after?.decisionId ?? null, size],
      );
      return rows.map(fromRow);
    },
    async purge(before) {
      return (await query(`DELETE FROM "${table}" WHERE decided_at < $1`, [before])).rowCount ?? 0;
    },
    async count() {
      const { rows } = await query(`SELECT count(*)::integer AS count FROM "${table}"`);
      return Number(rows[0]?.count);
    },
    async close() {
      if (owned) await pool.end?.();
    },
  };
  return recordStore(backend);
}
