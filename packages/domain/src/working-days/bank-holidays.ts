import { type IsoDate, type IsoDateInput, isoDateParts } from '../calendar/iso-date';
import type { BankHoliday, BankHolidayEvent, BankHolidaySource } from './bank-holiday';
import { bankHolidayYears } from './bank-holiday-years';
import announced from './bank-holidays-england-and-wales.json';
import { oneOffChanges } from './one-off-changes';
import { bankHolidaysByStandingRules } from './standing-rules';
import { checkSupportedYear } from './supported-year';

// Each year's list is worked out on first use and kept, frozen so no caller can change
// what the next caller sees.
const byYear: (readonly BankHoliday[] | undefined)[] = [];

/** The first year of GOV.UK's list; its last is `bankHolidayYears.lastAnnounced`. */
const GOV_UK_FIRST_YEAR = 2018;

/**
 * The bank holidays in England and Wales in a year, in date order.
 *
 * From GOV.UK's announced list for 2018-2028 (copied into this package), the historical
 * dates from 1995 to 2017 with their one-off changes (1995 VE day, 1999 millennium, 2002
 * Golden Jubilee, 2011 royal wedding, 2012 Diamond Jubilee), and projected from the
 * standing rules after 2028 (`source: 'projected'`: a proclamation may still change them).
 *
 * @throws {UnsupportedYearError} (a `RangeError`) for years outside {@link bankHolidayYears}.
 * @example
 * bankHolidaysIn(2024).map((h) => h.date);
 * // ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']
 */
export function bankHolidaysIn(year: number): readonly BankHoliday[] {
  const index = checkSupportedYear(year) - bankHolidayYears.first;
  let holidays = byYear[index];
  if (!holidays) {
    holidays = Object.freeze(eventsOf(year).map((event) => Object.freeze(withSource(event, year))));
    byYear[index] = holidays;
  }
  return holidays;
}

/**
 * Whether a date is a bank holiday in England and Wales.
 *
 * Only the days off count: when Christmas falls on a Saturday, the substitute Monday is a
 * bank holiday and the Saturday is not (it is not a working day either way).
 *
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` day.
 * @throws {UnsupportedYearError} for years outside {@link bankHolidayYears}.
 * @example
 * isBankHoliday('2024-12-26'); // true
 */
export function isBankHoliday(date: IsoDateInput): boolean {
  const { year } = isoDateParts(date, 'isBankHoliday(date)');
  return bankHolidaysIn(checkSupportedYear(year, `isBankHoliday('${date}')`)).some(
    (holiday) => holiday.date === date,
  );
}

function eventsOf(year: number): readonly BankHolidayEvent[] {
  if (year >= GOV_UK_FIRST_YEAR && year <= bankHolidayYears.lastAnnounced) {
    const prefix = `${year}-`;
    return (announced.events as BankHolidayEvent[]).filter((event) =>
      event.date.startsWith(prefix),
    );
  }
  const changes = oneOffChanges.filter((change) => change.date.startsWith(`${year}-`));
  if (changes.length === 0) return bankHolidaysByStandingRules(year);
  const replaced = new Set(changes.map((change) => change.replaces));
  return [
    ...bankHolidaysByStandingRules(year).filter((event) => !replaced.has(event.date)),
    ...changes.map(({ date, title }) => ({ date, title, substituteDay: false })),
  ].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function withSource(event: BankHolidayEvent, year: number): BankHoliday {
  const source: BankHolidaySource =
    year <= bankHolidayYears.lastAnnounced ? 'announced' : 'projected';
  return {
    date: event.date as IsoDate,
    title: event.title,
    substituteDay: event.substituteDay,
    source,
  };
}
