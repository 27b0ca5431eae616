// The same uses as domain.mjs, from CommonJS.
const assert = require('node:assert/strict');
const {
  addWorkingDays,
  ddscp,
  ddscpCatalog,
  InvalidDateError,
  isoDate,
  parseCatalog,
  partnerSchema,
  partnersOn,
  publishedListing,
  retentionOf,
  UnsupportedYearError,
  ukToday,
  validatePartnership,
  workingDaysBetween,
} = require('@ddscp/domain');
const shipped = require('@ddscp/domain/catalog/ddscp.json');

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
assert.equal(ukToday(new Date('2024-06-30T23:30:00Z')), '2024-07-01');

assert.equal(addWorkingDays('2024-12-20', 5), '2024-12-31');
assert.equal(workingDaysBetween('2024-12-20', '2025-01-15'), 15);
assert.throws(() => addWorkingDays('2099-12-30', 5), RangeError);
assert.throws(() => addWorkingDays('2099-12-30', 5), UnsupportedYearError);

assert.equal(retentionOf('2024-03-15', '2025-03-16').status, 'expired');

assert.deepEqual(validatePartnership(ddscp), []);
assert.equal(partnersOn(ddscp, '2019-09-29').length, 0);
assert.equal(partnerSchema.parse(ddscp.partners[0]).id, 'derby-city-council');

assert.equal(parseCatalog(shipped).ok, true);
assert.deepEqual(parseCatalog(shipped).catalog, ddscpCatalog);
assert.equal(publishedListing(ddscpCatalog, '2025-03-31')[0].documents[0].id, 'report');
assert.equal(
  publishedListing(ddscpCatalog, '2025-04-01')[0].documents[0].id,
  'learning-on-one-page',
);
