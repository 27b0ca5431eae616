// An in-memory CliIo for the CLI's tests: files in a Map, output collected. Not exported
// from the package.
import type { IsoDate } from '../calendar/iso-date';
import type { CliIo } from './cli-io';
import { runCli } from './run-cli';

/** Runs `ddscp args` against `files`; returns the exit status and what was written. */
export function run(
  args: string[],
  files: Record<string, string> = {},
  today = '2025-03-31',
): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readText: (path) => {
      if (path.endsWith('/')) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      const text = files[path];
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return text;
    },
    today: () => today as IsoDate,
    version: '1.2.3',
  };
  const status = runCli(args, io);
  return { status, out, err };
}
