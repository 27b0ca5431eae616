// Types of postgres.mjs, for the TypeScript tests that start a throwaway cluster.

/** A running throwaway cluster. */
export interface ThrowawayPostgres {
  /** `postgres://postgres@127.0.0.1:<port>/postgres`. */
  readonly url: string;
  readonly port: number;
  /** The postmaster's process id. */
  readonly pid: number | undefined;
  /** The temp folder holding the data and the socket. */
  readonly dir: string;
  /** Ends the server by PID and deletes its folder. */
  stop(): Promise<void>;
  /** The last lines the server wrote to standard error. */
  log(): string;
}

export function postgresBinaries(): string;
export function hasPostgres(): boolean;
export function startPostgres(options?: {
  readonly durable?: boolean;
  readonly maxConnections?: number;
}): Promise<ThrowawayPostgres>;
