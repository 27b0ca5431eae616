#!/usr/bin/env node
// npm test: every check this repository has, one stage after another, with a summary.
// A stage that fails does not stop the independent ones after it, so one run shows
// everything that is wrong; the exit code is non-zero if any stage failed.
import { elapsed, run } from './lib/run.mjs';

process.env.TURBO_TELEMETRY_DISABLED = '1';

const stages = [
  { name: 'lint and format', command: ['biome', ['ci', '.']] },
  { name: 'typecheck', command: ['npm', ['run', 'typecheck', '--silent']] },
  { name: 'unit tests', command: ['turbo', ['run', 'test', '--output-logs=new-only']] },
  {
    name: 'build and packaging (publint, attw)',
    command: ['turbo', ['run', 'check:package', '--output-logs=errors-only']],
  },
  {
    name: 'browser tests (Chromium)',
    command: ['turbo', ['run', 'test:browser', '--output-logs=new-only']],
  },
  { name: 'size budgets', command: ['turbo', ['run', 'size', '--output-logs=full']] },
  { name: 'release rehearsal', command: ['node', ['scripts/release-rehearsal.mjs']] },
];

const results = [];
for (const stage of stages) {
  console.log(`\n━━ ${stage.name} ━━`);
  const start = performance.now();
  try {
    await run(...stage.command);
    results.push({ ...stage, ok: true, time: elapsed(start) });
  } catch (error) {
    console.error(error.message);
    results.push({ ...stage, ok: false, time: elapsed(start) });
  }
}

console.log('\n━━ summary ━━');
for (const result of results) {
  console.log(`${result.ok ? '✔' : '✘'} ${result.name.padEnd(40)} ${result.time}`);
}
const failed = results.filter((result) => !result.ok);
console.log(failed.length ? `\n${failed.length} stage(s) failed.` : '\nAll stages passed.');
process.exitCode = failed.length ? 1 : 0;
