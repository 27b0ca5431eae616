import type { IsoDate } from '../calendar/iso-date';
import { type CatalogFinding, lintCatalog } from '../catalog/lint-catalog';
import { plural } from '../internal/plural';
import type { CliIo } from './cli-io';
import { readCatalog, readText } from './read-catalog';
import { paragraph, WIDTH, wrap } from './text-layout';

/** A finding of `ddscp check`: one of `lintCatalog`'s, or a schema problem (`invalid-catalog`). */
export type CheckFinding = Omit<CatalogFinding, 'code'> & {
  readonly code: CatalogFinding['code'] | 'invalid-catalog';
};

/**
 * `ddscp check <catalog.json>`: schema problems, or `lintCatalog`'s findings, for a person
 * or (`--json`) a program. Exit status 1 when there is an error, else 0.
 */
export async function checkCommand(
  path: string,
  today: IsoDate,
  options: { readonly json: boolean; readonly knownNamesFile: string | undefined },
  io: CliIo,
): Promise<number> {
  const knownNames =
    options.knownNamesFile === undefined
      ? []
      : (await readText(options.knownNamesFile, io))
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter(Boolean);
  const result = await readCatalog(path, io);
  const findings: CheckFinding[] = result.ok
    ? lintCatalog(result.catalog, today, { knownNames })
    : result.issues.map((issue) => ({
        severity: 'error',
        code: 'invalid-catalog',
        path: issue.path,
        message: issue.message,
      }));
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  if (options.json) {
    const report = { file: path, today, valid: result.ok, errors, warnings, findings };
    io.out(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
    const summary = !result.ok
      ? `not a valid catalogue: ${counts}.`
      : findings.length === 0
        ? 'no problems found.'
        : `${counts}.`;
    const lines = wrap(`${path} on ${today}: ${summary}`, 2);
    for (const finding of findings) {
      const where = finding.path || '(the whole file)';
      const head = `${finding.severity.padEnd(9)}${where}`;
      lines.push(
        '',
        ...(head.length + 2 + finding.code.length <= WIDTH
          ? [`${head}  ${finding.code}`]
          : [head, `${' '.repeat(9)}${finding.code}`]),
        ...paragraph(finding.message, 9),
      );
    }
    io.out(`${lines.join('\n')}\n`);
  }
  return errors > 0 ? 1 : 0;
}
