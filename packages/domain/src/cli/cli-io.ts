import type { IsoDate } from '../calendar/iso-date';

/** What the CLI reads and writes, passed in so that it runs the same in tests. */
export interface CliIo {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /**
   * Reads a whole file, or standard input for `-`, within a byte limit (`maxBytes`, or the
   * CLI's default) and bounded time. Throws Node's error (with its `code`: `ENOENT`,
   * `EISDIR`, `EACCES`, `EFBIG` past the limit) or a {@link CliError} for what is not a
   * file (a named pipe, a device).
   */
  readonly readFile: (
    path: string,
    options?: { readonly maxBytes?: number },
  ) => Promise<Uint8Array>;
  /** Today in England, for `--today`'s default. */
  readonly today: () => IsoDate;
  /** The package's version, for `--version`. */
  readonly version: string;
}

/** Where in a file a {@link CliError} is, when it is about a place in one. */
export interface CliErrorPlace {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * A problem with how the CLI was called or what it was given: reported in one line,
 * exit status 2 (and, with `--json`, as `{ "error": { "message", "file", "line", "column" } }`).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  /** The file, and the line and column in it, that the problem is about. */
  readonly place: CliErrorPlace | undefined;

  constructor(message: string, options?: ErrorOptions & { readonly place?: CliErrorPlace }) {
    super(message, options);
    this.place = options?.place;
  }
}
