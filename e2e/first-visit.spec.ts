import { expect, test } from '@playwright/test';

test('the page renders under a strict CSP', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Child Safeguarding Practice Reviews',
  );
});
