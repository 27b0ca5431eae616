// Times checkAnonymity on the hostile inputs, in a worker thread so that the benchmark can
// stop a pattern that does not finish (a worker can be terminated; a regular expression
// running on the main thread cannot). Posts `{ id, firstMs, medianMs, findings }` for each.
import { parentPort, workerData } from 'node:worker_threads';
import { checkAnonymity } from '@ddscp/domain';
import { KNOWN_NAMES } from './anonymity-corpus.mjs';
import { HOSTILE_INPUTS } from './hostile-inputs.mjs';

const RUNS = 5;
const options = { knownNames: KNOWN_NAMES };
for (const input of HOSTILE_INPUTS.slice(workerData.from)) {
  const text = input.make();
  const times = [];
  let findings = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    findings = checkAnonymity(text, options).length;
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  parentPort.postMessage({
    id: input.id,
    characters: text.length,
    firstMs: times[0],
    medianMs: sorted[Math.floor(RUNS / 2)],
    maxMs: sorted.at(-1),
    findings,
  });
}
