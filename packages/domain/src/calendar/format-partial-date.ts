import { monthNames } from './iso-date';
import { type PartialDateInput, partialDate } from './partial-date';

/**
 * A partial date in words, as a page shows it: `'2024-03-15'` is "15 March 2024",
 * `'2024-03'` "March 2024", `'2024'` "2024" (English, day first, as in the UK).
 *
 * Use it for "published March 2024" next to a document link: it says no more than the date
 * knows.
 *
 * @throws {InvalidDateError} when `date` is not a year, month or day.
 * @example
 * formatPartialDate('2024-07'); // 'July 2024'
 */
export function formatPartialDate(date: PartialDateInput): string {
  const [year, month, day] = partialDate(date, 'formatPartialDate(date)').split('-');
  if (month === undefined) return year ?? '';
  const name = monthNames[Number(month) - 1];
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}
