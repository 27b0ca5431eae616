// The PostgreSQL store against a real, throwaway PostgreSQL cluster (scripts/lib/postgres.mjs):
// started for this file on its own port on 127.0.0.1, stopped by PID afterwards.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasPostgres,
  startPostgres,
  type ThrowawayPostgres,
} from '../../../../scripts/lib/postgres.mjs';
import { describeRecordStore, record } from '../../test/record-store-contract';
import { runConsentCli } from '../cli/run-consent-cli';
import { ConsentRecordStoreError } from './consent-record-errors';
import { openPostgresRecordStore } from './postgres-record-store';

// CI installs PostgreSQL (.ci/run); elsewhere, without it, these tests say so and skip.
const available = hasPostgres() || process.env.CI === 'true';
let cluster: ThrowawayPostgres;
let tables = 0;

beforeAll(async () => {
  if (available) cluster = await startPostgres();
}, 60_000);
afterAll(async () => {
  await cluster?.stop();
});

describe.runIf(available)('openPostgresRecordStore', () => {
  describeRecordStore(
    'openPostgresRecordStore (a connection string)',
    () => openPostgresRecordStore(cluster.url),
    { propertyRuns: 40 },
  );
  describeRecordStore(
    'openPostgresRecordStore (the site’s own pool, its own table)',
    async () => {
      const pool = new pg.Pool({ connectionString: cluster.url, max: 4 });
      const store = await openPostgresRecordStore(pool, { table: `records_${++tables}` });
      let ended = false;
      return {
        ...store,
        close: async () => {
          await store.close();
          if (!ended) await pool.end();
          ended = true;
        },
      };
    },
    { propertyRuns: 20 },
  );

  it('creates its table once when four servers open it at the same moment', async () => {
    const table = `raced_${++tables}`;
    const stores = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresRecordStore(cluster.url, { table })),
    );
    const made = record();
    const results = await Promise.all(stores.map((store) => store.add(made, { source: 'beacon' })));
    expect(results.sort()).toEqual(['added', 'duplicate', 'duplicate', 'duplicate']);
    const client = new pg.Client(cluster.url);
    await client.connect();
    const { rows } = await client.query(
      `SELECT conname FROM pg_constraint WHERE conrelid = '${table}'::regclass AND contype = 'u'`,
    );
    expect(rows).toEqual([{ conname: `${table}_one_per_decision` }]);
    expect((await client.query(`SELECT version FROM ${table}_schema`)).rows).toEqual([
      { version: 1 },
    ]);
    await client.end();
    await Promise.all(stores.map((store) => store.close()));
  });

  it('keeps the millisecond of a decision, and leaves the site’s own pool open on close', async () => {
    const pool = new pg.Pool({ connectionString: cluster.url, max: 2 });
    const store = await openPostgresRecordStore(pool);
    const made = record({ decidedAt: '2026-03-01T12:00:00.007Z' });
    await store.add(made, { source: 'server' });
    expect((await store.forVisitor(made.id))[0]?.decidedAt).toBe('2026-03-01T12:00:00.007Z');
    await store.close();
    expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    await pool.end();
  });

  it('refuses a table made by a newer version, and says what to do', async () => {
    const table = `newer_${++tables}`;
    await (await openPostgresRecordStore(cluster.url, { table })).close();
    const client = new pg.Client(cluster.url);
    await client.connect();
    await client.query(`UPDATE ${table}_schema SET version = 7`);
    await client.end();
    await expect(openPostgresRecordStore(cluster.url, { table })).rejects.toThrow(
      /made by a newer version of @ddscp\/consent \(schema 7; this version knows up to 1\): upgrade/,
    );
  });

  it('fails loudly, not forever, when the server cannot be reached', async () => {
    const unreachable = 'postgres://postgres@127.0.0.1:9/postgres';
    await expect(openPostgresRecordStore(unreachable, { retryForMs: 0 })).rejects.toThrow(
      ConsentRecordStoreError,
    );
  });

  it('refuses what is neither a connection string nor a pool', async () => {
    await expect(openPostgresRecordStore('mysql://x')).rejects.toThrow(
      /expected a connection string/,
    );
    await expect(openPostgresRecordStore({} as never)).rejects.toThrow(/or a pg Pool/);
  });

  it('is counted and exported by ddscp-consent records --postgres, the URL given or in DATABASE_URL', async () => {
    const table = `cli_${++tables}`;
    const store = await openPostgresRecordStore(cluster.url, { table });
    const made = [record({ analytical: true }), record({ analytical: false }, 1000)];
    for (const each of made) await store.add(each, { source: 'form' });
    await store.close();
    const run = async (args: string[], env: Record<string, string> = {}) => {
      let out = '';
      let err = '';
      const status = await runConsentCli(args, {
        out: (text) => {
          out += text;
        },
        err: (text) => {
          err += text;
        },
        env,
        version: '0',
      });
      return { status, out, err };
    };
    expect(await run(['records', 'count', '--postgres', cluster.url, '--table', table])).toEqual({
      status: 0,
      out: '2\n',
      err: '',
    });
    const exported = await run(
      ['records', 'export', '--postgres', '--table', table, '--format', 'jsonl'],
      {
        DATABASE_URL: cluster.url,
      },
    );
    expect(exported.status).toBe(0);
    expect(
      exported.out
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).decisionId),
    ).toEqual(made.map((each) => each.decisionId));
    const unreachable = await run([
      'records',
      'count',
      '--postgres',
      'postgres://postgres@127.0.0.1:9/x',
    ]);
    expect(unreachable.status).toBe(2);
    expect(unreachable.err).toMatch(/^ddscp-consent: records: Cannot prepare the PostgreSQL table/);
  });
});
