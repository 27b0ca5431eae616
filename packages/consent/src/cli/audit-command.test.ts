import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUDIT_HELP } from './audit-command';
import type { ConsentCliIo } from './consent-cli-io';
import { runConsentCli } from './run-consent-cli';

const dir = mkdtempSync(join(tmpdir(), 'ddscp-audit-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `ddscp-consent audit …` in this process; none of these gets as far as a browser. */
async function audit(args: string[], env: Record<string, string> = {}) {
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
  const status = await runConsentCli(['audit', ...args], io);
  return { status, out, err };
}

describe('ddscp-consent audit', () => {
  it('prints its help, every line within 80 columns', async () => {
    expect(await audit(['--help'])).toEqual({ status: 0, out: AUDIT_HELP, err: '' });
    for (const line of AUDIT_HELP.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(AUDIT_HELP).toContain('--allow-host HOST');
  });

  it.each([
    [
      [],
      'audit needs the address of a page: ddscp-consent audit https://www.example.gov.uk/ (see ddscp-consent audit --help).',
    ],
    [
      ['https://a.example/', 'https://b.example/'],
      'audit takes one address; found 2 ("https://a.example/", "https://b.example/").',
    ],
    [['https://a.example/', '--pages'], '--pages needs a value, e.g. --pages 3.'],
    [
      ['https://a.example/', '--pages', 'all'],
      '--pages must be a whole number from 0 to 50; found "all".',
    ],
    [
      ['https://a.example/', '--pages', '99'],
      '--pages must be a whole number from 0 to 50; found "99".',
    ],
    [
      ['https://a.example/', '--timeout', '0'],
      '--timeout must be a whole number from 1 to 3600; found "0".',
    ],
    [['https://a.example/', '--json=yes'], '--json does not take a value.'],
    [
      ['https://a.example/', '--headless'],
      'unknown option --headless for audit (see ddscp-consent audit --help).',
    ],
    [
      ['www.example.gov.uk'],
      'the address to audit must be a web address such as https://www.example.gov.uk/; found "www.example.gov.uk" (did you mean https://www.example.gov.uk?).',
    ],
    [
      ['https://a.example/', '--allow-host', 'https://cdn.example/'],
      '--allow-host must be a host name such as cdn.example.gov.uk, *.example.gov.uk or cdn.example.gov.uk:8443; found "https://cdn.example/".',
    ],
    [
      ['https://a.example/', '--junit', '/no/such/folder/audit.xml'],
      '--junit /no/such/folder/audit.xml: the folder /no/such/folder does not exist.',
    ],
  ])('refuses %j in one line, exit status 2', async (args, message) => {
    expect(await audit(args)).toEqual({ status: 2, out: '', err: `ddscp-consent: ${message}\n` });
  });

  it('refuses a configuration file it cannot use before starting a browser', async () => {
    const result = await audit(['https://a.example/', '--config', join(dir, 'missing.json')]);
    expect(result).toEqual({
      status: 2,
      out: '',
      err: `ddscp-consent: --config ${join(dir, 'missing.json')}: no such file.\n`,
    });
  });

  it('says where CHROMIUM_PATH points when nothing is there', async () => {
    const result = await audit(['https://a.example/'], { CHROMIUM_PATH: '/opt/no-chromium' });
    expect(result.status).toBe(2);
    expect(result.err).toBe(
      'ddscp-consent: CHROMIUM_PATH is "/opt/no-chromium", but there is no file there: set it to a Chromium or Chrome executable, or leave it out.\n',
    );
  });

  it.runIf(
    !('stripTypeScriptTypes' in (process.versions as object)) &&
      Number(process.versions.node.split('.')[0]) < 22,
  )(
    'says how to give a TypeScript configuration on a Node that cannot load it (the built command)',
    async () => {
      const file = join(dir, 'consent.config.ts');
      writeFileSync(
        file,
        'export const consentConfig: { policyVersion: number } = { policyVersion: 1 };\n',
      );
      const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
      const result = await new Promise<{ code: number; err: string }>((resolve) =>
        execFile(
          process.execPath,
          [cli, 'audit', 'https://a.example/', '--config', file],
          (error, _out, err) =>
            resolve({ code: Number((error as { code?: number } | null)?.code ?? 0), err }),
        ),
      );
      expect(result.code).toBe(2);
      expect(result.err).toContain(
        'cannot load TypeScript itself: use Node 22.18 or later, run with NODE_OPTIONS=--import=tsx',
      );
    },
  );
});
