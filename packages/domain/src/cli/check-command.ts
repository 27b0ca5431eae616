import { lintCatalog } from '../catalog/lint-catalog';
import type { Finding } from '../findings/finding';
import { formatPath } from '../findings/format-path';
import { plural } from '../internal/plural';
import type { CliCommand } from './cli-command';
import {
  CATALOG_ARGUMENT,
  catalogArgument,
  jsonOption,
  knownNamesOption,
  readKnownNames,
  todayOption,
} from './common-options';
import { locate, readCatalogFile } from './read-catalog';
import { paragraph, WIDTH, wrap } from './text-layout';

/**
 * `ddscp check <catalog.json>`: the catalogue's schema problems (`parseCatalog`), or, for a
 * valid one, `lintCatalog`'s findings, each with its place in the file, for a person or
 * (`--json`) a program. Exit status 1 when there is an error, else 0.
 */
export const checkCommand: CliCommand = {
  name: 'check',
  usage: ['<catalog.json> [--today YYYY-MM-DD] [--json] [--known-names FILE]'],
  summary:
    'Check a catalogue: its form, identifying details, documents past their retention, the partnership, missed deadlines.',
  description: [
    'Checks that the file is a valid catalogue; if it is, checks it on the day for what would make the review page wrong (details that could identify a child or family, documents past their retention, a statutory partner missing) and what needs the team (missing dates and summaries, missed or overdue deadlines).',
    'Each finding has its place in the file (catalog.json:12:9), its code (listed in the README) and what to do.',
    CATALOG_ARGUMENT.replace('COMMAND', 'check'),
  ],
  options: {
    today: todayOption,
    json: jsonOption,
    'known-names': knownNamesOption,
  },
  exitStatus: '0 no errors (warnings are allowed), 1 errors found, 2 the check could not run',
  examples: ['check catalog.json', 'check catalog.json --today 2025-04-01 --json'],
  async run(context) {
    const path = catalogArgument(checkCommand, context);
    const { io } = context;
    const knownNames = await readKnownNames(context);
    const today = context.today();
    const file = await readCatalogFile(path, io);
    const { result } = file;
    const found: readonly Finding[] = result.ok
      ? lintCatalog(result.catalog, today, { knownNames })
      : result.findings;
    // In the order of the file, for an editor working down it (the sort is stable).
    const located = locate(
      file,
      found.map((finding) => finding.path),
    ).map((place, index) => ({ place, finding: found[index] as Finding }));
    located.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
    const findings = located.map((entry) => entry.finding);
    const places = located.map((entry) => entry.place);
    const errors = findings.filter((finding) => finding.severity === 'error').length;
    const warnings = findings.length - errors;
    if (context.options.json) {
      const report = {
        file: path,
        today,
        valid: result.ok,
        errors,
        warnings,
        findings: findings.map(({ severity, code, path, message }, index) => ({
          severity,
          code,
          path: formatPath(path),
          message,
          line: places[index]?.line ?? 1,
          column: places[index]?.column ?? 1,
        })),
      };
      io.out(`${JSON.stringify(report, null, 2)}\n`);
    } else {
      const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
      const summary = !result.ok
        ? `not a valid catalogue: ${counts}.`
        : findings.length === 0
          ? 'no problems found.'
          : `${counts}.`;
      const lines = wrap(`${file.label} on ${today}: ${summary}`, 2);
      findings.forEach((finding, index) => {
        const where = formatPath(finding.path) || '(the whole file)';
        const head = `${finding.severity.padEnd(9)}${where}`;
        const place = places[index];
        lines.push(
          '',
          ...(head.length + 2 + finding.code.length <= WIDTH
            ? [`${head}  ${finding.code}`]
            : [head, `${' '.repeat(9)}${finding.code}`]),
          ...paragraph(`${file.label}:${place?.line ?? 1}:${place?.column ?? 1}`, 9),
          ...paragraph(finding.message, 9),
        );
      });
      io.out(`${lines.join('\n')}\n`);
    }
    return errors > 0 ? 1 : 0;
  },
};
