import { InvalidDateError } from '../errors/invalid-date-error';
import type { IsoDate } from './iso-date';

// Built on first use, then reused: creating an Intl formatter costs far more than using one,
// and building it at import time would be work done for callers who never ask for today.
let londonFormatter: Intl.DateTimeFormat | undefined;

// Date.UTC(1000, 0, 1) and Date.UTC(9999, 11, 31, 12), written out so that nothing runs at
// import time: outside them the year in London would not fit `YYYY`.
const EARLIEST = -30_610_224_000_000;
const LATEST = 253_402_257_600_000;

/**
 * The calendar date in England (Europe/London) at an instant, now by default.
 *
 * Deadlines run on English calendar days whatever the server's time zone: at 23:30 UTC on
 * 30 June it is already 1 July in London (British Summer Time), while a server in UTC or
 * California would still say 30 June. Uses the platform's time-zone database (`Intl`), so
 * it follows any change to UK clock rules without a new release.
 *
 * @param now - the instant; defaults to the current time.
 * @throws {InvalidDateError} when `now` is not a valid `Date` between the years 1000 and 9999.
 * @example
 * ukToday(new Date('2024-06-30T23:30:00Z')); // '2024-07-01'
 */
export function ukToday(now: Date = new Date()): IsoDate {
  const time = now instanceof Date ? now.getTime() : Number.NaN;
  if (!(time >= EARLIEST && time <= LATEST)) {
    throw new InvalidDateError({
      input: now,
      expected: 'a valid Date between the years 1000 and 9999, e.g. new Date()',
      label: 'ukToday(now)',
    });
  }
  londonFormatter ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let year = '';
  let month = '';
  let day = '';
  for (const part of londonFormatter.formatToParts(now)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  return `${year}-${month}-${day}` as IsoDate;
}
