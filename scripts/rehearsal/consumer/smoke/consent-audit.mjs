// ddscp-consent audit as installed without its optional peers: the entry loads, and the
// command says in one line what to install, exit status 2, before touching the network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { AuditError, auditSite, formatAuditReport } from '@ddscp/consent/audit';

assert.equal(typeof auditSite, 'function');
assert.equal(typeof formatAuditReport, 'function');
await assert.rejects(
  auditSite('not a url'),
  (error) => error instanceof AuditError && error.code === 'invalid-url',
);

const { CHROMIUM_PATH: _, ...env } = process.env;
const run = spawnSync(
  process.execPath,
  [
    join('node_modules', '@ddscp', 'consent', 'dist', 'cli.js'),
    'audit',
    'http://127.0.0.1:9/',
    '--quiet',
  ],
  { encoding: 'utf8', env, timeout: 60_000 },
);
assert.equal(run.status, 2, run.stderr);
assert.equal(run.stdout, '');
assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
assert.match(
  run.stderr,
  /^ddscp-consent: the audit drives Chromium through playwright-core, which is not installed: run npm install --save-dev playwright-core/,
);
