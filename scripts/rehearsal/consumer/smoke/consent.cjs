// The same uses as consent.mjs, from CommonJS.
const assert = require('node:assert/strict');
const {
  createConsent,
  decodeConsent,
  defineConsentConfig,
  encodeConsent,
  parseCookieHeader,
} = require('@ddscp/consent');
const {
  clearCookieHeaders,
  ConsentFormError,
  consentSetCookie,
  parseConsentForm,
  readConsent,
} = require('@ddscp/consent/server');

const config = defineConsentConfig({
  policyVersion: 2,
  cookie: { name: 'ddscp_consent', domain: 'example.gov.uk' },
  categories: {
    analytical: {
      cookies: [{ name: /^_ga/, purpose: 'Counts visits', expires: '2 years' }],
    },
  },
});

assert.equal(createConsent(config).state.decided, false);

const setCookie = consentSetCookie(config, parseConsentForm('analytical=no'), { secure: false });
const cookie = setCookie.split(';')[0];
const state = readConsent(config, { url: '/', headers: { cookie } });
assert.equal(state.decided, true);
assert.equal(state.analytical, false);
assert.equal(readConsent(config, new Headers({ 'Sec-GPC': '1' })).method, 'gpc');
assert.throws(() => parseConsentForm({}), ConsentFormError);

const decision = decodeConsent(parseCookieHeader(cookie).ddscp_consent, config);
assert.deepEqual(decodeConsent(encodeConsent(decision), config), decision);

const cleared = clearCookieHeaders(config, {
  url: '/',
  headers: { host: 'www.example.gov.uk', cookie: `${cookie}; _ga_ABC=1` },
});
assert.ok(cleared.some((header) => header.startsWith('_ga_ABC=;')));
