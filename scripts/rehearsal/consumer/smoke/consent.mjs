// @ddscp/consent used the way a site would, from ESM (in Node: the server side and SSR).
import assert from 'node:assert/strict';
import {
  createConsent,
  decodeConsent,
  defineConsentConfig,
  encodeConsent,
  parseCookieHeader,
} from '@ddscp/consent';
import {
  ConsentFormError,
  clearCookieHeaders,
  consentSetCookie,
  parseConsentForm,
  readConsent,
} from '@ddscp/consent/server';

const config = defineConsentConfig({
  policyVersion: 2,
  cookie: { name: 'ddscp_consent', domain: 'example.gov.uk' },
  categories: {
    analytical: {
      cookies: [{ name: /^_ga/, purpose: 'Counts visits', expires: '2 years' }],
    },
  },
});

// Server-side rendering: the browser manager runs without a DOM and stores nothing.
assert.equal(createConsent(config).state.decided, false);

// The no-JavaScript form: POST body → Set-Cookie → the next request reads the choice back.
const choice = parseConsentForm('analytical=yes');
const records = [];
const setCookie = consentSetCookie(config, choice, {
  secure: false,
  onRecord: (r) => records.push(r),
});
const cookie = setCookie.split(';')[0];
const state = readConsent(config, { url: '/', headers: { cookie, host: 'www.example.gov.uk' } });
assert.equal(state.decided, true);
assert.equal(state.analytical, true);
assert.equal(state.method, 'form');
assert.equal(records[0].id, state.id);
assert.equal(readConsent(config, new Headers({ 'Sec-GPC': '1' })).method, 'gpc');
assert.throws(() => parseConsentForm('analytical=maybe'), ConsentFormError);

// The cookie format round trip, shared by browser and server.
const decision = decodeConsent(parseCookieHeader(cookie).ddscp_consent, config);
assert.deepEqual(decodeConsent(encodeConsent(decision), config), decision);

// Withdrawal deletes the analytics cookies the request carries, on the parent domain too.
const cleared = clearCookieHeaders(
  config,
  new Request('https://www.example.gov.uk/cookies', { headers: { cookie: `${cookie}; _ga=1` } }),
);
assert.ok(
  cleared.some((header) => header.startsWith('_ga=;') && header.includes('Domain=example.gov.uk')),
);
