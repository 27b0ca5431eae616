import type { IsoDate } from '../calendar/iso-date';

/**
 * Where a bank holiday's date comes from: `'announced'` when the government has announced
 * it (GOV.UK's list, and past years' dates including one-off changes by proclamation);
 * `'projected'` when it is worked out from the standing rules for a year not yet announced,
 * and could still be moved by proclamation.
 */
export type BankHolidaySource = 'announced' | 'projected';

/** A bank holiday in England and Wales, in the shape of GOV.UK's data plus where it comes from. */
export interface BankHoliday {
  /** The day off. */
  readonly date: IsoDate;
  /** GOV.UK's title, e.g. `'Early May bank holiday'`, `'Christmas Day'`. */
  readonly title: string;
  /** Whether this day replaces a holiday that fell on a weekend (e.g. Christmas on a Saturday). */
  readonly substituteDay: boolean;
  /** Whether the date is announced or projected from the standing rules. */
  readonly source: BankHolidaySource;
}

/** A bank holiday as GOV.UK's data lists it, before its source is known. @internal */
export type BankHolidayEvent = Omit<BankHoliday, 'source'>;
