import { describe, expect, it } from 'vitest';
import { partnership } from '../../test/support/partnerships';
import { InvalidDateError } from '../errors/invalid-date-error';
import { partnersOn } from './partners-on';

describe('partnersOn', () => {
  it('includes partners whose period includes the day, both ends inclusive', () => {
    const p = partnership({
      partners: [{ id: 'old-ccg', validFrom: '2020-01-01', validTo: '2022-06-30' }],
    });
    const has = (date: `${number}-${number}-${number}`) =>
      partnersOn(p, date).some((x) => x.id === 'old-ccg');
    expect(has('2019-12-31')).toBe(false);
    expect(has('2020-01-01')).toBe(true);
    expect(has('2022-06-30')).toBe(true);
    expect(has('2022-07-01')).toBe(false);
  });

  it('keeps the partnership’s order and open-ended partners', () => {
    const p = partnership({});
    expect(partnersOn(p, '1990-01-01').map((x) => x.id)).toEqual(['council', 'icb', 'police']);
  });

  it('refuses a bad date, naming the call', () => {
    expect(() => partnersOn(partnership({}), '2024-02-30')).toThrow(InvalidDateError);
    expect(() => partnersOn(partnership({}), '2024-02-30')).toThrow('for partnersOn(date)');
  });
});
