// The catalogue checks: parseCatalog then lintCatalog on synthetic catalogues of 1,000,
// 10,000 and 100,000 reviews, each run in a fresh process, time and peak memory.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runNode } from '../child-process.mjs';
import { summarize } from '../stats.mjs';
import { syntheticCatalog } from './synthetic-catalog.mjs';

const require = createRequire(import.meta.url);
const worker = fileURLToPath(new URL('./catalog-worker.mjs', import.meta.url));

/** The day the checks are run as of, fixed so that every run finds the same. */
export const TODAY = '2025-06-02';

/** The catalogue sizes, and how many runs each. */
const catalogSizes = [
  { reviews: 1_000, runs: 7 },
  { reviews: 10_000, runs: 7 },
  { reviews: 100_000, runs: 3 },
];

/** The partnership of the package's sample catalogue (the base of the synthetic ones). */
function samplePartnership() {
  return require('@ddscp/domain/catalog/ddscp.json').partnership;
}

/**
 * For each size: the JSON's size, its file (written in `dir`, for the CLI benchmark to
 * reuse) and a summary of each figure over the runs.
 */
export async function benchCatalog({ dir, quick = false, log = console.log }) {
  const partnership = samplePartnership();
  const sizes = [];
  for (const { reviews, runs } of catalogSizes) {
    const file = join(dir, `catalog-${reviews}.json`);
    const json = JSON.stringify(syntheticCatalog(reviews, partnership));
    writeFileSync(file, json);
    log(
      `  ${reviews.toLocaleString('en-GB')} reviews (${(json.length / 1e6).toFixed(1)} MB of JSON)`,
    );
    const results = [];
    for (let run = 0; run < (quick ? 1 : runs); run++) {
      results.push(JSON.parse(await runNode(worker, [file, TODAY])));
    }
    const figures = Object.fromEntries(
      Object.keys(results[0]).map((key) => [key, summarize(results.map((result) => result[key]))]),
    );
    sizes.push({ reviews, jsonBytes: json.length, file, ...figures });
  }
  return { sizes };
}
