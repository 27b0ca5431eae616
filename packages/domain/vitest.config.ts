import { defineConfig } from 'vitest/config';

// The same suite runs once per time zone: dates are calendar days in England, so no result
// may depend on the zone of the machine. Each project starts its worker processes with its
// own TZ (test/time-zone.test.ts fails if a zone did not take effect). Kiritimati (UTC+14)
// and Pago Pago (UTC-11) are a day apart at every instant; Lord Howe moves its clocks by
// half an hour.
export const timeZones = [
  'UTC',
  'Europe/London',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
];

export default defineConfig({
  test: {
    pool: 'forks',
    // Property tests generate hundreds of inputs; on a loaded CI machine the 5 s default is
    // too tight for them. A timeout here guards against hangs, not against slowness.
    testTimeout: 30_000,
    // The tests share no mutable state: reusing each worker for many files saves most of the run.
    isolate: false,
    projects: timeZones.map((timeZone, index) => ({
      extends: true,
      test: {
        name: `TZ=${timeZone}`,
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        env: { TZ: timeZone },
        // Type tests do not depend on the zone: check them once.
        typecheck: { enabled: index === 0, include: ['src/**/*.test-d.ts'] },
      },
    })),
  },
});
