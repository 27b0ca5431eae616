import { describeValue } from '../internal/describe-value';
import { formatPath } from '../internal/format-path';
import { catalogMessages } from './catalog-messages';
import { type Catalog, catalogSchema } from './catalog-schema';

/** A problem {@link parseCatalog} found: where, as `reviews[0].documents[2].published`, and what. */
export interface CatalogIssue {
  /** Where in the catalogue, e.g. `reviews[0].documents[2].published`; `''` for the whole input. */
  readonly path: string;
  /** A sentence for the person who keeps the catalogue: what was found and what was expected. */
  readonly message: string;
}

/** What {@link parseCatalog} returns: the catalogue, or every problem found in it. */
export type ParseCatalogResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | { readonly ok: false; readonly issues: readonly CatalogIssue[] };

/**
 * Checks data (usually `JSON.parse` of a catalogue file) against {@link catalogSchema} and
 * returns the catalogue, or every problem with a path a person can follow. Never throws,
 * whatever the input.
 *
 * @example
 * const result = parseCatalog(JSON.parse(text));
 * if (!result.ok) for (const issue of result.issues) console.error(`${issue.path}: ${issue.message}`);
 */
export function parseCatalog(input: unknown): ParseCatalogResult {
  try {
    const result = catalogSchema.safeParse(input, { error: catalogMessages });
    if (result.success) return { ok: true, catalog: result.data };
    return {
      ok: false,
      issues: result.error.issues.map((issue) =>
        issue.code === 'unrecognized_keys'
          ? {
              path: formatPath([...issue.path, issue.keys[0] ?? '']),
              message: `Unknown field${issue.keys.length > 1 ? `s ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}` : ''}: check the spelling against the catalogue format in the @ddscp/domain README.`,
            }
          : { path: formatPath(issue.path), message: issue.message },
      ),
    };
  } catch (error) {
    // Only input no JSON text can produce gets here (a getter that throws, a revoked proxy).
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: `Cannot read the catalogue: ${describeValue((error as Error)?.message)}.`,
        },
      ],
    };
  }
}
