import { expect, test } from '@playwright/test';
import { banner, cookiesPath, expectAccessible, watchProblems } from './support';

test('every page and state is accessible and breaks no rule of the CSP', async ({
  page,
}, testInfo) => {
  const problems = await watchProblems(page);
  await page.goto('/');
  await expectAccessible(page, 'reviews page with the banner');

  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  await expect(page.getByText('You’ve accepted analytics cookies.')).toBeVisible();
  await expectAccessible(page, 'banner confirmation');

  await page.goto(cookiesPath(testInfo.project.name));
  await expectAccessible(page, 'cookies page');
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  await expect(page.getByText('You’ve set your cookie preferences.')).toBeVisible();
  await expectAccessible(page, 'cookies page, saved');

  await page.goto('/');
  await expect(banner(page)).toBeHidden();
  await expectAccessible(page, 'reviews page after a choice');
  problems.expectNone();
});

test('the banner and the cookies page can be completed with the keyboard alone', async ({
  page,
}, testInfo) => {
  await page.goto('/');
  // The banner comes first in the page, as in the GOV.UK pattern.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Accept analytics cookies' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Reject analytics cookies' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('You’ve rejected analytics cookies.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'change your cookie settings' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Hide cookie message' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(banner(page)).toBeHidden();

  await page.goto(cookiesPath(testInfo.project.name));
  const yes = page.getByRole('radio', { name: 'Yes' });
  await yes.focus();
  await page.keyboard.press('Space');
  await expect(yes).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Save cookie settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator(':focus')).toContainText('You’ve set your cookie preferences.');
});
