import type { AuditCheck, AuditFinding, AuditReport } from './audit-report';

const MARKS = { passed: '✔', failed: '✘', skipped: '–' } as const;

/**
 * The report as a person reads it in a terminal or a CI log: each check with its outcome,
 * each problem with what was found, why it matters and how to fix it, then the notes and a
 * one-line summary. Plain text, lines wrapped for an 80-column terminal where they can be.
 */
export function formatAuditReport(report: AuditReport): string {
  const lines: string[] = [];
  const { configuration } = report;
  const source =
    configuration.source === 'page'
      ? 'the page (drop-in)'
      : configuration.source === 'file' && configuration.file
        ? configuration.file
        : 'the caller';
  lines.push(
    `ddscp-consent audit of ${report.url}`,
    ...wrap(
      `${report.pages.length} page(s); configuration from ${source}: policy version ${configuration.policyVersion}, ${configuration.mode}, GPC ${
        configuration.respectGpc ? 'honoured' : 'not honoured'
      }`,
      '  ',
      '  ',
    ),
    '',
  );
  for (const check of report.checks) lines.push(...checkLines(check));
  if (report.notes.length) {
    lines.push('Notes', ...report.notes.flatMap((note) => findingLines(note)), '');
  }
  const count = (status: AuditCheck['status']) =>
    report.checks.filter((check) => check.status === status).length;
  const failed = count('failed');
  lines.push(
    `${failed ? `${failed} check(s) failed` : 'All checks passed'}: ${count('passed')} passed, ${failed} failed, ${count('skipped')} skipped (${(report.durationMs / 1000).toFixed(1)} s).`,
  );
  return `${lines.map(printable).join('\n')}\n`;
}

/**
 * What a page chose to show (a button's words, an address, a CSP sample) with the characters
 * that could drive a terminal or reorder a line (controls, escapes, bidirectional overrides)
 * shown as U+FFFD instead: the report is printed in terminals and CI logs.
 */
const UNPRINTABLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to replace.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function printable(line: string): string {
  return line.replace(UNPRINTABLE, '\ufffd');
}

function checkLines(check: AuditCheck): string[] {
  const errors = check.findings.filter((finding) => finding.severity === 'error').length;
  const head = `${MARKS[check.status]} ${check.title}`;
  if (check.status === 'skipped') return [`${head}: skipped, ${check.skipped}`, ''];
  const lines = [errors ? `${head}: ${errors} problem(s)` : head];
  for (const finding of check.findings) lines.push(...findingLines(finding));
  return [...lines, ...(check.findings.length ? [''] : [])];
}

function findingLines(finding: AuditFinding): string[] {
  const mark = finding.severity === 'error' ? '✘' : '!';
  return [
    ...wrap(`${mark} ${finding.message}`, '    ', '      '),
    ...wrap(`Fix: ${finding.fix}`, '      ', '      '),
  ];
}

/** Wraps at spaces to 80 columns; a word longer than a line (an address) stays whole. */
function wrap(text: string, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(/ +/)) {
    const indent = lines.length ? rest : first;
    if (line.length > indent.length && line.length + 1 + word.length > 80) {
      lines.push(line);
      line = rest + word;
    } else line = line.length > indent.length ? `${line} ${word}` : `${line}${word}`;
  }
  lines.push(line);
  return lines;
}
