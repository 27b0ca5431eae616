// The same uses as smoke.mjs, from CommonJS.
const assert = require('node:assert/strict');
const { isoDate, InvalidDateError } = require('@ddscp/domain');
const { parseCookieHeader } = require('@ddscp/consent');

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
assert.equal(parseCookieHeader('a=1; b=2').b, '2');
console.log('  ok  smoke.cjs');
