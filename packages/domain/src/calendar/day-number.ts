// Days counted from 1970-01-01 in the proleptic Gregorian calendar, by integer arithmetic
// only (Howard Hinnant's civil-from-days algorithms, public domain). No `Date` is involved,
// so no machine time zone, DST change or skipped local day can shift a result.
import { type IsoDate, type IsoDateInput, isoDateParts } from './iso-date';

/** The day number of a calendar day (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The day number of a date given as text; throws `InvalidDateError` for bad text. */
export function dayNumberOf(date: IsoDateInput, label?: string): number {
  const { year, month, day } = isoDateParts(date, label);
  return dayNumber(year, month, day);
}

/** The year of a day number. */
export function yearOfDayNumber(n: number): number {
  return civilOfDayNumber(n)[0];
}

/** The `YYYY-MM-DD` of a day number; a RangeError outside years 0000-9999. */
export function isoDateOfDayNumber(n: number): IsoDate {
  const [year, month, day] = civilOfDayNumber(n);
  if (year < 0 || year > 9999) {
    throw new RangeError(
      `The day falls in year ${year}: dates are written YYYY-MM-DD, so years 0000 to 9999 only.`,
    );
  }
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}` as IsoDate;
}

/** The ISO weekday of a day number: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

function civilOfDayNumber(n: number): [year: number, month: number, day: number] {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}
