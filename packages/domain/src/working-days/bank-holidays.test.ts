import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../calendar/calendar-days';
import { InvalidDateError } from '../errors/invalid-date-error';
import { UnsupportedYearError } from '../errors/unsupported-year-error';
import type { BankHoliday } from './bank-holiday';
import { bankHolidayYears } from './bank-holiday-years';
import { bankHolidaysIn, isBankHoliday } from './bank-holidays';
import packaged from './bank-holidays-england-and-wales.json';

// The project's shared facts sit beside the repository (../shared); a clone without them
// still checks the packaged copy, and says that it skipped the comparison.
const sharedFile = fileURLToPath(
  new URL('../../../../../shared/data/bank-holidays-england-and-wales.json', import.meta.url),
);
const shared = existsSync(sharedFile)
  ? (JSON.parse(readFileSync(sharedFile, 'utf8')) as typeof packaged)
  : undefined;

const asEvent = ({ date, title, substituteDay }: BankHoliday) => ({ date, title, substituteDay });
const datesIn = (year: number) => bankHolidaysIn(year).map((h) => h.date);

describe("GOV.UK's announced list", () => {
  it.skipIf(!shared)('is copied into the package unchanged', () => {
    expect(packaged).toEqual(shared);
  });

  it.skipIf(!shared)('is what bankHolidaysIn gives for every year from 2018 to 2028', () => {
    for (let year = 2018; year <= 2028; year++) {
      const expected = shared?.events.filter((e) => e.date.startsWith(`${year}-`));
      expect(bankHolidaysIn(year).map(asEvent), String(year)).toEqual(expected);
    }
  });

  it('covers exactly 2018 to bankHolidayYears.lastAnnounced', () => {
    const years = new Set(packaged.events.map((e) => Number(e.date.slice(0, 4))));
    expect(Math.min(...years)).toBe(2018);
    expect(Math.max(...years)).toBe(bankHolidayYears.lastAnnounced);
    expect(packaged.events).toHaveLength(
      [...years].reduce((n, year) => n + bankHolidaysIn(year).length, 0),
    );
  });

  it('keeps its one-off changes and substitute days', () => {
    expect(bankHolidaysIn(2020).map(asEvent)).toContainEqual({
      date: '2020-05-08',
      title: 'Early May bank holiday (VE day)',
      substituteDay: false,
    });
    expect(datesIn(2020)).not.toContain('2020-05-04');
    expect(datesIn(2022)).toEqual(
      expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19', '2022-12-27']),
    );
    expect(datesIn(2023)).toContain('2023-05-08');
  });

  it('is marked announced', () => {
    expect(bankHolidaysIn(2024).every((h) => h.source === 'announced')).toBe(true);
    expect(bankHolidaysIn(2028).every((h) => h.source === 'announced')).toBe(true);
  });
});

