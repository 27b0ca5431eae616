import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDuration } from '../calendar/add-calendar-duration';
import { addCalendarDays, calendarDaysBetween } from '../calendar/calendar-days';
import type { IsoDate } from '../calendar/iso-date';
import type { PartialDate } from '../calendar/partial-date';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import { InvalidDateError } from '../errors/invalid-date-error';
import { type RetentionStatus, retentionOf } from './retention-of';
import type { RetentionPolicy } from './retention-policy';

const earliest: RetentionPolicy = { ...ddscpRetentionPolicy, partialDates: 'earliest' };

describe('retentionOf with the partnership policy (one year, latest day, 30 days warning)', () => {
  it('keeps a report published 2024-03-15 live through 2025-03-15, expired from 2025-03-16', () => {
    expect(retentionOf('2024-03-15', '2025-03-15')).toEqual({
      status: 'expiring',
      liveFrom: '2024-03-15',
      liveUntil: '2025-03-15',
      daysLeft: 1,
    });
    expect(retentionOf('2024-03-15', '2025-03-16')).toEqual({
      status: 'expired',
      liveFrom: '2024-03-15',
      liveUntil: '2025-03-15',
      daysLeft: 0,
    });
  });

  it('counts a month-precision date from its last day: "2024-03" is live through 2025-03-31', () => {
    expect(retentionOf('2024-03', '2025-03-31')).toMatchObject({
      liveFrom: '2024-03-01',
      liveUntil: '2025-03-31',
      status: 'expiring',
    });
    expect(retentionOf('2024-03', '2025-04-01').status).toBe('expired');
  });

  it('counts a year-precision date from its last day', () => {
    expect(retentionOf('2024', '2024-06-01')).toMatchObject({
      liveFrom: '2024-01-01',
      liveUntil: '2025-12-31',
      status: 'live',
    });
  });

  it('ends a report published on 29 February on 28 February the next year', () => {
    expect(retentionOf('2024-02-29', '2025-02-28').liveUntil).toBe('2025-02-28');
    expect(retentionOf('2024-02-29', '2025-03-01').status).toBe('expired');
  });

  it('is scheduled before its first possible day, live, then expiring in the last 30 days', () => {
    expect(retentionOf('2024-03', '2024-02-29')).toMatchObject({
      status: 'scheduled',
      daysLeft: 396,
    });
    expect(retentionOf('2024-03', '2024-03-01')).toMatchObject({ status: 'live', daysLeft: 396 });
    expect(retentionOf('2024-03-15', '2025-02-13')).toMatchObject({ status: 'live', daysLeft: 31 });
    expect(retentionOf('2024-03-15', '2025-02-14')).toMatchObject({
      status: 'expiring',
      daysLeft: 30,
    });
  });

  it('refuses bad dates, naming which argument', () => {
    expect(() => retentionOf('March 2024' as '2024-03', '2025-01-01')).toThrow(InvalidDateError);
    expect(() => retentionOf('March 2024' as '2024-03', '2025-01-01')).toThrow(
      'Invalid date "March 2024" for retentionOf(published)',
    );
    expect(() => retentionOf('2024-03', '2025-01' as '2025-01-01')).toThrow(
      'Invalid date "2025-01" for retentionOf(today)',
    );
  });
});

describe('retentionOf with other policies', () => {
  it("counts partial dates from their first day under 'earliest'", () => {
    expect(retentionOf('2024-03', '2025-03-01', earliest)).toMatchObject({
      liveFrom: '2024-03-01',
      liveUntil: '2025-03-01',
      status: 'expiring',
    });
    expect(retentionOf('2024-03', '2025-03-02', earliest).status).toBe('expired');
    expect(retentionOf('2024', '2025-01-02', earliest).status).toBe('expired');
  });

  it('keeps for any calendar period, and warns as configured', () => {
    const sixMonths: RetentionPolicy = {
      keepFor: { months: 6 },
      partialDates: 'latest',
      warnWithinDays: 0,
    };
    expect(retentionOf('2024-08-31', '2025-02-28', sixMonths)).toMatchObject({
      liveUntil: '2025-02-28',
      status: 'live',
      daysLeft: 1,
    });
    const fiveYears: RetentionPolicy = {
      keepFor: { years: 5 },
      partialDates: 'latest',
      warnWithinDays: 90,
    };
    expect(retentionOf('2024-07', '2029-05-03', fiveYears)).toMatchObject({
      liveUntil: '2029-07-31',
      status: 'expiring',
      daysLeft: 90,
    });
  });
});

// Dates and policies for the properties.
const day = fc
  .integer({ min: 0, max: calendarDaysBetween('2000-01-01', '2090-12-31') })
  .map((offset) => addCalendarDays('2000-01-01', offset));
const published = fc
  .tuple(day, fc.constantFrom(4, 7, 10))
  .map(([d, length]) => d.slice(0, length) as PartialDate);
const policy = fc.record({
  // A period of zero is refused, so at least one part is above 0.
  keepFor: fc
    .record(
      { years: fc.nat(5), months: fc.nat(24), weeks: fc.nat(10), days: fc.nat(400) },
      { requiredKeys: [] },
    )
    .filter((keepFor) => Object.values(keepFor).some((value) => value > 0)),
  partialDates: fc.constantFrom('latest' as const, 'earliest' as const),
  warnWithinDays: fc.nat(400),
});
const order: Record<RetentionStatus, number> = { scheduled: 0, live: 1, expiring: 2, expired: 3 };

describe('retentionOf (properties)', () => {
  it('never goes back: scheduled → live → expiring → expired as today moves on', () => {
    fc.assert(
      fc.property(published, policy, day, fc.nat(2000), (date, rule, today, later) => {
        const before = retentionOf(date, today, rule);
        const after = retentionOf(date, addCalendarDays(today, later), rule);
        expect(order[after.status]).toBeGreaterThanOrEqual(order[before.status]);
        expect(after.daysLeft).toBeLessThanOrEqual(before.daysLeft);
      }),
    );
  });

  it('keeps a document at least keepFor after its first possible day: liveUntil >= liveFrom + keepFor', () => {
    fc.assert(
      fc.property(published, policy, day, (date, rule, today) => {
        const { liveFrom, liveUntil } = retentionOf(date, today, rule);
        expect(liveUntil >= addCalendarDuration(liveFrom, rule.keepFor)).toBe(true);
      }),
    );
  });

  it("never ends sooner under 'latest' than under 'earliest'", () => {
    fc.assert(
      fc.property(published, policy, day, (date, rule, today) => {
        const latest = retentionOf(date, today, { ...rule, partialDates: 'latest' });
        const first = retentionOf(date, today, { ...rule, partialDates: 'earliest' });
        expect(latest.liveUntil >= first.liveUntil).toBe(true);
        expect(latest.liveFrom).toBe(first.liveFrom);
      }),
    );
  });

  it('agrees on status and days left with the days between today and liveUntil', () => {
    fc.assert(
      fc.property(published, policy, day, (date, rule, today) => {
        const { status, liveFrom, liveUntil, daysLeft } = retentionOf(date, today, rule);
        const t = today as IsoDate;
        if (t < liveFrom) expect(status).toBe('scheduled');
        else if (t > liveUntil) expect([status, daysLeft]).toEqual(['expired', 0]);
        else {
          expect(daysLeft).toBe(calendarDaysBetween(t, liveUntil) + 1);
          expect(status).toBe(daysLeft <= rule.warnWithinDays ? 'expiring' : 'live');
        }
      }),
    );
  });
});
