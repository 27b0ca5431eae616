import { describe, expect, it } from 'vitest';
import type { BankHolidayEvent } from './bank-holiday';
import announced from './bank-holidays-england-and-wales.json';
import { bankHolidaysByStandingRules } from './standing-rules';

// The proclamations in GOV.UK's announced years: everything else there follows the rules.
const proclaimed: Record<number, { remove: string[]; add: BankHolidayEvent[] }> = {
  2020: {
    remove: ['2020-05-04'],
    add: [event('2020-05-08', 'Early May bank holiday (VE day)')],
  },
  2022: {
    remove: ['2022-05-30'],
    add: [
      event('2022-06-02', 'Spring bank holiday'),
      event('2022-06-03', 'Platinum Jubilee bank holiday'),
      event('2022-09-19', 'Bank Holiday for the State Funeral of Queen Elizabeth II'),
    ],
  },
  2023: {
    remove: [],
    add: [event('2023-05-08', 'Bank holiday for the coronation of King Charles III')],
  },
};

describe('the standing rules', () => {
  it("reproduce every year of GOV.UK's list, apart from the proclaimed changes", () => {
    for (let year = 2018; year <= 2028; year++) {
      const changes = proclaimed[year] ?? { remove: [], add: [] };
      const projected = [
        ...bankHolidaysByStandingRules(year).filter((h) => !changes.remove.includes(h.date)),
        ...changes.add,
      ].sort((a, b) => a.date.localeCompare(b.date));
      const govUk = announced.events.filter((e) => e.date.startsWith(`${year}-`));
      expect(projected, String(year)).toEqual(govUk);
    }
  });

  it('give weekday substitutes for a weekend Christmas, Boxing Day and New Year', () => {
    const datesOf = (year: number) =>
      bankHolidaysByStandingRules(year)
        .filter((h) => h.substituteDay)
        .map((h) => `${h.date} ${h.title}`);
    // 2032: Christmas on a Saturday; 2033: on a Sunday; 2026: Boxing Day on a Saturday.
    expect(datesOf(2032)).toEqual(['2032-12-27 Christmas Day', '2032-12-28 Boxing Day']);
    expect(datesOf(2033)).toEqual(["2033-01-03 New Year's Day", '2033-12-27 Christmas Day']);
    expect(bankHolidaysByStandingRules(2033).map((h) => h.date)).toContain('2033-12-26');
    expect(datesOf(2026)).toEqual(['2026-12-28 Boxing Day']);
    // 2034: New Year's Day on a Sunday, so Monday 2 January.
    expect(datesOf(2034)).toEqual(["2034-01-02 New Year's Day"]);
  });
});

function event(date: string, title: string): BankHolidayEvent {
  return { date, title, substituteDay: false } as BankHolidayEvent;
}