describe('bank holidays before 2018', () => {
  it('move the early May holiday to 8 May for VE day in 1995', () => {
    expect(datesIn(1995)).toContain('1995-05-08');
    expect(datesIn(1995)).not.toContain('1995-05-01');
    expect(datesIn(1995)[0]).toBe('1995-01-02'); // New Year's Day was a Sunday
  });

  it('add 31 December 1999 for the millennium, after the weekend-Christmas substitutes', () => {
    expect(datesIn(1999).slice(-3)).toEqual(['1999-12-27', '1999-12-28', '1999-12-31']);
    expect(bankHolidaysIn(1999).at(-1)?.title).toBe('Millennium celebrations');
  });

  it('add 3 June 2002 for the Golden Jubilee and move the spring holiday to 4 June', () => {
    expect(datesIn(2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(datesIn(2002)).not.toContain('2002-05-27');
    expect(bankHolidaysIn(2002)).toHaveLength(9);
  });

  it('add 29 April 2011 for the royal wedding', () => {
    expect(bankHolidaysIn(2011).map(asEvent)).toContainEqual({
      date: '2011-04-29',
      title: 'Royal wedding',
      substituteDay: false,
    });
  });

  it('move the 2012 spring holiday to 4 June and add 5 June for the Diamond Jubilee', () => {
    expect(datesIn(2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(datesIn(2012)).not.toContain('2012-05-28');
  });

  it('follow the standing rules in other years, and are marked announced', () => {
    expect(bankHolidaysIn(2005).map(asEvent)).toEqual([
      { date: '2005-01-03', title: "New Year's Day", substituteDay: true },
      { date: '2005-03-25', title: 'Good Friday', substituteDay: false },
      { date: '2005-03-28', title: 'Easter Monday', substituteDay: false },
      { date: '2005-05-02', title: 'Early May bank holiday', substituteDay: false },
      { date: '2005-05-30', title: 'Spring bank holiday', substituteDay: false },
      { date: '2005-08-29', title: 'Summer bank holiday', substituteDay: false },
      { date: '2005-12-26', title: 'Boxing Day', substituteDay: false },
      { date: '2005-12-27', title: 'Christmas Day', substituteDay: true },
    ]);
    expect(bankHolidaysIn(2005).every((h) => h.source === 'announced')).toBe(true);
  });
});

describe('bank holidays after the announced years', () => {
  it('are projected from the standing rules, and say so', () => {
    expect(bankHolidaysIn(2029).map((h) => `${h.date} ${h.source}`)).toEqual([
      '2029-01-01 projected',
      '2029-03-30 projected',
      '2029-04-02 projected',
      '2029-05-07 projected',
      '2029-05-28 projected',
      '2029-08-27 projected',
      '2029-12-25 projected',
      '2029-12-26 projected',
    ]);
    expect(datesIn(2099)).toEqual([
      '2099-01-01',
      '2099-04-10',
      '2099-04-13',
      '2099-05-04',
      '2099-05-25',
      '2099-08-31',
      '2099-12-25',
      '2099-12-28',
    ]);
  });
});

describe('every supported year', () => {
  it('has its holidays in order, on weekdays, inside the year, with the eight usual titles (property)', () => {
    const usual = [
      "New Year's Day",
      'Good Friday',
      'Easter Monday',
      'Spring bank holiday',
      'Summer bank holiday',
      'Christmas Day',
      'Boxing Day',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: bankHolidayYears.first, max: bankHolidayYears.last }),
        (year) => {
          const holidays = bankHolidaysIn(year);
          const dates = holidays.map((h) => h.date);
          expect(dates).toEqual([...dates].sort());
          expect(new Set(dates).size).toBe(dates.length);
          for (const { date } of holidays) {
            expect(date.startsWith(`${year}-`)).toBe(true);
            expect(isoWeekday(date)).toBeLessThanOrEqual(5);
          }
          const titles = holidays.map((h) => h.title);
          for (const title of usual) expect(titles).toContain(title);
          expect(titles.some((t) => t.startsWith('Early May bank holiday'))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the supported range', () => {
  it('is refused outside 1995-2099 with a RangeError that says the range', () => {
    for (const year of [1994, 2100]) {
      expect(() => bankHolidaysIn(year)).toThrow(UnsupportedYearError);
      expect(() => bankHolidaysIn(year)).toThrow(RangeError);
      expect(() => bankHolidaysIn(year)).toThrow(
        `No England and Wales bank holidays for ${year}: the supported range is 1995 to 2099 (announced to 2028, projected from the standing rules after that).`,
      );
    }
  });

  it('takes whole years only', () => {
    expect(() => bankHolidaysIn(2024.5)).toThrow(
      'A year must be a whole number such as 2024; found 2024.5.',
    );
    expect(() => bankHolidaysIn('2024' as unknown as number)).toThrow('found "2024".');
  });
});

describe('the lists bankHolidaysIn returns', () => {
  it('are the same frozen list on every call, so no caller can change another’s', () => {
    const list = bankHolidaysIn(2024);
    expect(bankHolidaysIn(2024)).toBe(list);
    expect(() => (list as BankHoliday[]).pop()).toThrow(TypeError);
    expect(() => {
      (list[0] as { date: string }).date = '2024-01-02';
    }).toThrow(TypeError);
    expect(bankHolidaysIn(2024)[0]?.date).toBe('2024-01-01');
  });
});

describe('isBankHoliday', () => {
  it('is true on the days off, including substitutes, and false otherwise', () => {
    expect(isBankHoliday('2024-12-25')).toBe(true);
    expect(isBankHoliday('2024-12-26')).toBe(true);
    expect(isBankHoliday('2024-12-27')).toBe(false);
    expect(isBankHoliday('2021-12-27')).toBe(true); // Christmas Day's substitute
    expect(isBankHoliday('2021-12-25')).toBe(false); // a Saturday: not itself the day off
    expect(isBankHoliday('2012-06-05')).toBe(true);
    expect(isBankHoliday('2040-03-30')).toBe(true); // a projected Good Friday
  });

  it('refuses bad dates and unsupported years, naming the call', () => {
    expect(() => isBankHoliday('2024-12-32' as '2024-12-31')).toThrow(InvalidDateError);
    expect(() => isBankHoliday('2024-12-32' as '2024-12-31')).toThrow('for isBankHoliday(date)');
    expect(() => isBankHoliday('2100-01-01')).toThrow(
      "No England and Wales bank holidays for 2100 (isBankHoliday('2100-01-01')): the supported range is 1995 to 2099",
    );
  });
});
