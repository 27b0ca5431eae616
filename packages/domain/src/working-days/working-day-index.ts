// Working-day arithmetic in constant time. A working day is any day but Saturday, Sunday
// and a bank holiday; so the working days up to a day are the weekdays up to it (whole
// weeks times five, plus the rest of the week) minus the bank holidays on weekdays up to it
// (a binary search in one sorted table of the whole supported range). The table is built
// once, on first use.
import { dayNumber, dayNumberOf, weekdayOfDayNumber } from '../calendar/day-number';
import { bankHolidayYears } from './bank-holiday-years';
import { bankHolidaysIn } from './bank-holidays';

const WEEKDAYS_PER_WEEK = 5;

interface WorkingDayIndex {
  /** The Monday on or before the first supported day: day offsets count from it. */
  readonly origin: number;
  /** The first and last supported day numbers. */
  readonly first: number;
  readonly last: number;
  /** Offsets of the bank holidays that fall on weekdays, ascending. */
  readonly holidays: Int32Array;
}

let index: WorkingDayIndex | undefined;

/** The index, built on first use. @internal */
export function workingDayIndex(): WorkingDayIndex {
  index ??= buildIndex();
  return index;
}

function buildIndex(): WorkingDayIndex {
  const first = dayNumber(bankHolidayYears.first, 1, 1);
  const last = dayNumber(bankHolidayYears.last, 12, 31);
  const origin = first - (weekdayOfDayNumber(first) - 1);
  const offsets: number[] = [];
  for (let year = bankHolidayYears.first; year <= bankHolidayYears.last; year++) {
    for (const holiday of bankHolidaysIn(year)) {
      const offset = dayNumberOf(holiday.date) - origin;
      // A holiday on a weekend takes no working day away (none are listed so today).
      if (offset % 7 < WEEKDAYS_PER_WEEK) offsets.push(offset);
    }
  }
  return { origin, first, last, holidays: Int32Array.from(offsets).sort() };
}

/** The number of working days from the index's origin up to and including `offset`. */
export function workingDaysUpTo(idx: WorkingDayIndex, offset: number): number {
  return weekdaysUpTo(offset) - holidaysUpTo(idx.holidays, offset);
}

/**
 * The offset of the working day whose {@link workingDaysUpTo} is `rank`. Starts from the
 * `rank`-th weekday and moves on by the holidays passed until no new one is passed: each
 * step is one binary search and the loop ends after a few steps however large `rank` is.
 */
export function workingDayOfRank(idx: WorkingDayIndex, rank: number): number {
  let skipped = 0;
  for (;;) {
    const offset = weekdayOfRank(rank + skipped);
    const passed = holidaysUpTo(idx.holidays, offset);
    if (passed === skipped) return offset;
    skipped = passed;
  }
}

/** Weekdays in [0, offset] (offset 0 is a Monday); 0 for negative offsets before the first. */
function weekdaysUpTo(offset: number): number {
  const weeks = Math.floor(offset / 7);
  return weeks * WEEKDAYS_PER_WEEK + Math.min(offset - weeks * 7 + 1, WEEKDAYS_PER_WEEK);
}

/** The offset of the `rank`-th weekday (rank 1 is offset 0, the origin Monday). */
function weekdayOfRank(rank: number): number {
  const weeks = Math.floor((rank - 1) / WEEKDAYS_PER_WEEK);
  return weeks * 7 + (rank - 1 - weeks * WEEKDAYS_PER_WEEK);
}

/** How many of the sorted `holidays` are at or before `offset`. */
function holidaysUpTo(holidays: Int32Array, offset: number): number {
  let low = 0;
  let high = holidays.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((holidays[middle] as number) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
