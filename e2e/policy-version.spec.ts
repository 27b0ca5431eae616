import { encodeConsent } from '@ddscp/consent';
import { expect, test } from '@playwright/test';
import {
  analyticsCookies,
  banner,
  CONSENT_COOKIE,
  POLICY_VERSION,
  SITE_DOMAIN,
  settle,
  watchBeacons,
} from './support';

test('raising the policy version asks again, with analytics off until the new choice', async ({
  page,
  context,
}) => {
  // A visitor who accepted under the previous version of the policy, with analytics cookies.
  const accepted = encodeConsent({
    analytical: true,
    policyVersion: POLICY_VERSION - 1,
    // Yesterday.
    decidedAt: new Date(Date.now() - 86_400_000).toISOString(),
    method: 'banner',
    id: '3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60',
    decisionId: '9b1d6f4e-2c3a-4e5f-8a7b-6c5d4e3f2a1b',
  });
  await context.addCookies([
    { name: CONSENT_COOKIE, value: accepted, domain: SITE_DOMAIN, path: '/' },
    { name: '_ga', value: 'GA1.1.1.1', domain: `.${SITE_DOMAIN}`, path: '/' },
  ]);
  const beacons = watchBeacons(page);
  await page.goto('/');

  await expect(banner(page)).toBeVisible();
  await settle(page);
  expect(beacons).toHaveLength(0);
  expect(await analyticsCookies(context)).toEqual([]);

  // The new choice counts.
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  await expect.poll(() => beacons.length).toBeGreaterThan(0);
});
