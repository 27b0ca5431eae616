// The same uses as consent.mjs, from CommonJS.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { join, dirname } = require('node:path');
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
const { renderConsentBannerHtml, renderCookiePreferencesHtml } = require('@ddscp/consent/ui');

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

const banner = renderConsentBannerHtml(config, readConsent(config, ''), { serviceName: 'DDSCP' });
assert.ok(banner.includes('<h2>Cookies on DDSCP</h2>'));
assert.ok(banner.includes('value="accept">Accept analytics cookies</button>'));
assert.ok(banner.includes('value="reject">Reject analytics cookies</button>'));
assert.ok(renderCookiePreferencesHtml(config, state).includes('checked'));
assert.ok(readFileSync(require.resolve('@ddscp/consent/ui.css'), 'utf8').includes('.ddscp-button'));
const head = join(dirname(require.resolve('@ddscp/consent/package.json')), 'dist/head.js');
assert.ok(readFileSync(head, 'utf8').includes('ddscp-consent-decided'));
