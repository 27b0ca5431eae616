import { quote } from '../errors/quote';

/**
 * A table name a store may be given: lower-case letters, digits and underscores, starting
 * with a letter or underscore, short enough for every database. Checked before it is ever
 * written into SQL, so no setting can inject any. @internal
 */
export function checkTableName(table: unknown, by: string): string {
  if (typeof table !== 'string' || !/^[a-z_][a-z\d_]{0,47}$/.test(table))
    throw new TypeError(
      `${by}: table must be a name of lower-case letters, digits and underscores, such as "ddscp_consent_records"; found ${quote(table)}.`,
    );
  return table;
}
