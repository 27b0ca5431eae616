// The record stores under load, in this process, as a site's server calls them: N decisions,
// 50 at a time (each `add` awaited as a request handler would), for the example's old SQLite
// store, the package's SQLite store and the package's PostgreSQL store (a throwaway cluster
// with PostgreSQL's default durability: fsync on). Decisions per second over the whole run,
// and the latency of each `add` (p50, p99).
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresRecordStore, openSqliteRecordStore } from '@ddscp/consent/records';
import { startPostgres } from '../../../scripts/lib/postgres.mjs';
import { openOldExampleStore } from './old-example-store.mjs';

const CONCURRENCY = 50;

function percentile(sorted, q) {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

const record = (index) => ({
  necessary: true,
  analytical: index % 2 === 0,
  policyVersion: 1,
  decidedAt: new Date(Date.UTC(2026, 2, 1) + index).toISOString(),
  method: 'banner',
  id: randomUUID(),
  decisionId: randomUUID(),
});

/** Adds `count` records to `store`, `CONCURRENCY` at a time; returns rate and latencies. */
async function load(store, count) {
  const records = Array.from({ length: count }, (_, index) => record(index));
  const latencies = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < records.length) {
        const each = records[next++];
        const start = performance.now();
        await store.add(each, { source: 'beacon' });
        latencies.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    decisionsPerSecond: count / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    n: count,
  };
}

/** Runs every store; `quick` measures fewer decisions. */
export async function benchRecords({ quick = false } = {}) {
  const count = quick ? 1000 : 10_000;
  const dir = mkdtempSync(join(tmpdir(), 'ddscp-bench-records-'));
  const cluster = await startPostgres({ durable: true });
  const stores = [
    {
      id: 'old-sqlite',
      label: "the example's old SQLite store (before @ddscp/consent/records)",
      open: () => openOldExampleStore(join(dir, 'old.sqlite')),
    },
    {
      id: 'sqlite',
      label: '`openSqliteRecordStore` (better-sqlite3, WAL)',
      open: () => openSqliteRecordStore(join(dir, 'new.sqlite')),
    },
    {
      id: 'postgres',
      label: '`openPostgresRecordStore` (pg, a pool of 10, PostgreSQL 15 on 127.0.0.1)',
      open: () => openPostgresRecordStore(cluster.url),
    },
  ];
  const results = [];
  try {
    for (const { id, label, open } of stores) {
      const store = await open();
      try {
        await load(store, 200); // warm-up: statements prepared, pool connected
        const measured = await load(store, count);
        results.push({ id, label, concurrency: CONCURRENCY, ...measured });
        console.log(
          `  ${id}: ${Math.round(measured.decisionsPerSecond)} decisions/s, p50 ${measured.p50.toFixed(2)} ms, p99 ${measured.p99.toFixed(2)} ms`,
        );
      } finally {
        await store.close();
      }
    }
  } finally {
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
