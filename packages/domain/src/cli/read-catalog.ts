import type { Catalog } from '../catalog/catalog-schema';
import { type CatalogIssue, parseCatalog } from '../catalog/parse-catalog';
import { plural } from '../internal/plural';
import { CliError, type CliIo } from './cli-io';
import { jsonSyntaxError } from './json-syntax-error';

/** A catalogue file read and checked: the catalogue, or its schema problems. */
export type ReadCatalog =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly issues: readonly CatalogIssue[] };

/**
 * Reads and checks a catalogue file. A file that cannot be read or is not JSON is a
 * {@link CliError} (with the line and column of the first JSON error); a schema problem
 * is returned, for `check` to list and the other commands to refuse.
 */
export async function readCatalog(path: string, io: CliIo): Promise<ReadCatalog> {
  const text = await readText(path, io);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = jsonSyntaxError(text);
    throw new CliError(
      where
        ? `${path}:${where.line}:${where.column}: not valid JSON: ${where.message}.`
        : `${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  return parseCatalog(data);
}

/** The catalogue of a command that cannot go on without a valid one. */
export async function validCatalog(path: string, io: CliIo): Promise<Catalog> {
  const result = await readCatalog(path, io);
  if (result.ok) return result.catalog;
  const [first] = result.issues;
  const more = result.issues.length - 1;
  throw new CliError(
    `${path} is not a valid catalogue: ${first?.path ? `${first.path}: ` : ''}${first?.message}${more > 0 ? ` (and ${plural(more, 'more problem')}: run ddscp check ${path})` : ''}`,
  );
}

/** A text file's contents (without a byte order mark), or a {@link CliError} saying why not. */
export async function readText(path: string, io: CliIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException)?.code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder, not a file'
          : code === 'EACCES' || code === 'EPERM'
            ? 'permission denied'
            : code === 'EFBIG' || code === 'ERR_FS_FILE_TOO_LARGE' || code === 'ERR_STRING_TOO_LONG'
              ? 'the file is too large'
              : ((error as Error)?.message ?? String(error));
    throw new CliError(`cannot read ${path}: ${why}.`);
  }
  // Invalid UTF-8 becomes U+FFFD, as Node's own readFile(…, 'utf8') reads it.
  const text = new TextDecoder().decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
