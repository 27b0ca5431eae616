import { expect, test } from '@playwright/test';
import { banner, watchLayoutShift } from './support';

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
