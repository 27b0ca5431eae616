// Uses the published packages the way a site would, from ESM. Extend it when a package
// gains a feature worth proving from the tarball.
import assert from 'node:assert/strict';
import { parseCookieHeader } from '@ddscp/consent';
import { InvalidDateError, isoDate } from '@ddscp/domain';

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
assert.equal(parseCookieHeader('a=1; b=2').b, '2');
console.log('  ok  smoke.mjs');
