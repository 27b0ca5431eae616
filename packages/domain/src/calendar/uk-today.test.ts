import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors/invalid-date-error';
import { ukToday } from './uk-today';

describe('ukToday', () => {
  it('is already 1 July in London at 23:30 UTC on 30 June (British Summer Time)', () => {
    expect(ukToday(new Date('2024-06-30T23:30:00Z'))).toBe('2024-07-01');
    expect(ukToday(new Date('2024-06-30T22:59:59.999Z'))).toBe('2024-06-30');
  });

  it('follows UTC in winter (Greenwich Mean Time)', () => {
    expect(ukToday(new Date('2024-12-31T23:30:00Z'))).toBe('2024-12-31');
    expect(ukToday(new Date('2025-01-01T00:00:00Z'))).toBe('2025-01-01');
  });

  it('changes day at London midnight around the clock changes', () => {
    // Clocks go forward at 01:00 UTC on 31 March 2024 and back at 01:00 UTC on 27 October.
    expect(ukToday(new Date('2024-03-30T23:59:59Z'))).toBe('2024-03-30');
    expect(ukToday(new Date('2024-03-31T23:00:00Z'))).toBe('2024-04-01');
    expect(ukToday(new Date('2024-10-26T22:59:59Z'))).toBe('2024-10-26');
    expect(ukToday(new Date('2024-10-26T23:00:00Z'))).toBe('2024-10-27');
    expect(ukToday(new Date('2024-10-27T23:59:59Z'))).toBe('2024-10-27');
  });

  it('defaults to now', () => {
    const before = ukToday(new Date());
    const today = ukToday();
    const after = ukToday(new Date());
    expect([before, after]).toContain(today);
  });

  it('matches the UK clock rule for every instant of 1996-2099 (property)', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1996-01-01T00:00:00Z'),
          max: new Date('2099-12-31T12:00:00Z'),
          noInvalidDate: true,
        }),
        (instant) => {
          const offset = isBritishSummerTime(instant) ? 3_600_000 : 0;
          const expected = new Date(instant.getTime() + offset).toISOString().slice(0, 10);
          expect(ukToday(instant)).toBe(expected);
        },
      ),
    );
  });

  it('refuses an invalid or out-of-range Date, quoting it', () => {
    expect(() => ukToday(new Date('nope'))).toThrow(InvalidDateError);
    expect(() => ukToday(new Date('nope'))).toThrow(
      'Invalid date Date(invalid) for ukToday(now): expected a valid Date between the years 1000 and 9999',
    );
    expect(() => ukToday(new Date('+010000-01-01T00:00:00Z'))).toThrow(
      'Invalid date Date(+010000-01-01T00:00:00.000Z) for ukToday(now)',
    );
    expect(() => ukToday('2024-06-30' as unknown as Date)).toThrow(
      'Invalid date "2024-06-30" for ukToday(now)',
    );
  });
});

/** Summer time since 1996: from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function isBritishSummerTime(instant: Date): boolean {
  const year = instant.getUTCFullYear();
  const lastSundayAt1 = (month: number) => {
    const last = new Date(Date.UTC(year, month + 1, 0, 1));
    return last.getTime() - last.getUTCDay() * 86_400_000;
  };
  const time = instant.getTime();
  return time >= lastSundayAt1(2) && time < lastSundayAt1(9);
}
