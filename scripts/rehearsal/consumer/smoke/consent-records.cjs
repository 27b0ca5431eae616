// @ddscp/consent/records from CommonJS, without the optional drivers installed.
const assert = require('node:assert/strict');
const {
  MissingPeerDependencyError,
  openSqliteRecordStore,
  createMemoryRecordStore,
} = require('@ddscp/consent/records');

(async () => {
  assert.equal(await createMemoryRecordStore().count(), 0);
  await assert.rejects(openSqliteRecordStore(':memory:'), (error) => {
    assert.ok(error instanceof MissingPeerDependencyError, String(error));
    assert.equal(error.packageName, 'better-sqlite3');
    return true;
  });
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
