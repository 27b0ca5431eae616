import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The server example refuses, at start-up and in one line, a setting or a file it cannot
// work with, and never touches a proof-of-consent file it did not make.
test.beforeEach(({ baseURL }, testInfo) => {
  void baseURL; // Playwright reads fixtures from the first argument's names: it needs one.
  test.skip(testInfo.project.name !== 'server', 'about the server example only');
});

const serverDir =
  process.env.SERVER_DIR ?? new URL('../examples/server/', import.meta.url).pathname;

/** Runs the built server with `env` until it exits (a server that starts is stopped at once). */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['dist/server.js'], {
    cwd: serverDir,
    env: { ...process.env, PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 10_000,
  });
}

/** Runs `script` with the example's own better-sqlite3, as installed. */
function sqlite(script: string, file: string): string {
  const run = spawnSync(process.execPath, ['-e', script, file], {
    cwd: serverDir,
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return run.stdout;
}

test('a mistyped SITE_TODAY stops the server with a message that says what to write', () => {
  const run = start({ SITE_TODAY: '31/03/2025', CONSENT_DB: ':memory:' });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toBe(
    'Server example cannot start: Invalid date "31/03/2025" for SITE_TODAY: expected a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15".',
  );
});

test('the records of an earlier version of the example are carried over, its table left as it was', () => {
  const folder = mkdtempSync(join(tmpdir(), 'ddscp-old-records-'));
  const file = join(folder, 'consent-records.sqlite');
  try {
    // The table as an earlier version made it: decisions dated to the second, no decision ids.
    sqlite(
      `const db = new (require('better-sqlite3'))(process.argv[1]);
       db.exec("CREATE TABLE consent_records (id TEXT NOT NULL, decided_at TEXT NOT NULL, policy_version INTEGER NOT NULL, analytical INTEGER NOT NULL, method TEXT NOT NULL, source TEXT NOT NULL, received_at TEXT NOT NULL, PRIMARY KEY (id, decided_at)) STRICT");
       db.exec("INSERT INTO consent_records VALUES ('3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60', '2026-02-05T09:30:00.000Z', 1, 1, 'banner', 'form', '2026-02-05T09:30:00.123Z')");
       db.exec("INSERT INTO consent_records VALUES ('3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60', '2026-02-05T09:31:00.000Z', 2, 0, 'form', 'form', '2026-02-05T09:31:00.456Z')");
       db.exec("INSERT INTO consent_records VALUES ('not-an-id', '2026-02-05T09:32:00.000Z', 2, 0, 'form', 'form', '2026-02-05T09:32:00.000Z')");
       db.close();`,
      file,
    );
    // Started twice (on the port the tests' server already holds, so it stops once the
    // records are open): the second time finds them there and adds nothing.
    for (let time = 0; time < 2; time++) {
      const run = start({ CONSENT_DB: file, PORT: process.env.SERVER_PORT ?? '4802' });
      expect(run.stderr).toContain('1 rows of consent_records');
      expect(run.stderr).toContain('EADDRINUSE');
    }
    const rows = sqlite(
      `const db = new (require('better-sqlite3'))(process.argv[1], { readonly: true });
       process.stdout.write(JSON.stringify({
         old: db.prepare('SELECT count(*) AS n FROM consent_records').get().n,
         kept: db.prepare('SELECT visitor_id, decided_at, analytical, method, source, received_at FROM ddscp_consent_records ORDER BY decided_at').all(),
       }));`,
      file,
    );
    expect(JSON.parse(rows)).toEqual({
      old: 3,
      kept: [
        {
          visitor_id: '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60',
          decided_at: '2026-02-05T09:30:00.000Z',
          analytical: 1,
          method: 'banner',
          source: 'import',
          received_at: '2026-02-05T09:30:00.123Z',
        },
        {
          visitor_id: '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60',
          decided_at: '2026-02-05T09:31:00.000Z',
          analytical: 0,
          method: 'form',
          source: 'import',
          received_at: '2026-02-05T09:31:00.456Z',
        },
      ],
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});

test('an unreachable DATABASE_URL stops the server with one line', () => {
  const run = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:9/none' });
  expect(run.status).toBe(1);
  expect(run.stderr.trim()).toMatch(
    /^Server example cannot start: Cannot prepare the PostgreSQL table ddscp_consent_records: .+$/,
  );
});
