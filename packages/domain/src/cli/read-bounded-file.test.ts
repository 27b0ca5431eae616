import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from './cli-io';
import { readBoundedFile } from './read-bounded-file';

const dir = mkdtempSync(join(tmpdir(), 'ddscp-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const limits = { maxBytes: 1024, stdinTimeoutMs: 200 };

describe('readBoundedFile', () => {
  it('reads a regular file whole', async () => {
    const path = join(dir, 'catalog.json');
    writeFileSync(path, '{"reviews": []}');
    expect(new TextDecoder().decode(await readBoundedFile(path, limits))).toBe('{"reviews": []}');
  });

  it('refuses a file over the limit without reading it all', async () => {
    const path = join(dir, 'big.json');
    writeFileSync(path, 'x'.repeat(limits.maxBytes + 1));
    await expect(readBoundedFile(path, limits)).rejects.toMatchObject({ code: 'EFBIG' });
  });

  it('refuses a device behind a symlink at once, whatever stat says its size is', async () => {
    const path = join(dir, 'zero.json');
    symlinkSync('/dev/zero', path);
    const error = await readBoundedFile(path, limits).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toMatch(/it is a device, not a file/);
  });

  it('refuses a named pipe with no writer without waiting for one', async () => {
    const path = join(dir, 'pipe.json');
    execFileSync('mkfifo', [path]);
    const error = await readBoundedFile(path, limits).catch((caught: unknown) => caught);
    expect((error as Error).message).toMatch(/it is a named pipe \(FIFO\), not a file/);
  });

  it('refuses a folder as EISDIR and a missing file as ENOENT', async () => {
    await expect(readBoundedFile(dir, limits)).rejects.toMatchObject({ code: 'EISDIR' });
    await expect(readBoundedFile(join(dir, 'nothing'), limits)).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('reads standard input for -, within the byte limit and the time limit', async () => {
    const piped = new PassThrough();
    piped.end('{"from": "stdin"}');
    expect(new TextDecoder().decode(await readBoundedFile('-', limits, piped))).toBe(
      '{"from": "stdin"}',
    );

    const flood = new PassThrough();
    flood.write('x'.repeat(limits.maxBytes + 1));
    await expect(readBoundedFile('-', limits, flood)).rejects.toMatchObject({ code: 'EFBIG' });

    const silent = new PassThrough();
    await expect(readBoundedFile('-', limits, silent)).rejects.toThrow(
      /standard input did not end within 0 s/,
    );
  });

  it('refuses a terminal as standard input: nothing was piped in', async () => {
    const terminal = Object.assign(new PassThrough(), { isTTY: true });
    await expect(readBoundedFile('-', limits, terminal)).rejects.toThrow(/nothing is piped in/);
  });
});
