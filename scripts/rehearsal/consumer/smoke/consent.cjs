// The same uses as consent.mjs, from CommonJS.
const assert = require('node:assert/strict');
const { parseCookieHeader } = require('@ddscp/consent');

assert.equal(parseCookieHeader('a=1; b=2').b, '2');
