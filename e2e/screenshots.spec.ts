import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { banner } from './support';

// The pictures in the examples' READMEs, taken from the running examples. They are only
// rewritten on request (UPDATE_SCREENSHOTS=1 npm run test:examples), so test runs never
// change files in the repository.
test('screenshot for the example README', async ({ page }, testInfo) => {
  test.skip(!process.env.UPDATE_SCREENSHOTS, 'set UPDATE_SCREENSHOTS=1 to rewrite the screenshots');
  await page.setViewportSize({ width: 1024, height: 1500 });
  await page.clock.setFixedTime(new Date('2025-03-31T12:00:00+01:00'));
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  const file = new URL(`../examples/${testInfo.project.name}/docs/screenshot.png`, import.meta.url);
  await page.screenshot({ path: fileURLToPath(file) });
});
