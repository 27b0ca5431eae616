import { expect, test } from '@playwright/test';
import { analyticsCookies, cookiesPath, settle, watchBeacons } from './support';

test.use({ extraHTTPHeaders: { 'Sec-GPC': '1' } });

test('Global Privacy Control keeps analytics off without the visitor having to choose', async ({
  page,
  context,
}, testInfo) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true });
  });
  const beacons = watchBeacons(page);
  await page.goto('/');
  await settle(page);
  expect(beacons).toHaveLength(0);
  expect(await analyticsCookies(context)).toEqual([]);

  // The cookies page shows the refusal the browser made, which the visitor can change.
  await page.goto(cookiesPath(testInfo.project.name));
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
});
