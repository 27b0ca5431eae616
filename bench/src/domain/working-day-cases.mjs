// What is timed for working days: adding n working days for the n a deadline uses (5, 15)
// and for a year, ten years and a hundred years of them; counting the working days across
// the same spans. Start dates are drawn (seeded) across the supported years so that every
// answer stays inside 1995-2099 and no cache keyed on one input can help.
import { seededRandom } from '../random.mjs';

/** About 253 working days a year in England and Wales (261 weekdays less 8 bank holidays). */
const WORKING_DAYS_PER_YEAR = 253;

const FIRST_DAY = Date.UTC(1995, 0, 1);
const LAST_DAY = Date.UTC(2099, 11, 31);
const DAY_MS = 86_400_000;
const INPUTS_PER_CASE = 512;

/**
 * The cases, each `{ id, operation, label, years?, n?, spanDays?, inputs }`; `years` places a
 * case on the growth chart.
 */
export function workingDayCases() {
  const add = (n, label, years) => ({
    id: `add-${n}`,
    operation: 'addWorkingDays',
    label,
    n,
    years,
    // n working days take at most n * 7/5 calendar days plus the holidays on the way.
    inputs: startDates(Math.ceil(n * 1.45) + 30, `add${n}`).map((date) => [date, n]),
  });
  const between = (spanDays, label, years) => ({
    id: `between-${spanDays}`,
    operation: 'workingDaysBetween',
    label,
    spanDays,
    years,
    inputs: startDates(spanDays, `between${spanDays}`).map((date) => [
      date,
      isoOf(Date.parse(`${date}T00:00:00Z`) + spanDays * DAY_MS),
    ]),
  });
  return [
    add(5, '5 working days (Panel notification)'),
    add(15, '15 working days (rapid review)'),
    add(WORKING_DAYS_PER_YEAR, '1 year of working days (253)', 1),
    add(2000, '2,000 working days'),
    add(WORKING_DAYS_PER_YEAR * 10, '10 years of working days (2,530)', 10),
    add(WORKING_DAYS_PER_YEAR * 100, '100 years of working days (25,300)', 100),
    between(21, 'across 3 weeks (about 15 working days)'),
    between(365, 'across 1 year', 1),
    between(3652, 'across 10 years', 10),
    between(36524, 'across 100 years', 100),
  ];
}

/** The calendar days a case spans at most: what a day-by-day calendar walks through. */
export function calendarDaysOf(testCase) {
  return testCase.spanDays ?? Math.ceil(Math.abs(testCase.n) * 1.45);
}

/** Seeded start dates from which `spanDays` more calendar days stay within 1995-2099. */
function startDates(spanDays, seedText) {
  const random = seededRandom(hash(seedText));
  const lastStart = LAST_DAY - spanDays * DAY_MS;
  const days = Math.floor((lastStart - FIRST_DAY) / DAY_MS);
  if (days < 0) throw new RangeError(`A span of ${spanDays} days does not fit in 1995-2099.`);
  return Array.from({ length: INPUTS_PER_CASE }, () =>
    isoOf(FIRST_DAY + Math.floor(random() * (days + 1)) * DAY_MS),
  );
}

function isoOf(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function hash(text) {
  let h = 2_166_136_261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16_777_619);
  return h >>> 0;
}
