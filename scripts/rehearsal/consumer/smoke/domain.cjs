// The same uses as domain.mjs, from CommonJS.
const assert = require('node:assert/strict');
const { isoDate, InvalidDateError } = require('@ddscp/domain');

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
