import { expect, test } from '@playwright/test';
import { analyticsCookies, banner, CONSENT_COOKIE, SITE_DOMAIN } from './support';

// The server example's forms work without JavaScript; the static site needs it to store a
// choice (it has no server to post to), so this file runs against the server only.
test.use({ javaScriptEnabled: false });
test.beforeEach(async ({ context }, testInfo) => {
  void context;
  test.skip(testInfo.project.name !== 'server', 'the static site has no server to post to');
});

test('the banner stores a choice without JavaScript', async ({ page, context }) => {
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  await expect(page).toHaveURL(/\/\?cookies=saved$/);
  await expect(page.getByText('You’ve accepted analytics cookies.')).toBeVisible();
  const consent = (await context.cookies()).find((cookie) => cookie.name === CONSENT_COOKIE);
  expect(consent?.domain).toBe(`.${SITE_DOMAIN}`);

  // "Hide cookie message" works too: back to the page, without the banner.
  await page.getByRole('button', { name: 'Hide cookie message' }).click();
  await expect(page).toHaveURL(/\/\??$/);
  await expect(banner(page)).toBeHidden();
});

test('the cookies page withdraws consent without JavaScript, deleting analytics cookies on every domain', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  const host = new URL(page.url()).hostname;
  // What the analytics would have set, had it run: on the parent domain and host-only.
  await context.addCookies([
    { name: '_ga', value: 'GA1.1.1.1', domain: `.${SITE_DOMAIN}`, path: '/' },
    { name: '_ga_DEMO123', value: 'GS1.1.1', domain: `.${SITE_DOMAIN}`, path: '/' },
    { name: '_ga_DEMO123', value: 'GS1.1.1', url: `http://${host}/` },
  ]);

  await page.goto('/cookies');
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  await expect(page).toHaveURL(/\/cookies\?cookies=saved$/);
  await expect(page.getByText('You’ve set your cookie preferences.')).toBeVisible();
  await expect(page.getByRole('radio', { name: 'No' })).toBeChecked();
  expect(await analyticsCookies(context)).toEqual([]);

  // Proof of consent: both decisions are on record, newest first.
  const rows = page.getByRole('table', { name: 'Your choices, newest first' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText('Refused');
  await expect(rows.nth(2)).toContainText('Allowed');
});
