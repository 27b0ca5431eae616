#!/usr/bin/env node
// npm run bench: benchmarks against the libraries people would pick instead.
// Not part of npm test. The benchmark suite lands with its own issue; until then this
// says so rather than pretending to measure.
console.log(
  'No benchmarks yet: see the benchmarks issue. Size budgets run in `npm test` (size-limit).',
);
