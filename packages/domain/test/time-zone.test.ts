import { describe, expect, it } from 'vitest';
import { timeZones } from '../vitest.config';

// Offsets from UTC (in minutes, as getTimezoneOffset gives them: positive west of UTC) on
// 30 June 2024 at 23:30 UTC, the instant the calendar tests care most about.
const offsetsOn30June2024: Record<string, number> = {
  UTC: 0,
  'Europe/London': -60,
  'America/Los_Angeles': 420,
  'Pacific/Kiritimati': -840,
  'Pacific/Pago_Pago': 660,
  'Australia/Lord_Howe': -630,
};

describe('the time zone this run of the suite is under', () => {
  it('is one of the listed zones, and the process really uses it', () => {
    const zone = process.env.TZ ?? '';
    expect(timeZones).toContain(zone);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    expect(new Date(Date.UTC(2024, 5, 30, 23, 30)).getTimezoneOffset()).toBe(
      offsetsOn30June2024[zone],
    );
  });

  it('covers every zone in the config with a known offset', () => {
    expect(Object.keys(offsetsOn30June2024).sort()).toEqual([...timeZones].sort());
  });
});
