// The same uses as domain.mjs, from CommonJS.
const assert = require('node:assert/strict');
const { InvalidDateError, isoDate, ukToday } = require('@ddscp/domain');

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
assert.equal(ukToday(new Date('2024-06-30T23:30:00Z')), '2024-07-01');
