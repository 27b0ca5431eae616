import type { Finding } from '../findings/finding';
import { formatPath } from '../findings/format-path';
import { closestMatch } from '../internal/closest-match';
import { describeValue } from '../internal/describe-value';
import { fieldsAt } from './catalog-fields';
import { catalogMessages } from './catalog-messages';
import { type Catalog, catalogSchema } from './catalog-schema';

/**
 * A problem {@link parseCatalog} found: an error with the code `invalid-catalog`, where it
 * is (a {@link FindingPath}) and what is wrong.
 */
export type ParseCatalogFinding = Finding<'invalid-catalog'>;

/** @deprecated Use {@link ParseCatalogFinding}: the same problem, with `severity` and `code`, and its `path` as data. */
export type CatalogIssue = ParseCatalogFinding;

/** What {@link parseCatalog} returns: the catalogue, or every problem found in it. */
export type ParseCatalogResult =
  | { readonly ok: true; readonly catalog: Catalog }
  | {
      readonly ok: false;
      /** Every problem found. */
      readonly findings: readonly ParseCatalogFinding[];
      /** @deprecated Use `findings` (the same list). */
      readonly issues: readonly ParseCatalogFinding[];
    };

/**
 * Checks data (usually `JSON.parse` of a catalogue file) against {@link catalogSchema} and
 * returns the catalogue, or every problem as a {@link Finding} (`invalid-catalog`, an error)
 * with its path. Never throws, whatever the input.
 *
 * The messages say what was found and what was expected, and suggest what was meant: the
 * field a misspelt one stands for, with the fields allowed there (`sumary`: did you mean
 * "summary"?), the value a misspelt one stands for (`lcpsr`: did you mean "lcspr"?), and the
 * ISO form of a UK-style date (`31/03/2024`: did you mean "2024-03-31"?).
 *
 * @example
 * const result = parseCatalog(JSON.parse(text));
 * if (!result.ok) for (const f of result.findings) console.error(`${formatPath(f.path)}: ${f.message}`);
 */
export function parseCatalog(input: unknown): ParseCatalogResult {
  let findings: ParseCatalogFinding[];
  try {
    const result = catalogSchema.safeParse(input, { error: catalogMessages });
    if (result.success) return { ok: true, catalog: result.data };
    findings = result.error.issues.flatMap((issue): ParseCatalogFinding[] =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => unknownField(issue.path, key))
        : [finding(issue.path, issue.message)],
    );
  } catch (error) {
    // Only input no JSON text can produce gets here (a getter that throws, a revoked proxy).
    findings = [
      finding([], `Cannot read the catalogue: ${describeValue((error as Error)?.message)}.`),
    ];
  }
  return failed(findings);
}

function finding(path: readonly PropertyKey[], message: string): ParseCatalogFinding {
  return {
    severity: 'error',
    code: 'invalid-catalog',
    path: path.filter((key): key is string | number => typeof key !== 'symbol'),
    message,
  };
}

/** An unknown field, with the field it most likely stands for and the fields allowed there. */
function unknownField(at: readonly PropertyKey[], key: string): ParseCatalogFinding {
  const fields = fieldsAt(catalogSchema, at) ?? [];
  const meant = closestMatch(key, fields);
  const where = at.length === 0 ? 'at the top of a catalogue' : `in ${formatPath(at)}`;
  const allowed = fields.length ? ` The fields ${where} are ${fields.join(', ')}.` : '';
  return finding(
    [...at, key],
    `Unknown field ${describeValue(key)}${meant ? `: did you mean "${meant}"?` : '.'}${allowed}`,
  );
}

/** A failed result; `issues`, the old name of `findings`, is kept but not enumerable. */
function failed(findings: readonly ParseCatalogFinding[]): ParseCatalogResult {
  const result = { ok: false as const, findings };
  Object.defineProperty(result, 'issues', { value: findings, enumerable: false });
  return result as ParseCatalogResult;
}
