// A micro-benchmark loop with a fixed time budget: warm up until the JIT has settled, size
// batches so that the clock's resolution does not matter, then take several timed samples
// and report operations per second as the median of the samples with their spread.
import { summarize } from './stats.mjs';

const NS_PER_MS = 1_000_000n;

/**
 * Measures `operation(input)` over `inputs`, cycling through them so that no single input is
 * answered from a cache the benchmark created. Every result is folded into a checksum that
 * is returned, so the engine cannot drop the work as dead code.
 *
 * @param {(input: unknown) => unknown} operation
 * @param {unknown[]} inputs
 * An operation so slow that its first call takes longer than `slowMs` is not repeated: that
 * call is the only sample (`samples: 1` in the result), which for calls of seconds is all the
 * precision the comparison needs and keeps the run to minutes.
 *
 * @param {{ warmupMs?: number, sampleMs?: number, samples?: number, slowMs?: number }} [options]
 */
export function opsPerSecond(operation, inputs, options = {}) {
  const { warmupMs = 300, sampleMs = 150, samples = 9, slowMs = 2000 } = options;
  let checksum = 0;
  let next = 0;
  const runBatch = (size) => {
    for (let i = 0; i < size; i++) {
      checksum = fold(checksum, operation(inputs[next]));
      next = next + 1 === inputs.length ? 0 : next + 1;
    }
  };

  // Warm-up: at least one call, then doubling batches until the budget is spent. The last
  // batch's speed sizes the measured batches to about a tenth of a sample each.
  let batch = 1;
  let perOpNs = 0;
  const warmupEnd = process.hrtime.bigint() + BigInt(warmupMs) * NS_PER_MS;
  for (;;) {
    const start = process.hrtime.bigint();
    runBatch(batch);
    const end = process.hrtime.bigint();
    perOpNs = Number(end - start) / batch;
    if (batch === 1 && perOpNs > slowMs * 1e6) {
      const rates = [1e9 / perOpNs];
      return { ...summarize(rates), rates, checksum };
    }
    if (end >= warmupEnd) break;
    batch *= 2;
  }
  const batchSize = Math.max(1, Math.round((sampleMs * 1e6) / 10 / Math.max(perOpNs, 1)));

  const rates = [];
  for (let s = 0; s < samples; s++) {
    let ops = 0;
    const start = process.hrtime.bigint();
    const budget = start + BigInt(sampleMs) * NS_PER_MS;
    let now = start;
    do {
      runBatch(batchSize);
      ops += batchSize;
      now = process.hrtime.bigint();
    } while (now < budget);
    rates.push((ops * 1e9) / Number(now - start));
  }
  return { ...summarize(rates), rates, checksum };
}

/** Mixes a result into the checksum: strings by length and first code unit, numbers as they are. */
function fold(checksum, value) {
  if (typeof value === 'number') return (checksum + value) | 0;
  if (typeof value === 'string') return (checksum + value.length + value.charCodeAt(0)) | 0;
  return (checksum + (value ? 1 : 0)) | 0;
}
