import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config } from '../../test/fixtures';
import { record } from '../../test/record-store-contract';
import type { ConsentRecord } from '../decision/consent-record';
import { consentNotice } from '../records/consent-notice';
import { openSqliteRecordStore } from '../records/sqlite-record-store';
import type { ConsentCliIo } from './consent-cli-io';
import { runConsentCli } from './run-consent-cli';

const folder = mkdtempSync(join(tmpdir(), 'ddscp-records-cli-'));
const file = join(folder, 'records.sqlite');
const notices = join(folder, 'notices.json');
const id = '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60';
let made: ConsentRecord[];

beforeAll(async () => {
  const store = await openSqliteRecordStore(file);
  made = [
    record({ id, analytical: true }, 0),
    record({ id, analytical: false }, 60_000),
    record({ analytical: false, policyVersion: 2 }, 120_000),
    record({ analytical: true }, 86_400_000),
  ];
  for (const each of made)
    await store.add(each, { source: 'form', receivedAt: '2026-03-05T00:00:00.000Z' });
  await store.close();
  const notice = await consentNotice(config, {
    banner: 'Cookies on DDSCP',
    cookiesPage: 'Cookies',
  });
  writeFileSync(notices, JSON.stringify([notice]));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function run(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: ConsentCliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env,
    version: '1.2.3',
  };
  const status = await runConsentCli(args, io);
  return { status, out, err };
}

describe('ddscp-consent records', () => {
  it('prints its help', async () => {
    const help = await run(['records', '--help']);
    expect(help).toMatchObject({ status: 0, err: '' });
    expect(help.out).toContain('ddscp-consent records export (--sqlite FILE | --postgres [URL])');
    expect(help.out.split('\n').every((line) => line.length <= 80)).toBe(true);
  });

  it('counts the records', async () => {
    expect(await run(['records', 'count', '--sqlite', file])).toEqual({
      status: 0,
      out: '4\n',
      err: '',
    });
  });

  it('exports CSV with a header, oldest first, within --from and --to', async () => {
    const { status, out } = await run([
      'records',
      'export',
      '--sqlite',
      file,
      '--to',
      '2026-03-02',
    ]);
    expect(status).toBe(0);
    const lines = out.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'decision_id,visitor_id,decided_at,policy_version,analytical,method,source,received_at',
    );
    expect(lines.slice(1)).toEqual(
      made
        .slice(0, 3)
        .map(
          (each) =>
            `${each.decisionId},${each.id},${each.decidedAt},${each.policyVersion},${each.analytical},banner,form,2026-03-05T00:00:00.000Z`,
        ),
    );
    const later = await run([
      'records',
      'export',
      '--sqlite',
      file,
      '--from',
      '2026-03-02T00:00:00Z',
    ]);
    expect(later.out.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('exports JSON Lines', async () => {
    const { status, out } = await run(['records', 'export', '--sqlite', file, '--format', 'jsonl']);
    expect(status).toBe(0);
    expect(
      out
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line)),
    ).toEqual(
      made.map((each) => ({ ...each, source: 'form', receivedAt: '2026-03-05T00:00:00.000Z' })),
    );
  });

  it('exports ISO/IEC TS 27560 records, telling a withdrawal, and exits 1 for records without a notice', async () => {
    const { status, out, err } = await run([
      'records',
      'export',
      '--sqlite',
      file,
      '--format',
      'iso27560',
      '--controller',
      'DDSCP',
      '--contact',
      'dpo@example.gov.uk',
      '--notices',
      notices,
    ]);
    expect(status).toBe(1);
    expect(err).toBe(
      'ddscp-consent: records: 1 records of policy version 2 were left out of the export: --notices has no notice for it.\n',
    );
    const exported = JSON.parse(out) as Record<string, Record<string, unknown>>[];
    expect(exported.map((each) => each['dct:identifier'])).toEqual(
      [made[0], made[1], made[3]].map((each) => each?.decisionId),
    );
    expect(exported.map((each) => each['dpv:hasConsentStatus']?.['@type'])).toEqual([
      'dpv:ConsentGiven',
      'dpv:ConsentWithdrawn',
      'dpv:ConsentGiven',
    ]);
  });

  it('purges the records decided before a date, with a dry run first', async () => {
    const copy = join(folder, 'purge.sqlite');
    const store = await openSqliteRecordStore(copy);
    for (const each of made) await store.add(each, { source: 'beacon' });
    await store.close();
    expect(
      await run(['records', 'purge', '--sqlite', copy, '--before', '2026-03-02', '--dry-run']),
    ).toEqual({
      status: 0,
      out: '3 records decided before 2026-03-02T00:00:00.000Z would be deleted (dry run: none was).\n',
      err: '',
    });
    expect((await run(['records', 'count', '--sqlite', copy])).out).toBe('4\n');
    expect(await run(['records', 'purge', '--sqlite', copy, '--before', '2026-03-02'])).toEqual({
      status: 0,
      out: 'Deleted 3 records decided before 2026-03-02T00:00:00.000Z.\n',
      err: '',
    });
    expect((await run(['records', 'count', '--sqlite', copy])).out).toBe('1\n');
  });

  it.each([
    [[], 'records: no subcommand given: expected count, export or purge'],
    [['list'], 'records: unknown subcommand "list"'],
    [['count'], 'records: say where the records are: --sqlite FILE or --postgres URL'],
    [['count', '--sqlite', 'a', '--postgres', 'postgres://x'], 'say where the records are'],
    [['count', '--sqlite'], 'records: --sqlite needs a value'],
    [['count', '--sqlite', 'missing.sqlite'], 'records: --sqlite missing.sqlite: no such file.'],
    [['count', '--sqlite', 'x', '--sqlite', 'y'], '--sqlite is given twice'],
    [['count', '--before', '2026-01-01'], 'records count has no option "--before"'],
    [
      ['export', '--sqlite', 'x', '--format', 'xml'],
      '--format must be csv, jsonl, iso27560; found "xml"',
    ],
    [
      ['export', '--sqlite', 'x', '--from', '31/01/2026'],
      '--from must be a date such as 2026-01-31',
    ],
    [['export', '--sqlite', 'x', '--from', '2026-02-30'], '--from must be a date'],
    [
      ['export', '--sqlite', 'x', '--format', 'iso27560'],
      '--format iso27560 needs --controller NAME',
    ],
    [['export', '--sqlite', 'x', '--controller', 'DDSCP'], 'go with --format iso27560 only'],
    [['purge', '--sqlite', 'x'], 'purge needs --before DATE'],
    [['purge', '--sqlite', 'x', '--before', '2999-01-01'], 'is in the future'],
    [['count', '--postgres'], '--postgres has no URL and DATABASE_URL is not set'],
    [['count', '--postgres', 'mysql://x'], 'expected a connection string such as "postgres://'],
    [['count', 'extra'], 'unexpected "extra"'],
  ])('refuses %j in one line, exit status 2', async (args, message) => {
    const { status, out, err } = await run(['records', ...(args as string[])]);
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err.startsWith('ddscp-consent: ')).toBe(true);
    expect(err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('refuses a notices file that is not one, or not a file', async () => {
    const bad = join(folder, 'bad-notices.json');
    writeFileSync(bad, '[{"policyVersion": 3}]');
    const dir = join(folder, 'a-folder');
    mkdirSync(dir);
    const iso = [
      'records',
      'export',
      '--sqlite',
      file,
      '--format',
      'iso27560',
      '--controller',
      'D',
      '--contact',
      'd@x',
    ];
    expect((await run([...iso, '--notices', bad])).err).toContain(
      'notice 0 is not one consentNotice made',
    );
    expect((await run([...iso, '--notices', dir])).err).toContain('is not a regular file');
    expect((await run([...iso, '--notices', '/dev/zero'])).err).toContain('is not a regular file');
  });
});
