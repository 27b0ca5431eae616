// @ddscp/consent used the way a site would, from ESM (in Node: the server side and SSR).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
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
import {
  cy,
  renderConsentBannerHtml,
  renderConsentHeadScriptHtml,
  renderCookiePreferencesHtml,
} from '@ddscp/consent/ui';

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

// The UI renders on the server, in Node, with no DOM: the banner for an undecided visitor
// (heading, two buttons that post to the cookies page), nothing for a decided one.
const banner = renderConsentBannerHtml(config, readConsent(config, ''), { serviceName: 'DDSCP' });
assert.ok(banner.includes('<h2>Cookies on DDSCP</h2>'));
assert.ok(banner.includes('name="analytical" value="accept">Accept analytics cookies</button>'));
assert.ok(banner.includes('name="analytical" value="reject">Reject analytics cookies</button>'));
assert.ok(
  banner.includes('<form class="ddscp-cookie-banner__message" method="post" action="/cookies">'),
);
assert.equal(renderConsentBannerHtml(config, state, { serviceName: 'DDSCP' }), '');
// The cookies page in Welsh lists /^_ga/ readably, as _ga<ID> (escaped like every string,
// with a break opportunity before <ID>).
const preferences = renderCookiePreferencesHtml(config, state, { text: cy });
assert.ok(preferences.includes('<th scope="row">_ga<wbr>&#60;ID&#62;</th>'));
assert.ok(preferences.includes('Cwcis dadansoddol'));
assert.ok(renderConsentHeadScriptHtml(config).includes('data-policy-version="2"'));

// The assets: the stylesheet through its export, the head script inside the package.
const css = readFileSync(new URL(import.meta.resolve('@ddscp/consent/ui.css')), 'utf8');
assert.ok(css.includes('.ddscp-cookie-banner'));
const head = readFileSync(
  new URL('dist/head.js', import.meta.resolve('@ddscp/consent/package.json')),
  'utf8',
);
assert.ok(head.length > 100 && head.includes('ddscp-consent-decided'));
// The drop-in for sites without a bundler: its export, and the file public CDNs serve.
const manifest = JSON.parse(
  readFileSync(new URL(import.meta.resolve('@ddscp/consent/package.json')), 'utf8'),
);
const dropIn = readFileSync(new URL(import.meta.resolve('@ddscp/consent/browser.js')), 'utf8');
assert.ok(dropIn.includes('ddscp-consent-config') && !dropIn.includes('process.env'));
assert.equal(manifest.unpkg, './dist/browser.js');
assert.equal(manifest.jsdelivr, './dist/browser.js');
