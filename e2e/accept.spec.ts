import { expect, test } from '@playwright/test';
import {
  analyticsCookies,
  banner,
  consentCommands,
  SITE_DOMAIN,
  watchBeacons,
  watchProblems,
} from './support';

test('accepting starts analytics, which keeps running on later visits', async ({
  page,
  context,
}) => {
  const problems = await watchProblems(page);
  const beacons = watchBeacons(page);
  await page.goto('/');

  const firstBeacon = page.waitForRequest((request) => request.url().endsWith('/collect'));
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  const confirmation = page.getByText('You’ve accepted analytics cookies.');
  await expect(confirmation).toBeVisible();
  // Focus moves to the confirmation, so a screen reader announces it.
  await expect(page.locator(':focus')).toContainText('You’ve accepted analytics cookies.');
  await firstBeacon;

  await expect
    .poll(async () => (await analyticsCookies(context)).map((cookie) => cookie.name).sort())
    .toEqual(['_ga', '_ga_DEMO123']);
  // Set on the parent domain, as GA4 does, so every subdomain shares them.
  for (const cookie of await analyticsCookies(context))
    expect(cookie.domain).toBe(`.${SITE_DOMAIN}`);
  const commands = await consentCommands(page);
  expect(commands.at(-1)).toEqual([
    'consent',
    'update',
    expect.objectContaining({ analytics_storage: 'granted', ad_storage: 'denied' }),
  ]);

  // Later visits: no banner, analytics starts straight away.
  const before = beacons.length;
  const nextBeacon = page.waitForRequest((request) => request.url().endsWith('/collect'));
  await page.reload();
  await nextBeacon;
  expect(beacons.length).toBeGreaterThan(before);
  await expect(banner(page)).toBeHidden();
  problems.expectNone();
});
