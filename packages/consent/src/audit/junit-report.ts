import type { AuditReport } from './audit-report';

/** The characters XML 1.0 cannot carry: most C0 controls, U+FFFE, U+FFFF and lone surrogates. */
const NOT_XML =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to replace.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text as XML character data or an attribute value: escaped, and with what XML cannot carry replaced by U+FFFD. */
function xml(text: string): string {
  return text
    .replace(NOT_XML, '\ufffd')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * The report as JUnit XML, for CI systems that show test results (GitHub Actions through a
 * reporter action, GitLab, Jenkins, Azure Pipelines): one test case per check, a `<failure>`
 * listing its problems, `<skipped>` with the reason, and the warnings in `<system-out>`.
 */
export function auditReportJunit(report: AuditReport): string {
  const seconds = (report.durationMs / 1000).toFixed(3);
  const failures = report.checks.filter((check) => check.status === 'failed').length;
  const skipped = report.checks.filter((check) => check.status === 'skipped').length;
  const suite = `ddscp-consent audit ${report.url}`;
  const cases = report.checks.map((check) => {
    const open = `    <testcase classname="ddscp-consent.audit" name="${xml(`${check.id}: ${check.title}`)}" time="0">`;
    const errors = check.findings.filter((finding) => finding.severity === 'error');
    const warnings = check.findings.filter((finding) => finding.severity === 'warning');
    const body: string[] = [];
    if (check.status === 'skipped')
      body.push(`      <skipped message="${xml(check.skipped ?? '')}"/>`);
    if (errors.length)
      body.push(
        `      <failure message="${xml(
          errors
            .map((finding) => finding.message)
            .join(' | ')
            .slice(0, 1000),
        )}" type="${xml(errors[0]?.code ?? '')}">${xml(
          errors
            .map((finding) => `${finding.code}: ${finding.message}\nFix: ${finding.fix}`)
            .join('\n\n'),
        )}</failure>`,
      );
    if (warnings.length)
      body.push(
        `      <system-out>${xml(warnings.map((finding) => `${finding.code}: ${finding.message}\nFix: ${finding.fix}`).join('\n\n'))}</system-out>`,
      );
    return body.length ? `${open}\n${body.join('\n')}\n    </testcase>` : `${open}</testcase>`;
  });
  const notes = report.notes.length
    ? `\n    <system-out>${xml(report.notes.map((note) => `${note.code}: ${note.message}`).join('\n'))}</system-out>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ddscp-consent audit" tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}">
  <testsuite name="${xml(suite)}" tests="${report.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds}" timestamp="${xml(report.startedAt)}">
${cases.join('\n')}${notes}
  </testsuite>
</testsuites>
`;
}

/** JUnit XML for an audit that could not run: one test case in error, for CI to show why. */
export function auditErrorJunit(url: string, message: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="ddscp-consent audit" tests="1" failures="0" errors="1" skipped="0" time="0">
  <testsuite name="${xml(`ddscp-consent audit ${url}`)}" tests="1" failures="0" errors="1" skipped="0" time="0">
    <testcase classname="ddscp-consent.audit" name="the audit could run" time="0">
      <error message="${xml(message.slice(0, 1000))}" type="audit-error">${xml(message)}</error>
    </testcase>
  </testsuite>
</testsuites>
`;
}
