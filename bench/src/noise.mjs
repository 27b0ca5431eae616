// The machine's own noise: the same fixed piece of CPU work timed many times. Its spread is
// the floor under every other spread in the results; differences smaller than it mean nothing.
import { summarize } from './stats.mjs';

/** Times a fixed integer workload (about 10 ms here) `runs` times; returns the summary in ms. */
export function measureNoise(runs = 60) {
  const times = [];
  let sink = 0;
  for (let r = 0; r < runs + 5; r++) {
    const start = process.hrtime.bigint();
    let x = r;
    for (let i = 0; i < 1_000_000; i++) x = (x * 1_103_515_245 + 12_345) | 0;
    sink ^= x;
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r >= 5) times.push(ms); // the first runs include compilation
  }
  return { ...summarize(times), sink };
}
