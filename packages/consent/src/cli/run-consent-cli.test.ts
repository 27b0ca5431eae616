import { describe, expect, it } from 'vitest';
import type { ConsentCliIo } from './consent-cli-io';
import { runConsentCli } from './run-consent-cli';

async function run(args: string[]) {
  let out = '';
  let err = '';
  const io: ConsentCliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    env: {},
    version: '1.2.3',
  };
  const status = await runConsentCli(args, io);
  return { status, out, err };
}

describe('ddscp-consent', () => {
  it('prints its help and version', async () => {
    expect(await run(['--help'])).toMatchObject({ status: 0, err: '' });
    expect((await run(['--help'])).out).toContain('ddscp-consent audit <url>');
    expect(await run(['--version'])).toEqual({ status: 0, out: '1.2.3\n', err: '' });
  });

  it('refuses a missing or unknown command in one line, exit status 2', async () => {
    expect(await run([])).toEqual({
      status: 2,
      out: '',
      err: 'ddscp-consent: no command given: try ddscp-consent --help.\n',
    });
    const unknown = await run(['constructor']);
    expect(unknown.status).toBe(2);
    expect(unknown.err).toBe(
      'ddscp-consent: unknown command "constructor": expected records or audit (see ddscp-consent --help).\n',
    );
  });
});
