/**
 * A length of time in whole calendar units: years, months, weeks and days, e.g.
 * `{ years: 1 }` or `{ months: 6 }`. The shape of date-fns's `Duration` without the parts
 * below a day (a date-fns `Duration` of whole days fits it), so retention periods and
 * deadlines are counted on the calendar and no time zone can shift them.
 *
 * Values from files are checked at run time as well: a key that is not one of these parts
 * (a misspelt `yeras`), hours, minutes or seconds, and fractions are refused with an
 * `InvalidDurationError`, never counted as nothing.
 */
export interface CalendarDuration {
  readonly years?: number;
  readonly months?: number;
  readonly weeks?: number;
  readonly days?: number;
}
