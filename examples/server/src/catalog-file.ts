// The catalogue the site shows: the file given by CATALOG, or the package's sample. Read and
// checked once, at start-up: a file that cannot be read or is not a valid catalogue stops
// the server with the first problem and where it is, rather than serving a wrong page.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Catalog, ddscpCatalog, formatPath, parseCatalog } from '@ddscp/domain';

/** A catalogue of thousands of reviews is a few megabytes; a larger file is a mistake. */
const MAX_BYTES = 64 * 1024 * 1024;

/**
 * The catalogue at `path` (relative to `base`, the folder `npm start` was run in), or the
 * sample when no path is given. Throws an Error whose message says what is wrong.
 */
export function loadCatalog(path: string | undefined, base = process.cwd()): Catalog {
  if (!path) return ddscpCatalog;
  const file = resolve(base, path);
  let text: string;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new Error(`${path} is not a file`);
    if (stats.size > MAX_BYTES) throw new Error(`${path} is larger than ${MAX_BYTES} bytes`);
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`CATALOG: cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `CATALOG: ${path} is not valid JSON (${(error as Error).message}); run npx ddscp check ${path}`,
      { cause: error },
    );
  }
  const result = parseCatalog(data);
  if (!result.ok) {
    const [first] = result.findings;
    throw new Error(
      `CATALOG: ${path} is not a valid catalogue: ${first ? `${formatPath(first.path)}: ${first.message}` : ''} (run npx ddscp check ${path} for every problem and its line)`,
    );
  }
  return result.catalog;
}
