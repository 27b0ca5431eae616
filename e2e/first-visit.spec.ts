import { expect, test } from '@playwright/test';
import {
  ALL_DENIED,
  analyticsCookies,
  banner,
  consentCommands,
  settle,
  watchBeacons,
  watchProblems,
} from './support';

test('a first visit shows the banner and sends and stores nothing for analytics', async ({
  page,
  context,
}) => {
  const problems = await watchProblems(page);
  const beacons = watchBeacons(page);
  await page.goto('/');

  await expect(banner(page)).toBeVisible();
  await expect(banner(page).getByRole('heading', { name: 'Cookies on DDSCP' })).toBeVisible();
  await settle(page);
  expect(beacons).toHaveLength(0);
  expect(await analyticsCookies(context)).toEqual([]);

  // Consent Mode: "default", everything denied, before anything else in the dataLayer.
  const commands = await consentCommands(page);
  expect(commands[0]?.slice(0, 2)).toEqual(['consent', 'default']);
  expect(commands[0]?.[2]).toMatchObject(ALL_DENIED);
  const firstEntry = await page.evaluate(() =>
    Array.from((window as unknown as { dataLayer: ArrayLike<unknown>[] }).dataLayer[0] ?? []),
  );
  expect(firstEntry.slice(0, 2)).toEqual(['consent', 'default']);
  expect(
    commands.some(
      (command) => (command[2] as Record<string, string>)?.analytics_storage === 'granted',
    ),
  ).toBe(false);
  problems.expectNone();
});

test('the page shows the partnership as on its own site', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Child Safeguarding Practice Reviews',
  );
  await expect(page.getByText('Derby City Council', { exact: true })).toBeVisible();
  await expect(page.getByText('Tel: 01332 642351')).toBeVisible();
  await expect(page.locator('#retention-sentence')).toContainText(
    'one year from the date of publication',
  );
});
