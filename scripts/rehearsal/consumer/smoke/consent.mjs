// @ddscp/consent used the way a site would, from ESM (in Node: the server side and SSR).
import assert from 'node:assert/strict';
import { parseCookieHeader } from '@ddscp/consent';

assert.equal(parseCookieHeader('a=1; b=2').b, '2');
