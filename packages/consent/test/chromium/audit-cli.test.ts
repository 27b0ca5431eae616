// `ddscp-consent audit` as CI runs it: the built command in its own process, against the
// fixture sites, with its exit status, its report (human or JSON) and its JUnit XML.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureSite, fixtureConfig, startFixtureSite } from './audit-fixture-site';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const index = new URL('../../dist/index.js', import.meta.url).pathname;

interface Run {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

/** Runs the built command; resolves with its exit status and output, whatever the status. */
function run(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { timeout: 120_000 }, (error, out, err) => {
      const status = error ? Number((error as { code?: number }).code ?? 1) : 0;
      resolve({ status, out, err });
    });
  });
}

let site: FixtureSite;
let dir: string;
const runs = new Map<string, Promise<Run>>();
const brisk = ['--pages', '0', '--wait', '200'];

beforeAll(async () => {
  site = await startFixtureSite();
  dir = mkdtempSync(join(tmpdir(), 'ddscp-audit-cli-'));
  const { ui: _, ...config } = fixtureConfig();
  writeFileSync(join(dir, 'consent.json'), JSON.stringify(fixtureConfig()));
  writeFileSync(
    join(dir, 'consent.config.mjs'),
    `import { defineConsentConfig } from ${JSON.stringify(index)};
const json = ${JSON.stringify(config)};
json.categories.analytical.cookies[1].name = /^_ga_/;
export const consentConfig = defineConsentConfig(json);
export const consentUi = { serviceName: 'Fixture' };\n`,
  );
  // Each run is mostly waiting for pages: all at once take little longer than one.
  runs.set(
    'good',
    run([
      'audit',
      `${site.url}/good/`,
      ...brisk,
      '--json',
      '--quiet',
      '--junit',
      join(dir, 'good.xml'),
    ]),
  );
  runs.set(
    'small link',
    run([
      'audit',
      `${site.url}/reject-small-link/`,
      ...brisk,
      '--config',
      join(dir, 'consent.json'),
      '--junit',
      join(dir, 'small.xml'),
    ]),
  );
  runs.set(
    'module',
    run([
      'audit',
      `${site.url}/no-config/`,
      ...brisk,
      '--quiet',
      '--config',
      join(dir, 'consent.config.mjs'),
    ]),
  );
  runs.set(
    'no config',
    run(['audit', `${site.url}/no-config/`, ...brisk, '--quiet', '--junit', join(dir, 'none.xml')]),
  );
});
afterAll(async () => {
  await Promise.allSettled(runs.values());
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('ddscp-consent audit', { timeout: 150_000 }, () => {
  it('exits 0 when every check passes, printing the JSON report and writing JUnit XML', async () => {
    const { status, out, err } = (await runs.get('good')) as Run;
    expect({ status, err }).toEqual({ status: 0, err: '' });
    const report = JSON.parse(out);
    expect(report).toMatchObject({ format: 'ddscp-consent-audit', version: 1, passed: true });
    expect(report.checks.map((check: { id: string }) => check.id)).toEqual([
      'before-choice',
      'reject-as-easy',
      'banner-accessibility',
      'after-refusal',
      'after-acceptance',
      'gpc',
      'csp',
    ]);
    const xml = readFileSync(join(dir, 'good.xml'), 'utf8');
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="ddscp-consent audit" tests="7" failures="0" errors="0" skipped="0"/,
    );
    expect(xml.match(/<testcase /g)).toHaveLength(7);
    expect(xml).not.toContain('<failure');
  });

  it('exits 1 when a check fails: the report says what failed and how to fix it; JUnit has the failure', async () => {
    const { status, out, err } = (await runs.get('small link')) as Run;
    expect(status).toBe(1);
    expect(out).toContain(`ddscp-consent audit of ${site.url}/reject-small-link/`);
    expect(out).toContain(`configuration from ${join(dir, 'consent.json')}`.slice(0, 40));
    expect(out).toContain('✘ Rejecting is as easy as accepting (ICO check 2): 2 problem(s)');
    expect(out).toContain('Fix: Make the reject control the same kind of control as accept');
    expect(out).toContain('✔ After a refusal, no analytics (ICO check 3)');
    expect(out).toMatch(/1 check\(s\) failed: 6 passed, 1 failed, 0 skipped \(\d+\.\d s\)\.\n$/);
    // Progress on standard error, one line per phase, so a long run shows where it is.
    expect(err.split('\n')[0]).toBe('ddscp-consent: checking before any choice…');
    const xml = readFileSync(join(dir, 'small.xml'), 'utf8');
    expect(xml).toContain('failures="1"');
    expect(xml).toContain(
      '<failure message="The reject control is not the same kind of control as accept',
    );
    expect(xml).toContain('type="reject-different-kind"');
  });

  it('takes the configuration from a module that exports it', async () => {
    const { status, out } = (await runs.get('module')) as Run;
    expect(status).toBe(0);
    expect(out).toContain('All checks passed: 7 passed, 0 failed, 0 skipped');
  });

  it('exits 2 in one line when it cannot run, and says so in the JUnit XML too', async () => {
    const { status, out, err } = (await runs.get('no config')) as Run;
    expect(status).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toMatch(
      /^ddscp-consent: no consent configuration to judge by: .* pass the site's configuration with --config FILE/,
    );
    const xml = readFileSync(join(dir, 'none.xml'), 'utf8');
    expect(xml).toContain('errors="1"');
    expect(xml).toContain('<error message="no consent configuration to judge by');
  });
});
