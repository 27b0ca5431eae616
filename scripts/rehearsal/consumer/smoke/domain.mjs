// @ddscp/domain used the way a site would, from ESM. Extend it when the package gains a
// feature worth proving from the published tarball.
import assert from 'node:assert/strict';
import { InvalidDateError, isoDate, ukToday } from '@ddscp/domain';

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
assert.equal(ukToday(new Date('2024-06-30T23:30:00Z')), '2024-07-01');
