// An in-memory CliIo for the CLI's tests: files in a Map, output collected. Not part of
// the package.
import type { IsoDate } from '../../src/calendar/iso-date';
import type { CliIo } from '../../src/cli/cli-io';
import { runCli } from '../../src/cli/run-cli';

/**
 * Runs `ddscp args` against `files` (`-` is standard input); returns the exit status and
 * what was written.
 */
export async function run(
  args: string[],
  files: Record<string, string | Uint8Array> = {},
  today = '2025-03-31',
): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
    readFile: async (path) => {
      if (path.endsWith('/')) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
      if (path === 'locked.json') throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      if (path === 'huge.json') throw Object.assign(new Error('EFBIG'), { code: 'EFBIG' });
      const contents = files[path];
      if (contents === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
      return typeof contents === 'string' ? new TextEncoder().encode(contents) : contents;
    },
    today: () => today as IsoDate,
    version: '1.2.3',
  };
  const status = await runCli(args, io);
  return { status, out, err };
}
