// The three working-day calendars compared, behind one interface taking and returning
// 'YYYY-MM-DD' strings (the form deadlines are stored in):
//
// - ours: `@ddscp/domain`, constant time through a prefix count of working days;
// - date-fns: what a competent developer writes with date-fns alone: `addBusinessDays` one
//   business day at a time, skipping the bank holidays in a Set built once (the same list
//   ours uses, from `bankHolidaysIn`, so that the two must agree exactly);
// - date-holidays: the popular holiday-calendar package (`new Holidays('GB', 'ENG')`, public
//   and bank holidays only), stepping one day at a time and asking `isHoliday`.
//
// Every table, set or calendar object is built once, outside the timed code, as ours is.
import {
  addWorkingDays,
  bankHolidaysIn,
  bankHolidayYears,
  workingDaysBetween,
} from '@ddscp/domain';
import { addBusinessDays, addDays, formatISO, isWeekend, parseISO } from 'date-fns';
import Holidays from 'date-holidays';

/** The calendars by name: each `{ addWorkingDays(iso, n), workingDaysBetween(fromIso, toIso) }`. */
export const calendarNames = ['ours', 'date-fns', 'date-holidays'];

/** Builds the named calendar. */
export function createCalendar(name) {
  if (name === 'ours') return { addWorkingDays, workingDaysBetween };
  if (name === 'date-fns') return dateFnsCalendar();
  if (name === 'date-holidays') return dateHolidaysCalendar();
  throw new Error(`Unknown calendar ${JSON.stringify(name)}; expected one of ${calendarNames}.`);
}

/** The England and Wales bank holidays 1995-2099, as `@ddscp/domain` lists them. */
function allBankHolidays() {
  const dates = [];
  for (let year = bankHolidayYears.first; year <= bankHolidayYears.last; year++) {
    for (const holiday of bankHolidaysIn(year)) dates.push(holiday.date);
  }
  return dates;
}

function dateFnsCalendar() {
  // Local midnight timestamps, as parseISO makes them, so a lookup is one Set.has.
  const holidays = new Set(allBankHolidays().map((date) => parseISO(date).getTime()));
  const isWorkingDay = (date) => !isWeekend(date) && !holidays.has(date.getTime());
  const iso = (date) => formatISO(date, { representation: 'date' });
  return {
    addWorkingDays(start, n) {
      let date = parseISO(start);
      const step = n < 0 ? -1 : 1;
      for (let left = Math.abs(n); left > 0; ) {
        date = addBusinessDays(date, step);
        if (!holidays.has(date.getTime())) left--;
      }
      return iso(date);
    },
    workingDaysBetween(from, to) {
      const a = parseISO(from);
      const b = parseISO(to);
      // Working days in (a, b], or minus those in [b, a).
      if (b >= a) {
        let count = 0;
        for (let date = addDays(a, 1); date <= b; date = addDays(date, 1)) {
          if (isWorkingDay(date)) count++;
        }
        return count;
      }
      let count = 0;
      for (let date = b; date < a; date = addDays(date, 1)) if (isWorkingDay(date)) count--;
      return count;
    },
  };
}

const DAY_MS = 86_400_000;

function dateHolidaysCalendar() {
  const calendar = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  // Noon UTC is inside the same London calendar day all year round (BST is UTC+1).
  const parse = (iso) => new Date(`${iso}T12:00:00Z`);
  const isWorkingDay = (date) => {
    const weekday = date.getUTCDay();
    return weekday !== 0 && weekday !== 6 && !calendar.isHoliday(date);
  };
  return {
    addWorkingDays(start, n) {
      let date = parse(start);
      const step = n < 0 ? -DAY_MS : DAY_MS;
      for (let left = Math.abs(n); left > 0; ) {
        date = new Date(date.getTime() + step);
        if (isWorkingDay(date)) left--;
      }
      return date.toISOString().slice(0, 10);
    },
    workingDaysBetween(from, to) {
      const a = parse(from).getTime();
      const b = parse(to).getTime();
      let count = 0;
      if (b >= a) {
        for (let t = a + DAY_MS; t <= b; t += DAY_MS) if (isWorkingDay(new Date(t))) count++;
      } else {
        for (let t = b; t < a; t += DAY_MS) if (isWorkingDay(new Date(t))) count--;
      }
      return count;
    },
  };
}

/**
 * The years in which date-holidays' England list differs from ours, with the dates only one
 * of them has: the honest footnote to any disagreement in the cross-check.
 */
export function dateHolidaysDifferences() {
  const calendar = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  const ours = new Set(allBankHolidays());
  const differences = [];
  for (let year = bankHolidayYears.first; year <= bankHolidayYears.last; year++) {
    const theirs = new Set(
      calendar
        .getHolidays(year)
        .map((holiday) => holiday.date.slice(0, 10))
        // Weekend dates (New Year's Day on a Sunday, listed beside its substitute) take no
        // working day away, so they are no difference.
        .filter((date) => ![0, 6].includes(new Date(`${date}T12:00:00Z`).getUTCDay())),
    );
    const oursThisYear = [...ours].filter((date) => date.startsWith(`${year}-`));
    const onlyOurs = oursThisYear.filter((date) => !theirs.has(date));
    const onlyTheirs = [...theirs].filter((date) => !ours.has(date));
    if (onlyOurs.length || onlyTheirs.length) differences.push({ year, onlyOurs, onlyTheirs });
  }
  return differences;
}
