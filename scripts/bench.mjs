#!/usr/bin/env node
// npm run bench: benchmarks against the libraries people would pick instead, written to
// bench/RESULTS.md with a growth chart. Not part of npm test; takes a few minutes. The
// benchmark code lives in the private `bench` workspace (bench/src/).
import { runBenchmarks } from '../bench/src/run-all.mjs';

await runBenchmarks(process.argv.slice(2));
