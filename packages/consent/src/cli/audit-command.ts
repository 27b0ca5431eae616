import { stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AuditError } from '../audit/audit-error';
import type { AuditReport } from '../audit/audit-report';
import { auditSite } from '../audit/audit-site';
import { formatAuditReport } from '../audit/format-report';
import { auditErrorJunit, auditReportJunit } from '../audit/junit-report';
import { loadAuditConfig } from '../audit/load-audit-config';
import { namedChromium } from '../audit/load-browser';
import type { ConsentConfig } from '../config/consent-config';
import { ConsentCliError, type ConsentCliIo } from './consent-cli-io';

/** What `ddscp-consent audit --help` prints: every line fits an 80-column terminal. */
export const AUDIT_HELP = `Usage: ddscp-consent audit <url> [options]

Checks a live site the way the ICO does, and against its consent configuration,
in Chromium: cookies and storage before a choice; rejecting as easy as accepting
(at 1,280 and 320 px, with axe on the banner); after a refusal; after acceptance
(gated scripts ran, the cookies page is up to date); Global Privacy Control; and
Content Security Policy violations caused by the consent code.

Options:
  --config FILE       The site's consent configuration: JSON, or a module that
                      exports it (default: the page's drop-in configuration).
  --pages N           Pages the start page links to, visited in every phase
                      (0 to 50, default 5).
  --allow-host HOST   Let the browser reach HOST too (repeatable; *.example.org
                      for every host below it). Everything else is blocked.
  --json              Print the report as JSON (its shape: see the README).
  --junit FILE        Also write the report as JUnit XML to FILE.
  --timeout SECONDS   Give up after this long (default 180).
  --wait MS           Watch each page this long after it loads (default 1000).
  --quiet             No progress lines on standard error.

Needs playwright-core (npm install --save-dev playwright-core) and a Chromium
(npx playwright install chromium, or CHROMIUM_PATH); axe-core for the axe check.

Exit status: 0 every check passed, 1 a check failed, 2 the audit could not run.
`;

const OPTIONS = {
  config: { type: 'string' },
  pages: { type: 'string' },
  'allow-host': { type: 'string', multiple: true },
  json: { type: 'boolean' },
  junit: { type: 'string' },
  timeout: { type: 'string' },
  wait: { type: 'string' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** An example of each option's value, for the message when one is missing. */
const EXAMPLES: Record<string, string> = {
  '--config': '--config consent.config.json',
  '--pages': '--pages 3',
  '--allow-host': '--allow-host cdn.example.gov.uk',
  '--junit': '--junit audit.xml',
  '--timeout': '--timeout 300',
  '--wait': '--wait 2000',
};

/**
 * `ddscp-consent audit <url>`: runs {@link auditSite} and prints the report (or its JSON),
 * optionally writing JUnit XML. Exit status 0 when every check passed, 1 when one failed;
 * an audit that could not run is a {@link ConsentCliError} (one line, exit status 2).
 */
export async function auditCommand(args: readonly string[], io: ConsentCliIo): Promise<number> {
  const { values, positionals } = parse(args);
  if (values.help) {
    io.out(AUDIT_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new ConsentCliError(
      positionals.length === 0
        ? 'audit needs the address of a page: ddscp-consent audit https://www.example.gov.uk/ (see ddscp-consent audit --help).'
        : `audit takes one address; found ${positionals.length} (${positionals.map((value) => JSON.stringify(value.slice(0, 60))).join(', ')}).`,
    );
  const url = positionals[0] as string;
  const junit = values.junit === undefined ? undefined : await junitPath(values.junit);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let report: AuditReport;
  try {
    let config: ConsentConfig | undefined;
    if (values.config !== undefined) config = await loadAuditConfig(values.config);
    report = await auditSite(url, {
      ...(config && { config }),
      ...(values.pages !== undefined && { pages: whole('--pages', values.pages) }),
      allowHosts: values['allow-host'] ?? [],
      ...(io.env.CHROMIUM_PATH && {
        chromiumPath: namedChromium(io.env.CHROMIUM_PATH, 'CHROMIUM_PATH') as string,
      }),
      ...(values.timeout !== undefined && { timeoutMs: whole('--timeout', values.timeout) * 1000 }),
      ...(values.wait !== undefined && { settleMs: whole('--wait', values.wait) }),
      signal: stop.signal,
      ...(!values.quiet && {
        onProgress: (stage: string) => io.err(`ddscp-consent: checking ${stage}…\n`),
      }),
    });
  } catch (error) {
    if (!(error instanceof AuditError)) throw error;
    if (junit) await writeJunit(junit, auditErrorJunit(url, error.message));
    throw new ConsentCliError(error.message, { cause: error });
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (values.config !== undefined)
    report = {
      ...report,
      configuration: { ...report.configuration, source: 'file', file: values.config },
    };
  io.out(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatAuditReport(report));
  if (junit) await writeJunit(junit, auditReportJunit(report));
  return report.passed ? 0 : 1;
}

function parse(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    const message = (error as Error).message;
    const option = /'(--?[^' ]+)/.exec(message)?.[1] ?? '';
    const code = (error as { code?: string }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new ConsentCliError(
        `unknown option ${option} for audit (see ddscp-consent audit --help).`,
      );
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      if (/does not take an argument/.test(message))
        throw new ConsentCliError(`${option} does not take a value.`);
      throw new ConsentCliError(
        `${option} needs a value, e.g. ${EXAMPLES[option] ?? `${option} VALUE`}.`,
      );
    }
    throw new ConsentCliError(message.split('\n')[0] ?? message);
  }
}

/** A whole number given to `option`; the range is checked by auditSite, in the option's own words here. */
function whole(option: string, value: string): number {
  const bounds: Record<string, [number, number]> = {
    '--pages': [0, 50],
    '--timeout': [1, 3600],
    '--wait': [0, 30_000],
  };
  const [min, max] = bounds[option] ?? [0, Number.MAX_SAFE_INTEGER];
  const number = /^\d{1,9}$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max))
    throw new ConsentCliError(
      `${option} must be a whole number from ${min} to ${max}; found ${JSON.stringify(value.slice(0, 40))}.`,
    );
  return number;
}

/** Where the JUnit XML goes, checked before the audit runs so a typo does not cost a run. */
async function junitPath(file: string): Promise<string> {
  const path = resolve(file);
  const folder = await stat(dirname(path)).catch(() => undefined);
  if (!folder?.isDirectory())
    throw new ConsentCliError(`--junit ${file}: the folder ${dirname(path)} does not exist.`);
  const existing = await stat(path).catch(() => undefined);
  if (existing && !existing.isFile())
    throw new ConsentCliError(`--junit ${file}: that is not a file.`);
  return path;
}

async function writeJunit(path: string, xml: string): Promise<void> {
  try {
    await writeFile(path, xml);
  } catch (error) {
    throw new ConsentCliError(`--junit: could not write ${path}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
