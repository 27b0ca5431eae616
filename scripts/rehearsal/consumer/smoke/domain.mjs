// @ddscp/domain used the way a site would, from ESM. Extend it when the package gains a
// feature worth proving from the published tarball.
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  bankHolidaysIn,
  ddscp,
  InvalidDateError,
  isoDate,
  partnerSchema,
  partnersOn,
  retentionOf,
  UnsupportedYearError,
  ukToday,
  validatePartnership,
  workingDaysBetween,
} from '@ddscp/domain';

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
assert.equal(ukToday(new Date('2024-06-30T23:30:00Z')), '2024-07-01');

assert.equal(addWorkingDays('2024-12-20', 5), '2024-12-31');
assert.equal(addWorkingDays('2024-12-20', 15), '2025-01-15');
assert.equal(workingDaysBetween('2024-12-20', '2025-01-15'), 15);
assert.equal(bankHolidaysIn(2012).find((h) => h.date === '2012-06-05')?.source, 'announced');
assert.throws(() => addWorkingDays('2099-12-30', 5), UnsupportedYearError);

assert.equal(retentionOf('2024-03', '2025-03-31').liveUntil, '2025-03-31');
assert.equal(retentionOf('2024-03', '2025-04-01').status, 'expired');

assert.deepEqual(validatePartnership(ddscp), []);
assert.equal(partnersOn(ddscp, '2024-03-01').length, 10);
assert.equal(partnerSchema.safeParse({ ...ddscp.partners[0], id: 'Not A Slug' }).success, false);
