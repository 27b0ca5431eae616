// Child process: times the given working-day cases (all when none are named) for one
// calendar and prints the samples as JSON. A fresh process per calendar and round keeps one
// library's JIT state and garbage from weighing on another's figures.
//
// A calendar that walks day by day takes time in proportion to the days walked; when that
// predicts more than SKIP_ABOVE_MS for one call of the next case (from the last case of the
// same operation), the case is not run and the estimate is reported as an estimate.
import { opsPerSecond } from '../ops-per-second.mjs';
import { createCalendar } from './working-day-calendars.mjs';
import { calendarDaysOf, workingDayCases } from './working-day-cases.mjs';

const SKIP_ABOVE_MS = 45_000;

const [name, samplesText, sampleMsText, ...only] = process.argv.slice(2);
const calendar = createCalendar(name);
const results = {};
const lastByOperation = {};
for (const testCase of workingDayCases()) {
  if (only.length > 0 && !only.includes(testCase.id)) continue;
  const days = calendarDaysOf(testCase);
  const last = lastByOperation[testCase.operation];
  const estimatedMs = last ? last.msPerCall * (days / last.days) : 0;
  if (estimatedMs > SKIP_ABOVE_MS) {
    results[testCase.id] = { skipped: true, estimatedMs };
    continue;
  }
  const operation = calendar[testCase.operation];
  const measured = opsPerSecond(([a, b]) => operation(a, b), testCase.inputs, {
    warmupMs: 200,
    sampleMs: Number(sampleMsText),
    samples: Number(samplesText),
  });
  lastByOperation[testCase.operation] = { msPerCall: 1000 / measured.median, days };
  results[testCase.id] = { rates: measured.rates, checksum: measured.checksum };
}
process.stdout.write(JSON.stringify(results));
