// What a browser app gets when it bundles the built package: no Node built-ins, and only
// the code of what it imports. Runs on dist/ (turbo builds it before the tests).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const built = existsSync(`${packageDir}dist/index.js`);

/** Bundles `import`-ing `names` for the browser; returns the sources that reach the output. */
async function bundle(names: string) {
  const result = await build({
    stdin: {
      contents:
        names === '*'
          ? `export * from './dist/index.js';`
          : `export { ${names} } from './dist/index.js';`,
      resolveDir: packageDir,
    },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const sources = Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { sources, imports: output?.imports ?? [], code: result.outputFiles[0]?.text ?? '' };
}

const fromPackage = (source: string, name: string) => source.includes(`node_modules/${name}/`);

describe.skipIf(!built)('the built package in a browser bundle', () => {
  it('needs no Node built-ins or other imports when everything is used', async () => {
    const { sources, imports } = await bundle('*');
    expect(imports).toEqual([]);
    expect(sources.filter((source) => source.startsWith('node:'))).toEqual([]);
    expect(sources.some((source) => fromPackage(source, 'zod'))).toBe(true);
  });

  it.each([
    ['dates', 'isoDate, partialDate, firstDayOf, lastDayOf, ukToday, addCalendarDuration'],
    ['working days', 'addWorkingDays, workingDaysBetween, isWorkingDay, bankHolidaysIn'],
    ['retention', 'retentionOf, ddscpRetentionPolicy'],
    ['partners', 'ddscp, partnersOn, validatePartnership'],
    ['deadlines', 'statutoryDeadlines, deadlineStatus, reviewStage, defaultDeadlineRules'],
    ['listing', 'publishedListing, takedownSchedule, ddscpCatalog'],
    ['anonymity and lint', 'checkAnonymity, lintCatalog'],
    ['page', 'publishedListing, listingHtml, listingElement, listingPageHtml'],
    ['reminders', 'reviewReminders'],
    ['findings', 'formatPath, findingCodes, validatePartnership'],
  ])('leaves zod out when only the %s functions are used', async (_, names) => {
    const { sources } = await bundle(names);
    expect(sources).toEqual(['dist/index.js']);
  });

  it('carries nothing of the other areas: no work or data at import time leaks into a bundle', async () => {
    // Markers of each area: the holiday data, the partnership data, ukToday's formatter,
    // the retention policy's errors.
    const { code: isoDateOnly } = await bundle('isoDate');
    for (const marker of [
      'Good Friday',
      'Kedleston',
      'Europe/London',
      'Date.UTC',
      'retention',
      'birth',
      'Theo',
    ]) {
      expect(isoDateOnly, marker).not.toContain(marker);
    }
    // A page that lists reviews gets the retention rule, but no working days or schemas.
    const { code: listing } = await bundle('publishedListing');
    for (const marker of ['Good Friday', 'Kedleston', 'Theo', 'Expected', 'zod']) {
      expect(listing, marker).not.toContain(marker);
    }
    const { code: workingDays } = await bundle('addWorkingDays');
    expect(workingDays).toContain('Good Friday');
    for (const marker of ['Kedleston', 'Europe/London', 'retention policy']) {
      expect(workingDays, marker).not.toContain(marker);
    }
  });
});

it.runIf(!built)('needs the package built first (npm run build)', () => {
  expect.fail('dist/index.js is missing: run `npm run build` in packages/domain first.');
});
