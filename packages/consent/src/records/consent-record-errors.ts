/**
 * Thrown by a store's `add` (and by `checkConsentRecord`) for a record that is not a consent
 * record: `field` names what is wrong (`decidedAt`, `source`…). Answer a report with a 400.
 */
export class ConsentRecordError extends Error {
  override readonly name = 'ConsentRecordError';

  constructor(
    /** The field that is wrong, or `record` for the record as a whole. */
    readonly field: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * Thrown by a store's `add` when a record reuses the decision id of a different decision the
 * store already keeps. Random decision ids do not collide: this is a forged or corrupted
 * record. The store keeps the first one.
 */
export class ConsentRecordConflictError extends Error {
  override readonly name = 'ConsentRecordConflictError';

  constructor(
    /** The decision id both records claim. */
    readonly decisionId: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Thrown when a store cannot do what it was asked: the database stayed locked for longer
 * than the store retries, the connection failed, the table was made by a newer version, the
 * store is closed. A failed `add` carries its `record`: it is proof of consent, so keep it
 * (log it) and add it again.
 */
export class ConsentRecordStoreError extends Error {
  override readonly name = 'ConsentRecordStoreError';

  constructor(message: string, options?: ErrorOptions & { readonly record?: unknown }) {
    super(message, options);
    this.record = options?.record;
  }

  /** The record that was not stored, when the failure was an `add`. */
  readonly record: unknown;
}

/**
 * Thrown when an optional peer dependency a store needs is not installed, naming the package
 * and the command that installs it.
 */
export class MissingPeerDependencyError extends Error {
  override readonly name = 'MissingPeerDependencyError';

  constructor(
    /** The package to install, such as `better-sqlite3` or `pg`. */
    readonly packageName: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
