// Working days: first a cross-check that the three calendars give the same answers, then
// operations per second for each case, in rounds that alternate the calendars (each in a
// fresh process) so that a slow minute on the machine falls on all of them alike.
import { fileURLToPath } from 'node:url';
import { runNode } from '../child-process.mjs';
import { seededRandom } from '../random.mjs';
import { summarize } from '../stats.mjs';
import {
  calendarNames,
  createCalendar,
  dateHolidaysDifferences,
} from './working-day-calendars.mjs';
import { calendarDaysOf, workingDayCases } from './working-day-cases.mjs';

const worker = fileURLToPath(new URL('./working-days-worker.mjs', import.meta.url));

/**
 * Cross-checks, then times. Returns `{ crossCheck, cases: [{ ...case, results: { [calendar]:
 * summary | { skipped, estimatedMs } } }] }`.
 */
export async function benchWorkingDays({ quick = false, log = console.log } = {}) {
  log('  cross-checking the three calendars…');
  const crossCheck = crossCheckCalendars({ quick });
  if (crossCheck.oursVsDateFns.disagreements.length > 0) {
    throw new Error(
      `ours and the date-fns baseline disagree (same holiday list, so one is wrong): ${JSON.stringify(crossCheck.oursVsDateFns.disagreements.slice(0, 5))}`,
    );
  }
  const rounds = quick ? 1 : 3;
  const samples = quick ? 2 : 3;
  const sampleMs = quick ? 50 : 100;
  const rates = {};
  const skipped = {};
  for (let round = 1; round <= rounds; round++) {
    for (const name of calendarNames) {
      // After the first round, cases that take over a second a call are not repeated.
      const only =
        round === 1
          ? []
          : workingDayCases()
              .map((testCase) => testCase.id)
              .filter((id) => !skipped[name]?.[id] && (rates[name]?.[id]?.at(-1) ?? 0) >= 1);
      if (round > 1 && only.length === 0) continue;
      log(`  round ${round}/${rounds}: ${name}`);
      const output = JSON.parse(await runNode(worker, [name, samples, sampleMs, ...only]));
      for (const [id, result] of Object.entries(output)) {
        if (result.skipped) {
          skipped[name] ??= {};
          skipped[name][id] = result;
        } else {
          rates[name] ??= {};
          rates[name][id] = [...(rates[name][id] ?? []), ...result.rates];
        }
      }
    }
  }
  const cases = workingDayCases().map(({ inputs, ...testCase }) => ({
    ...testCase,
    calendarDays: calendarDaysOf(testCase),
    results: Object.fromEntries(
      calendarNames.map((name) => [
        name,
        skipped[name]?.[testCase.id] ?? summarize(rates[name]?.[testCase.id] ?? []),
      ]),
    ),
  }));
  return { crossCheck, cases };
}

/**
 * Runs all three calendars on the same inputs: the first inputs of every case, and random
 * short spans in both directions from any day (weekends and holidays included). Ours and the
 * date-fns baseline share one holiday list and must agree everywhere; date-holidays has its
 * own list, so each disagreement is checked against the years where the lists differ.
 */
function crossCheckCalendars({ quick }) {
  const [ours, dateFns, dateHolidays] = calendarNames.map(createCalendar);
  const random = seededRandom(20241220);
  const calls = [];
  for (const testCase of workingDayCases()) {
    const days = calendarDaysOf(testCase);
    const count = quick ? 4 : days > 4000 ? 16 : 64;
    for (const [a, b] of testCase.inputs.slice(0, count)) {
      calls.push({ operation: testCase.operation, a, b, withDateHolidays: days <= 400 });
    }
  }
  const first = Date.UTC(1995, 0, 1);
  for (let i = 0; i < (quick ? 100 : 1000); i++) {
    const a = new Date(first + Math.floor(random() * 38_000) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const n = Math.floor(random() * 61) - 30;
    calls.push({ operation: 'addWorkingDays', a, b: n, withDateHolidays: true });
    const b = ours.addWorkingDays(a, n);
    calls.push({ operation: 'workingDaysBetween', a, b, withDateHolidays: true });
  }

  const differences = dateHolidaysDifferences();
  const differentDates = differences.flatMap((d) => [...d.onlyOurs, ...d.onlyTheirs]);
  const oursVsDateFns = { compared: 0, disagreements: [] };
  const oursVsDateHolidays = { compared: 0, disagreements: [], unexplained: [] };
  for (const call of calls) {
    const expected = ours[call.operation](call.a, call.b);
    oursVsDateFns.compared++;
    const fromDateFns = dateFns[call.operation](call.a, call.b);
    if (fromDateFns !== expected)
      oursVsDateFns.disagreements.push({ ...call, expected, fromDateFns });
    if (!call.withDateHolidays) continue;
    oursVsDateHolidays.compared++;
    const fromDateHolidays = dateHolidays[call.operation](call.a, call.b);
    if (fromDateHolidays !== expected) {
      const disagreement = { ...call, expected, fromDateHolidays };
      oursVsDateHolidays.disagreements.push(disagreement);
      // The span the calendars walked: any date the two lists disagree on inside it explains it.
      const ends =
        call.operation === 'addWorkingDays'
          ? [call.a, expected, fromDateHolidays]
          : [call.a, call.b];
      // ISO dates sort as text.
      const sorted = ends.sort();
      const [low, high] = [sorted[0], sorted.at(-1)];
      const explained = differentDates.some((date) => date >= low && date <= high);
      if (!explained) oursVsDateHolidays.unexplained.push(disagreement);
    }
  }
  return { oursVsDateFns, oursVsDateHolidays, differences };
}
