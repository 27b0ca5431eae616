import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { describeRecordStore, record } from '../../test/record-store-contract';
import { ConsentRecordStoreError, MissingPeerDependencyError } from './consent-record-errors';
import { loadPeer } from './load-peer';
import { openSqliteRecordStore } from './sqlite-record-store';

const folder = mkdtempSync(join(tmpdir(), 'ddscp-sqlite-store-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
let files = 0;
const freshFile = () => join(folder, `records-${++files}.sqlite`);

describeRecordStore('openSqliteRecordStore (a file)', () => openSqliteRecordStore(freshFile()), {
  propertyRuns: 60,
});
describeRecordStore('openSqliteRecordStore (:memory:)', () => openSqliteRecordStore(':memory:'), {
  propertyRuns: 20,
});

/** Holds the write lock of `file` from another connection, as a second server or a backup would. */
function lockFromAnotherConnection(file: string) {
  const other = new Database(file);
  other.exec('BEGIN IMMEDIATE');
  other.prepare('CREATE TABLE IF NOT EXISTS held (x)').run();
  return {
    release() {
      other.exec('COMMIT');
      other.close();
    },
  };
}

describe('openSqliteRecordStore', () => {
  it('keeps the records in the file across openings, in WAL mode', async () => {
    const file = freshFile();
    const first = record();
    const store = await openSqliteRecordStore(file);
    await store.add(first, { source: 'form' });
    await store.close();
    const again = await openSqliteRecordStore(file);
    expect(await again.forVisitor(first.id)).toMatchObject([{ decisionId: first.decisionId }]);
    await again.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT version FROM ddscp_consent_records_schema').get()).toEqual({
      version: 1,
    });
    raw.close();
  });

  it('while another connection holds the lock: reads answer, the event loop stays free, writes wait and all land', async () => {
    const file = freshFile();
    const store = await openSqliteRecordStore(file);
    const lock = lockFromAnotherConnection(file);
    let locked = true;
    const made = Array.from({ length: 30 }, () => record());
    const writes = made.map((each) => store.add(each, { source: 'beacon' }));
    // Reading never waits for the writer (WAL): it answers while the lock is still held.
    expect(await store.count()).toBe(0);
    expect(locked).toBe(true);
    // Timers run meanwhile: nothing holds the event loop while the writes retry.
    let ticks = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        ticks += 1;
        if (ticks === 10) {
          clearInterval(timer);
          resolve();
        }
      }, 20);
    });
    expect(locked).toBe(true);
    locked = false;
    lock.release();
    expect(await Promise.all(writes)).toEqual(made.map(() => 'added'));
    expect(await store.count()).toBe(30);
    await store.close();
  });

  it('reports a write loudly, with its record, when the lock outlasts retryForMs', async () => {
    const file = freshFile();
    const store = await openSqliteRecordStore(file, { retryForMs: 200 });
    const lock = lockFromAnotherConnection(file);
    const lost = record();
    const error = await store.add(lost, { source: 'form' }).catch((thrown: unknown) => thrown);
    lock.release();
    expect(error).toBeInstanceOf(ConsentRecordStoreError);
    expect((error as ConsentRecordStoreError).message).toMatch(
      /stayed locked by another connection for 200 ms .*Keep the record/,
    );
    expect((error as ConsentRecordStoreError).record).toMatchObject({
      decisionId: lost.decisionId,
    });
    // Added again once the lock is gone, it is kept.
    expect(await store.add(lost, { source: 'form' })).toBe('added');
    await store.close();
  });

  it('waits for the lock at opening too, and gives up loudly', async () => {
    const file = freshFile();
    (await openSqliteRecordStore(file)).close();
    const lock = lockFromAnotherConnection(file);
    const opening = openSqliteRecordStore(file, { retryForMs: 100 });
    await expect(opening).rejects.toThrow(/stayed locked by another connection for 100 ms/);
    lock.release();
  });

  it('refuses a directory, a device or a bad path before opening anything', async () => {
    await expect(openSqliteRecordStore(folder)).rejects.toThrow(/is not a regular file/);
    await expect(openSqliteRecordStore('/dev/null')).rejects.toThrow(/is not a regular file/);
    await expect(openSqliteRecordStore('')).rejects.toThrow(
      /path must be the path of a SQLite file/,
    );
    await expect(openSqliteRecordStore(freshFile(), { table: 'x; DROP TABLE y' })).rejects.toThrow(
      /table must be a name of lower-case letters/,
    );
  });

  it('refuses a file that is not a database, and a table made by a newer version', async () => {
    const junk = freshFile();
    writeFileSync(junk, 'not a database, just text '.repeat(100));
    await expect(openSqliteRecordStore(junk)).rejects.toThrow(ConsentRecordStoreError);
    const newer = freshFile();
    (await openSqliteRecordStore(newer)).close();
    const raw = new Database(newer);
    raw.prepare('UPDATE ddscp_consent_records_schema SET version = 9').run();
    raw.close();
    await expect(openSqliteRecordStore(newer)).rejects.toThrow(
      /made by a newer version of @ddscp\/consent \(schema 9; this version knows up to 1\)/,
    );
  });

  it('keeps its records in the table it is given, beside the site’s own', async () => {
    const file = freshFile();
    const store = await openSqliteRecordStore(file, { table: 'proof' });
    await store.add(record(), { source: 'server' });
    await store.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) AS n FROM proof').get()).toEqual({ n: 1 });
    raw.close();
  });
});

describe('a missing optional peer dependency', () => {
  it('is one clear error that names the package to install', async () => {
    const missing = 'not-installed-peer';
    const error = await loadPeer(
      missing,
      '1',
      'openExampleStore',
      () => import(/* @vite-ignore */ missing),
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MissingPeerDependencyError);
    expect((error as MissingPeerDependencyError).packageName).toBe('not-installed-peer');
    expect((error as Error).message).toBe(
      'openExampleStore needs the package not-installed-peer, which is not installed: run `npm install not-installed-peer@1` in your site (it is an optional peer dependency of @ddscp/consent, needed only by this store).',
    );
  });

  it('keeps any other failure to load as it is', async () => {
    const broken = new Error('The module was compiled against a different Node.js version');
    await expect(loadPeer('better-sqlite3', '12', 'x', () => Promise.reject(broken))).rejects.toBe(
      broken,
    );
  });
});
