// `ddscp-consent audit` against each example site as it is served (in the release rehearsal:
// as installed from the registry), judged by the example's own consent configuration: every
// check passes.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { auditSite } from '../packages/consent/src/audit';

/**
 * The module that holds each example's configuration, inside its folder. An example not
 * listed is judged by the drop-in configuration its pages carry (the plain-html example).
 */
const CONFIG_MODULES: Record<string, string> = {
  'static-site': 'src/consent-config.ts',
  server: 'src/consent-config.ts',
};

/** The folder of the example a project tests: the rehearsal's install, or this repository's. */
function exampleDir(project: string): string {
  return (
    process.env[`${project.replace(/-/g, '_').toUpperCase()}_DIR`] ??
    fileURLToPath(new URL(`../examples/${project}`, import.meta.url))
  );
}

test('the audit passes the example as it is served', async ({ baseURL }, testInfo) => {
  // One audit visits up to 16 pages in five browser contexts.
  test.setTimeout(120_000);
  const project = testInfo.project.name;
  const module = CONFIG_MODULES[project];
  const config = module
    ? (await import(`${exampleDir(project)}/${module}`)).consentConfig
    : undefined;
  // As `npm start` serves it: on 127.0.0.1, where the consent cookie is host-only.
  const url = `http://127.0.0.1:${new URL(baseURL ?? '').port}/`;
  const report = await auditSite(url, { config, pages: 1, settleMs: 300 });
  const problems = report.checks.flatMap((check) =>
    check.findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => `${check.id}/${finding.code}: ${finding.message}`),
  );
  expect(problems).toEqual([]);
  expect(report.checks.map((check) => check.status)).toEqual(Array(7).fill('passed'));
  // The demo analytics' cookies, seen after acceptance and declared in the configuration.
  expect(
    report.inventory.cookies
      .filter((cookie) => cookie.name.startsWith('_ga'))
      .map((cookie) => cookie.declared),
  ).toEqual([true, true]);
});
