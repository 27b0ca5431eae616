import { expect, test } from '@playwright/test';
import {
  analyticsCookies,
  banner,
  consentCommands,
  cookiesPath,
  SITE_DOMAIN,
  settle,
  watchBeacons,
  watchProblems,
} from './support';

test('rejecting keeps analytics off and tells Consent Mode', async ({ page, context }) => {
  const problems = await watchProblems(page);
  const beacons = watchBeacons(page);
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Reject analytics cookies' }).click();
  await expect(page.locator(':focus')).toContainText('You’ve rejected analytics cookies.');
  await page.reload();
  await expect(banner(page)).toBeHidden();
  await settle(page);
  expect(beacons).toHaveLength(0);
  expect(await analyticsCookies(context)).toEqual([]);
  const commands = await consentCommands(page);
  expect(commands.at(-1)).toEqual([
    'consent',
    'update',
    expect.objectContaining({ analytics_storage: 'denied' }),
  ]);
  problems.expectNone();
});

test('withdrawing on the cookies page deletes every analytics cookie and stops the beacons', async ({
  page,
  context,
}, testInfo) => {
  const problems = await watchProblems(page);
  const beacons = watchBeacons(page);
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  await expect.poll(async () => (await analyticsCookies(context)).length).toBe(2);

  // Copies an older script version might have left on the host itself, host-only, and on the
  // parent domain with another path: withdrawal must find them all.
  const host = new URL(page.url()).hostname;
  await context.addCookies([
    { name: '_ga', value: 'host-only', url: `http://${host}/` },
    { name: '_ga_OLDPROPERTY', value: 'old', domain: `.${SITE_DOMAIN}`, path: '/' },
    { name: '_ga', value: 'on-host-domain', domain: `.${host}`, path: '/' },
  ]);

  await page.goto(cookiesPath(testInfo.project.name));
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  await expect(page.locator(':focus')).toContainText('You’ve set your cookie preferences.');

  const sentBeforeWithdrawal = beacons.length;
  await settle(page);
  expect(await analyticsCookies(context)).toEqual([]);
  expect(beacons.length).toBe(sentBeforeWithdrawal);
  const commands = await consentCommands(page);
  expect(commands.at(-1)).toEqual([
    'consent',
    'update',
    expect.objectContaining({ analytics_storage: 'denied' }),
  ]);

  // Still gone after the next page view, and still silent.
  await page.goto('/');
  await settle(page);
  expect(await analyticsCookies(context)).toEqual([]);
  expect(beacons.length).toBe(sentBeforeWithdrawal);
  problems.expectNone();
});
