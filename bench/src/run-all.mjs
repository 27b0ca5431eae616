// npm run bench: every benchmark in one run on this machine, then bench/RESULTS.md and the
// growth chart. Options: --quick (few loads and samples, written to bench/.scratch/ so the
// committed results are never replaced by rough ones), --only=bytes,page,working-days,catalog,records,anonymity,
// --report-only (write the report again from the last run's bench/.scratch/results.json).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../scripts/lib/run.mjs';
import { measureBytes, missingExport } from './bytes/measure-bytes.mjs';
import { benchAnonymity } from './domain/anonymity-bench.mjs';
import { benchCatalog, TODAY } from './domain/catalog-bench.mjs';
import { benchCli, ddscpBin } from './domain/cli-bench.mjs';
import { benchWorkingDays } from './domain/working-days-bench.mjs';
import { describeMachine, installedVersion, measuredPackages } from './machine.mjs';
import { measureNoise } from './noise.mjs';
import { measurePages } from './page/measure-pages.mjs';
import { benchRecords } from './records/records-bench.mjs';
import { growthChart } from './report/growth-chart.mjs';
import { resultsMarkdown } from './report/results-markdown.mjs';

const benchDir = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const CHART = 'growth.svg';

/** Runs the benchmarks chosen by `argv` and writes the results. */
export async function runBenchmarks(argv) {
  const quick = argv.includes('--quick');
  const only = argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',');
  const wanted = (section) => !only || only.includes(section);
  const outDir = quick ? join(benchDir, '.scratch') : benchDir;
  const rawFile = join(benchDir, '.scratch', 'results.json');
  if (argv.includes('--report-only')) {
    await writeReport(JSON.parse(readFileSync(rawFile, 'utf8')), outDir);
    return;
  }
  const started = performance.now();
  const step = (title) => console.log(`\n▶ ${title}`);

  step('Build the packages (turbo, cached when unchanged)');
  await run(
    'npx',
    ['turbo', 'run', 'build', '--filter=./packages/*', '--output-logs=errors-only'],
    {
      cwd: repoRoot,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    },
  );

  step('Machine and noise');
  const results = {
    machine: describeMachine(),
    versions: Object.fromEntries(measuredPackages.map((name) => [name, installedVersion(name)])),
    noise: measureNoise(),
    chartFile: CHART,
  };
  console.log(
    `  ${results.machine.cpu}, ${results.machine.cores} cores, load ${results.machine.loadAverage[0]}`,
  );

  if (wanted('bytes')) {
    step('Bytes');
    results.bytes = await measureBytes();
  }
  if (wanted('page')) {
    step('The page in Chromium');
    results.pages = await measurePages({ loads: quick ? 3 : 30 }).catch((error) => {
      console.error(`  ✘ the page benchmark failed: ${error.stack}`);
      return { error: error.message.split('\n')[0] };
    });
  }
  if (wanted('working-days')) {
    step('Working days');
    results.workingDays = await benchWorkingDays({ quick });
  }
  if (wanted('catalog')) {
    const dir = mkdtempSync(join(tmpdir(), 'ddscp-bench-'));
    try {
      step('Catalogue checks');
      const missing =
        (await missingExport({ specifier: '@ddscp/domain', name: 'lintCatalog' })) ??
        (await missingExport({ specifier: '@ddscp/domain', name: 'parseCatalog' }));
      results.catalog = missing ? { missing } : await benchCatalog({ dir, quick });
      step('ddscp check cold start');
      results.cli = cliResults({ dir, quick, catalog: results.catalog });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (wanted('records')) {
    step('Proof of consent: the record stores, 50 decisions at a time');
    results.records = await benchRecords({ quick }).catch((error) => {
      console.error(`  ✘ the record store benchmark failed: ${error.stack}`);
      return { error: error.message.split('\n')[0] };
    });
  }
  if (wanted('anonymity')) {
    step('The anonymity check: accuracy, throughput, hostile inputs, a 100-page PDF');
    results.anonymity = await benchAnonymity({ quick }).catch((error) => {
      console.error(`  ✘ the anonymity benchmark failed: ${error.stack}`);
      return { error: error.message.split('\n')[0] };
    });
  }
  results.elapsedMs = performance.now() - started;
  results.machine.loadAverageEnd = loadavg();
  results.noiseEnd = measureNoise();

  mkdirSync(join(benchDir, '.scratch'), { recursive: true });
  writeFileSync(rawFile, JSON.stringify(results, null, 2));
  await writeReport(results, outDir);
}

async function writeReport(results, outDir) {
  mkdirSync(outDir, { recursive: true });
  if (results.workingDays) writeFileSync(join(outDir, CHART), growthChart(results));
  const report = join(outDir, 'RESULTS.md');
  writeFileSync(report, resultsMarkdown(results));
  // Biome formats Markdown too (aligned tables): the committed report must pass `biome ci`.
  // (bench/.scratch is git-ignored, and so outside Biome's files.)
  if (outDir === benchDir) {
    await run('npx', ['biome', 'format', '--write', report], { cwd: repoRoot, quiet: true });
  }
  console.log(`\n✔ Wrote ${join(outDir, 'RESULTS.md')} and ${join(outDir, CHART)}`);
}

function cliResults({ dir, quick, catalog }) {
  try {
    ddscpBin();
  } catch (error) {
    return { missing: error.message };
  }
  const bigCatalog = catalog.sizes?.find((size) => size.reviews === 10_000)?.file;
  return benchCli({ dir, today: TODAY, bigCatalog, runs: quick ? 3 : 21 });
}
