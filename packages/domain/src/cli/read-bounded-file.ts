// Reading what the CLI is given, with limits on bytes and time for every kind of path: a
// symlink to /dev/zero, a named pipe nobody writes to, or a file that grows while it is
// read must end in a clear error, never in a process that hangs or runs out of memory.
// Node only: the CLI's shell (cli.ts) passes this to runCli as its `readFile`.
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { CliError } from './cli-io';

/** How much the CLI reads at most, and for how long it waits for standard input. */
export interface ReadLimits {
  /** Bytes; a longer input is refused with `EFBIG` rather than read whole. */
  readonly maxBytes: number;
  /** Milliseconds to wait for standard input (`-`) to end. */
  readonly stdinTimeoutMs: number;
}

/** The size of each read: large enough for few system calls, small enough to stop early. */
const CHUNK = 1 << 20;

/**
 * The bytes of the file at `path`, or of standard input for `-`, within `limits`. Only
 * regular files are read: a folder throws `EISDIR`, and a named pipe, a device or a socket
 * throws a {@link CliError} that says what it is (opening never blocks, and nothing is read
 * from it). Reading stops one chunk past `maxBytes`, so a file that grows, or a huge one
 * whose size `stat` misreports, costs at most that much memory. Node's errors (`ENOENT`,
 * `EACCES`…) are thrown as they are, for the caller to put into words.
 */
export async function readBoundedFile(
  path: string,
  limits: ReadLimits,
  stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean } = process.stdin,
): Promise<Uint8Array> {
  if (path === '-') return readStdin(stdin, limits);
  // O_NONBLOCK: opening a named pipe with no writer returns at once instead of waiting.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('EISDIR'), { code: 'EISDIR' });
    if (!stats.isFile()) {
      throw new CliError(
        `cannot read ${path}: it is ${kindOf(stats)}, not a file (to pass what a program writes, use - and a pipe: … | ddscp check -).`,
      );
    }
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK, limits.maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limits.maxBytes) throw tooLarge();
    }
    return concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

function tooLarge(): Error {
  return Object.assign(new Error('too large'), { code: 'EFBIG' });
}

/** Standard input, whole, within the limits: a terminal is refused, as nothing was piped in. */
function readStdin(
  stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean },
  limits: ReadLimits,
): Promise<Uint8Array> {
  if (stdin.isTTY) {
    return Promise.reject(
      new CliError(
        '- reads standard input, but nothing is piped in: e.g. ddscp check - < catalog.json.',
      ),
    );
  }
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const finish = (error?: Error) => {
      clearTimeout(timer);
      stdin.off('data', onData);
      stdin.off('end', onEnd);
      stdin.off('error', onError);
      // All of it was read, or none of it is wanted: a pipe left open would keep the process alive.
      (stdin as { destroy?: () => void }).destroy?.();
      if (error) reject(error);
      else resolve(concat(chunks, total));
    };
    const onData = (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
      chunks.push(bytes);
      total += bytes.length;
      if (total > limits.maxBytes) finish(tooLarge());
    };
    const onEnd = () => finish();
    const onError = (error: Error) => finish(error);
    const timer = setTimeout(
      () =>
        finish(
          new CliError(
            `standard input did not end within ${Math.round(limits.stdinTimeoutMs / 1000)} s: pipe a whole file in, e.g. ddscp check - < catalog.json.`,
          ),
        ),
      limits.stdinTimeoutMs,
    );
    stdin.on('data', onData);
    stdin.on('end', onEnd);
    stdin.on('error', onError);
    stdin.resume();
  });
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}
