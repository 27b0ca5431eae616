// @ddscp/domain used the way a site would, from ESM. Extend it when the package gains a
// feature worth proving from the published tarball.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import {
  addWorkingDays,
  bankHolidaysIn,
  checkAnonymity,
  ddscp,
  ddscpCatalog,
  InvalidDateError,
  isoDate,
  lintCatalog,
  listingHtml,
  parseCatalog,
  partnerSchema,
  partnersOn,
  publishedListing,
  retentionOf,
  reviewReminders,
  statutoryDeadlines,
  takedownSchedule,
  UnsupportedYearError,
  ukToday,
  validatePartnership,
  workingDaysBetween,
} from '@ddscp/domain';
import shipped from '@ddscp/domain/catalog/ddscp.json' with { type: 'json' };
import schema from '@ddscp/domain/catalog.schema.json' with { type: 'json' };

assert.equal(isoDate('2024-02-29'), '2024-02-29');
assert.throws(() => isoDate('2023-02-29'), InvalidDateError);
assert.equal(ukToday(new Date('2024-06-30T23:30:00Z')), '2024-07-01');

assert.equal(addWorkingDays('2024-12-20', 5), '2024-12-31');
assert.equal(addWorkingDays('2024-12-20', 15), '2025-01-15');
assert.equal(workingDaysBetween('2024-12-20', '2025-01-15'), 15);
assert.equal(bankHolidaysIn(2012).find((h) => h.date === '2012-06-05')?.source, 'announced');
assert.throws(() => addWorkingDays('2099-12-30', 5), UnsupportedYearError);

assert.equal(retentionOf('2024-03', '2025-03-31').liveUntil, '2025-03-31');
assert.equal(retentionOf('2024-03', '2025-04-01').status, 'expired');

assert.deepEqual(validatePartnership(ddscp), []);
assert.equal(partnersOn(ddscp, '2024-03-01').length, 10);
assert.equal(partnerSchema.safeParse({ ...ddscp.partners[0], id: 'Not A Slug' }).success, false);

// The catalogue shipped as JSON is the same as ddscpCatalog, and valid.
const parsed = parseCatalog(shipped);
assert.equal(parsed.ok, true);
assert.deepEqual(parsed.catalog, ddscpCatalog);
const ids = (today) =>
  publishedListing(ddscpCatalog, today).flatMap((r) => r.documents.map((d) => d.id));
assert.equal(ids('2025-03-31')[0], 'report');
assert.equal(ids('2025-04-01').includes('report'), false);
assert.equal(ids('2025-07-31').includes('learning-on-one-page'), true);
assert.equal(
  takedownSchedule(ddscpCatalog, '2025-03-01', '2025-03-31')[0].takeDownOn,
  '2025-04-01',
);
assert.equal(lintCatalog(ddscpCatalog, '2025-04-01')[0].code, 'expired-document');
assert.deepEqual(lintCatalog(ddscpCatalog, '2025-04-01')[0].path, ['reviews', 0, 'documents', 0]);
assert.match(
  listingHtml(publishedListing(ddscpCatalog, '2025-04-01')),
  /NSPCC national case review repository/,
);
assert.equal(reviewReminders(ddscpCatalog, '2025-03-01')[0].remindOn, '2025-03-24');
assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
assert.equal(schema.additionalProperties, false);
assert.equal(checkAnonymity('NHS number 943 476 5919')[0].kind, 'nhs-number');
assert.equal(
  statutoryDeadlines({ kind: 'lcspr', timeline: { becameAware: '2024-12-20' } })[0].due,
  '2024-12-31',
);

// The ddscp command from the installed package, with the shipped catalogue.
const require = createRequire(import.meta.url);
const catalogFile = require.resolve('@ddscp/domain/catalog/ddscp.json');
const ddscpBin = join(process.cwd(), 'node_modules', '.bin', 'ddscp');
const run = (...args) => spawnSync(process.execPath, [ddscpBin, ...args], { encoding: 'utf8' });
assert.equal(run('check', catalogFile, '--today', '2025-03-31').status, 0);
assert.equal(run('check', catalogFile, '--today', '2025-04-01').status, 1);
assert.equal(run('takedowns', catalogFile, '--today', '2025-04-01').status, 1);
assert.match(run('calendar', catalogFile, '--today', '2025-03-01').stdout, /^BEGIN:VCALENDAR\r\n/);
assert.match(
  run('listing', 'missing.json').stderr,
  /^ddscp: cannot read missing.json: there is no such file\.\n$/,
);
assert.equal(
  execFileSync(process.execPath, [ddscpBin, 'workdays', 'add', '2024-12-20', '5'], {
    encoding: 'utf8',
  }),
  '2024-12-31\n',
);
