// Child process: reads one catalogue file and times parseCatalog and lintCatalog on it, then
// prints the times and the process's peak memory (maxRSS) as JSON. One process per run, so
// every run pays what a fresh `ddscp check` pays: loading the package and a cold JIT.
import { readFileSync } from 'node:fs';

const [file, today] = process.argv.slice(2);
const ms = (from) => Number(process.hrtime.bigint() - from) / 1e6;

let start = process.hrtime.bigint();
const { lintCatalog, parseCatalog } = await import('@ddscp/domain');
const importMs = ms(start);

start = process.hrtime.bigint();
const input = JSON.parse(readFileSync(file, 'utf8'));
const readMs = ms(start);
const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;

start = process.hrtime.bigint();
const parsed = parseCatalog(input);
const parseMs = ms(start);
if (!parsed.ok) {
  process.stderr.write(
    `The synthetic catalogue is not valid: ${JSON.stringify(parsed.findings.slice(0, 5))}`,
  );
  process.exit(1);
}

start = process.hrtime.bigint();
const linted = lintCatalog(parsed.catalog, today);
const lintMs = ms(start);
const findings = Array.isArray(linted) ? linted : (linted.findings ?? []);

process.stdout.write(
  JSON.stringify({
    importMs,
    readMs,
    parseMs,
    lintMs,
    checkMs: parseMs + lintMs,
    findings: findings.length,
    errors: findings.filter((finding) => finding.severity === 'error').length,
    rssBeforeMiB,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
