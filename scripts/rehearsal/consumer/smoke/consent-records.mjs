// @ddscp/consent/records in a site that installed neither optional driver: the memory store,
// the report endpoint and the ISO mapping work, and opening a database store says, in one
// error, which package to install.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { defineConsentConfig, encodeConsent } from '@ddscp/consent';
import {
  consentNotice,
  createMemoryRecordStore,
  handleConsentReport,
  MissingPeerDependencyError,
  openPostgresRecordStore,
  openSqliteRecordStore,
  toIso27560,
} from '@ddscp/consent/records';

const config = defineConsentConfig({ policyVersion: 1 });
const decision = {
  analytical: true,
  policyVersion: 1,
  decidedAt: new Date().toISOString(),
  method: 'banner',
  id: randomUUID(),
  decisionId: randomUUID(),
};
const record = { ...decision, necessary: true };
const store = createMemoryRecordStore();
const report = () =>
  new Request('https://www.example.gov.uk/consent-records', {
    method: 'POST',
    headers: {
      origin: 'https://www.example.gov.uk',
      cookie: `ddscp_consent=${encodeConsent(decision)}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(record),
  });
assert.equal(
  (await handleConsentReport(report(), store, { config })).headers.get('consent-record'),
  `added; decision=${decision.decisionId}`,
);
assert.equal(
  (await handleConsentReport(report(), store, { config })).headers.get('consent-record'),
  `duplicate; decision=${decision.decisionId}`,
);
assert.equal(await store.count(), 1);

const notice = await consentNotice(config, { banner: 'Cookies on DDSCP', cookiesPage: 'Cookies' });
assert.match(notice.sha256, /^[\da-f]{64}$/);
const iso = toIso27560(record, {
  controller: { name: 'DDSCP', contact: 'dpo@example.gov.uk' },
  notice,
});
assert.equal(iso['dct:identifier'], decision.decisionId);

for (const [open, name] of [
  [() => openSqliteRecordStore(':memory:'), 'better-sqlite3'],
  [() => openPostgresRecordStore('postgres://127.0.0.1/x'), 'pg'],
]) {
  await assert.rejects(open, (error) => {
    assert.ok(error instanceof MissingPeerDependencyError, String(error));
    assert.equal(error.packageName, name);
    assert.match(error.message, new RegExp(`run \`npm install ${name}@`));
    return true;
  });
}
