import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { expect, type Page, test } from '@playwright/test';

const REPORT = 'Child Safeguarding Practice Review Theo (TDS20)';
const LEARNING = "Learning on one page LCSPR: 'Theo'";

/** The listing must show the March 2024 report through 31 March 2025 and not a day later. */
async function expectListing(page: Page, { reportListed }: { reportListed: boolean }) {
  const listing = page.locator('#published-reviews');
  await expect(listing.getByRole('link', { name: LEARNING })).toBeVisible();
  await expect(listing.getByRole('link', { name: REPORT, exact: true })).toHaveCount(
    reportListed ? 1 : 0,
  );
}

test('the static site takes the March 2024 report down after 31 March 2025, by the browser clock', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'static-site', 'the server uses its own clock: see below');
  await page.clock.setFixedTime(new Date('2025-03-31T23:30:00+01:00'));
  await page.goto('/');
  await expectListing(page, { reportListed: true });
  await expect(page.locator('#published-reviews')).toContainText('available until 31 March 2025');

  await page.clock.setFixedTime(new Date('2025-04-01T00:30:00+01:00'));
  await page.reload();
  await expectListing(page, { reportListed: false });
  await expect(page.locator('#published-reviews')).toContainText('available until 31 July 2025');
});

/** A free port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

test('the server takes the March 2024 report down after 31 March 2025, by its SITE_TODAY', async ({
  page,
}, testInfo) => {
  test.skip(
    testInfo.project.name !== 'server',
    'the static site uses the browser clock: see above',
  );
  const serverDir =
    process.env.SERVER_DIR ?? new URL('../examples/server/', import.meta.url).pathname;
  for (const [today, reportListed] of [
    ['2025-03-31', true],
    ['2025-04-01', false],
  ] as const) {
    const port = await freePort();
    const server = spawn(process.execPath, ['dist/server.js'], {
      cwd: serverDir,
      env: { ...process.env, PORT: String(port), SITE_TODAY: today, CONSENT_DB: ':memory:' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      await once(server.stdout, 'data');
      await page.goto(`http://127.0.0.1:${port}/`);
      await expectListing(page, { reportListed });
    } finally {
      server.kill();
    }
  }
});
