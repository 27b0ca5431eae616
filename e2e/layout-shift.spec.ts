import { expect, test } from '@playwright/test';
import { banner, cookiesPath, watchLayoutShift } from './support';

test('the page does not move as it loads, for visitors with and without a decision', async ({
  page,
}) => {
  const layoutShift = await watchLayoutShift(page);
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await layoutShift()).toBe(0);

  await banner(page).getByRole('button', { name: 'Reject analytics cookies' }).click();
  await page.reload();
  await expect(banner(page)).toBeHidden();
  await page.waitForLoadState('networkidle');
  // The banner of a decided visitor is hidden before the first paint, so nothing moves up.
  expect(await layoutShift()).toBe(0);
});

test('the cookies page does not move as it loads', async ({ page }, testInfo) => {
  const layoutShift = await watchLayoutShift(page);
  await page.goto(cookiesPath(testInfo.project.name));
  await expect(page.getByRole('button', { name: 'Save cookie settings' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  // No banner on the cookies page: nothing is drawn in above the content.
  await expect(banner(page)).toHaveCount(0);
  expect(await layoutShift()).toBe(0);
});
