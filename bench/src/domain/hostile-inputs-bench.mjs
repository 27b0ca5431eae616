// The hostile inputs timed one after another in a worker; one that takes longer than the
// limit is stopped and reported as such, and the rest go on in a fresh worker.
import { Worker } from 'node:worker_threads';
import { HOSTILE_INPUTS } from './hostile-inputs.mjs';

const worker = new URL('./hostile-inputs-worker.mjs', import.meta.url);

/** `[{ id, label, characters, firstMs, medianMs, maxMs, findings } | { id, label, timedOut }]`. */
export async function benchHostileInputs({ limitMs = 10_000, log = console.log } = {}) {
  const results = [];
  while (results.length < HOSTILE_INPUTS.length) {
    const from = results.length;
    const stopped = await new Promise((resolve, reject) => {
      const thread = new Worker(worker, { workerData: { from } });
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          thread.terminate();
          resolve(true);
        }, limitMs);
      };
      arm();
      thread.on('message', (result) => {
        results.push({ ...result, label: HOSTILE_INPUTS[results.length].label });
        arm();
      });
      thread.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      thread.on('exit', () => {
        clearTimeout(timer);
        resolve(false);
      });
    });
    if (stopped) {
      const input = HOSTILE_INPUTS[results.length];
      log(`  ✘ ${input.id} did not finish within ${limitMs / 1000} s: stopped`);
      results.push({ id: input.id, label: input.label, timedOut: limitMs });
    }
  }
  return results;
}
