import type { IsoDate } from '../calendar/iso-date';

/** A change to one year's bank holidays made by royal proclamation. @internal */
export interface OneOffChange {
  /** The extra or moved day off. */
  readonly date: IsoDate;
  readonly title: string;
  /** The standing-rules holiday this one replaces, when a holiday was moved rather than added. */
  readonly replaces?: IsoDate;
}

/**
 * One-off changes before 2018, the first year of GOV.UK's announced list (from 2018 the
 * announced data already includes them: 2020 VE day, 2022 Platinum Jubilee and State
 * Funeral, 2023 Coronation).
 *
 * Source: the royal proclamations under the Banking and Financial Dealings Act 1971 s1(3),
 * as published in The London Gazette and listed in "Public holidays in the United Kingdom"
 * (Wikipedia). Checked against python-holidays (vacanza/holidays), which agrees on every
 * date except that it leaves 2002's spring holiday on 27 May. Titles follow GOV.UK's style.
 * Years before 1995 are outside the supported range (1981's royal wedding is the last
 * change before it).
 */
export const oneOffChanges: readonly OneOffChange[] = [
  // 50th anniversary of VE Day: the early May holiday moved from Monday 1 May.
  {
    date: '1995-05-08' as IsoDate,
    title: 'Early May bank holiday (VE day)',
    replaces: '1995-05-01' as IsoDate,
  },
  // The millennium: an extra holiday on Friday 31 December.
  { date: '1999-12-31' as IsoDate, title: 'Millennium celebrations' },
  // Golden Jubilee: an extra holiday on Monday 3 June, and the spring holiday moved from
  // Monday 27 May to Tuesday 4 June.
  { date: '2002-06-03' as IsoDate, title: 'Golden Jubilee bank holiday' },
  {
    date: '2002-06-04' as IsoDate,
    title: 'Spring bank holiday',
    replaces: '2002-05-27' as IsoDate,
  },
  // Wedding of Prince William and Catherine Middleton: Friday 29 April.
  { date: '2011-04-29' as IsoDate, title: 'Royal wedding' },
  // Diamond Jubilee: the spring holiday moved from Monday 28 May to Monday 4 June, and an
  // extra holiday on Tuesday 5 June.
  {
    date: '2012-06-04' as IsoDate,
    title: 'Spring bank holiday',
    replaces: '2012-05-28' as IsoDate,
  },
  { date: '2012-06-05' as IsoDate, title: 'Queen’s Diamond Jubilee' },
];
