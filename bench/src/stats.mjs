// Summaries of repeated measurements: the median and the spread around it, never a mean
// alone (one slow sample from a noisy neighbour would drag it).

/** The `q`-quantile (0..1) of numbers, by linear interpolation between the nearest ranks. */
function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}

/**
 * Median, quartiles, extremes and the relative spread ((p75 - p25) / median) of a sample:
 * what every table in the results shows.
 */
export function summarize(values) {
  const median = quantile(values, 0.5);
  const p25 = quantile(values, 0.25);
  const p75 = quantile(values, 0.75);
  return {
    n: values.length,
    median,
    p25,
    p75,
    min: Math.min(...values),
    max: Math.max(...values),
    relativeIqr: median === 0 ? 0 : (p75 - p25) / median,
  };
}

/** A number with about three significant digits and thousands separators: 1,234,000 / 12.3 / 0.0456. */
export function round3(value) {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude >= 100) return Math.round(value).toLocaleString('en-GB');
  if (magnitude >= 10) return value.toFixed(1);
  if (magnitude >= 1) return value.toFixed(2);
  if (magnitude === 0) return '0';
  return value.toPrecision(3);
}

/** A ratio as "12.3×". */
export function times(ratio) {
  return `${round3(ratio)}×`;
}

/** A byte count as kB with one decimal (1 kB = 1,000 bytes, as size-limit reports). */
export function kb(bytes) {
  return (bytes / 1000).toFixed(1);
}

/** A duration in milliseconds, in the unit that reads best: "850 ns", "12.3 µs", "4.56 ms", "1.23 s". */
export function duration(ms) {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms === 0) return '0 ms';
  if (ms >= 1000) return `${round3(ms / 1000)} s`;
  if (ms >= 1) return `${round3(ms)} ms`;
  if (ms >= 0.001) return `${round3(ms * 1000)} µs`;
  return `${round3(ms * 1e6)} ns`;
}

/** "median (p25-p75, min-max)" of a summary, each number passed through `format`. */
export function spread(summary, format = round3) {
  return `${format(summary.median)} (${format(summary.p25)}–${format(summary.p75)}; ${format(summary.min)}–${format(summary.max)})`;
}
