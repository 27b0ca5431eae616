import type { Catalog } from '../catalog/catalog-schema';
import { type ParseCatalogResult, parseCatalog } from '../catalog/parse-catalog';
import type { FindingPath } from '../findings/finding';
import { formatPath } from '../findings/format-path';
import { plural } from '../internal/plural';
import { CliError, type CliIo } from './cli-io';
import { locateJsonPaths, type TextLocation } from './json-locations';
import { jsonSyntaxError } from './json-syntax-error';

/** A catalogue file read and checked: its text, and the catalogue or its schema problems. */
export interface CatalogFile {
  /** The path as given (`-` for standard input). */
  readonly path: string;
  /** The name to show: the path, or `<stdin>`. */
  readonly label: string;
  readonly text: string;
  readonly result: ParseCatalogResult;
}

/** The name a file is shown by: its path, or `<stdin>` for `-`. */
export const fileLabel = (path: string): string => (path === '-' ? '<stdin>' : path);

/**
 * Reads and checks a catalogue file. A file that cannot be read or is not JSON is a
 * {@link CliError} (with the line and column of the first JSON error); a schema problem is
 * in the result, for `check` to list and the other commands to refuse.
 */
export async function readCatalogFile(path: string, io: CliIo): Promise<CatalogFile> {
  const text = await readText(path, io);
  const label = fileLabel(path);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const where = jsonSyntaxError(text);
    throw new CliError(
      where
        ? `${label}:${where.line}:${where.column}: not valid JSON: ${where.message}.`
        : `${label} is not valid JSON: ${(error as Error).message}`,
      { place: { file: path, ...(where && { line: where.line, column: where.column }) } },
    );
  }
  return { path, label, text, result: parseCatalog(data) };
}

/** Where each of `paths` is in the file, as line and column. */
export function locate(file: CatalogFile, paths: readonly FindingPath[]): TextLocation[] {
  return locateJsonPaths(file.text, paths);
}

/**
 * The catalogue of a command that cannot go on without a valid one, or a CliError that
 * gives the first problem with its place in the file (`catalog.json:12:9: …`).
 */
export async function validCatalog(path: string, io: CliIo): Promise<Catalog> {
  const file = await readCatalogFile(path, io);
  const { result } = file;
  if (result.ok) return result.catalog;
  const [first] = result.findings;
  const more = result.findings.length - 1;
  const [where = { line: 1, column: 1 }] = locate(file, first ? [first.path] : []);
  const at = first?.path.length ? `${formatPath(first.path)}: ` : '';
  throw new CliError(
    `${file.label}:${where.line}:${where.column}: not a valid catalogue: ${at}${first?.message}${more > 0 ? ` (and ${plural(more, 'more problem')}: run ddscp check ${path})` : ''}`,
    { place: { file: path, ...where } },
  );
}

/**
 * A file's bytes (within `maxBytes`, or the CLI's default), or a {@link CliError} saying in
 * one line why they cannot be read.
 */
export async function readBytes(
  path: string,
  io: CliIo,
  options: { readonly maxBytes?: number } = {},
): Promise<Uint8Array> {
  try {
    return await io.readFile(path, options);
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
              ? `the file is too large${options.maxBytes === undefined ? '' : ` (the limit is ${Math.round(options.maxBytes / 1024 / 1024)} MB)`}`
              : ((error as Error)?.message ?? String(error));
    throw new CliError(`cannot read ${fileLabel(path)}: ${why}.`, { place: { file: path } });
  }
}

/** A text file's contents (without a byte order mark), or a {@link CliError} saying why not. */
export async function readText(path: string, io: CliIo): Promise<string> {
  const bytes = await readBytes(path, io);
  // Invalid UTF-8 becomes U+FFFD, as Node's own readFile(…, 'utf8') reads it.
  const text = new TextDecoder().decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
