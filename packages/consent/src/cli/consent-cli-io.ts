/** What the `ddscp-consent` command reads and writes, passed in so that it runs the same in tests. */
export interface ConsentCliIo {
  /** Writes to standard output. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Environment variables (`CHROMIUM_PATH`, `DATABASE_URL`…). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package's version, for `--version`. */
  readonly version: string;
}

/**
 * A problem with how the command was called or with what it was given: reported in one
 * line, exit status 2.
 */
export class ConsentCliError extends Error {
  override readonly name = 'ConsentCliError';
}
