import { expect, test } from '@playwright/test';
import { banner, cookiesPath, SITE_DOMAIN, settle, watchBeacons } from './support';

test('a choice made on one subdomain is honoured on the other', async ({
  page,
  baseURL,
}, testInfo) => {
  const www = new URL(baseURL ?? '');
  const reviews = new URL(baseURL ?? '');
  reviews.hostname = `reviews.${SITE_DOMAIN}`;
  expect(www.hostname).toBe(`www.${SITE_DOMAIN}`);

  await page.goto(www.href);
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  await expect(page.getByText('You’ve accepted analytics cookies.')).toBeVisible();

  // Accepted on www.…: reviews.… shows no banner and runs analytics.
  const beacon = page.waitForRequest((request) =>
    request.url().startsWith(`${reviews.origin}/collect`),
  );
  await page.goto(reviews.href);
  await expect(banner(page)).toBeHidden();
  await beacon;

  // Withdrawn on reviews.…: www.… runs no analytics and shows the refusal.
  await page.goto(new URL(cookiesPath(testInfo.project.name), reviews).href);
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  await expect(page.getByText('You’ve set your cookie preferences.')).toBeVisible();

  const beacons = watchBeacons(page);
  await page.goto(new URL(cookiesPath(testInfo.project.name), www).href);
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  await settle(page);
  expect(beacons).toHaveLength(0);
});
