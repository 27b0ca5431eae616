import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import {
  banner,
  expectAccessible,
  settle,
  watchBeacons,
  watchLayoutShift,
  watchProblems,
} from './support';

// What only the plain HTML example shows: the drop-in browser.js of the installed package,
// with no bundler, in Welsh, under gating attacks, with a broken configuration, and exposing
// the manager to the site's own code.
test.beforeEach(({ baseURL }, testInfo) => {
  void baseURL;
  test.skip(testInfo.project.name !== 'plain-html', 'about the plain HTML example only');
});

const exampleDir =
  process.env.PLAIN_HTML_DIR ?? fileURLToPath(new URL('../examples/plain-html/', import.meta.url));

/** The site as http://127.0.0.1:<port>, which Node can reach (ddscp.test resolves only in Chromium). */
const loopback = (url: string) => {
  const address = new URL(url);
  address.hostname = '127.0.0.1';
  return address.href;
};

test('serves the drop-in and the style sheet exactly as the installed package has them', async ({
  request,
  baseURL,
}) => {
  const installed = createRequire(`${exampleDir}/package.json`);
  for (const [path, file] of [
    ['/assets/ddscp-consent/browser.js', '@ddscp/consent/browser.js'],
    ['/assets/ddscp-consent/ui.css', '@ddscp/consent/ui.css'],
  ] as const) {
    const response = await request.get(loopback(`${baseURL}${path}`));
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe(readFileSync(installed.resolve(file), 'utf8'));
  }
});

test('a Welsh page (lang="cy") gets the banner and the cookies page in Welsh', async ({ page }) => {
  const problems = await watchProblems(page);
  await page.goto('/cy/');
  const baner = page.getByRole('region', { name: 'Cwcis ar DDSCP' });
  await expect(baner).toBeVisible();
  await expect(baner).toHaveAttribute('lang', 'cy');
  await expectAccessible(page, 'Welsh page with the banner');
  await baner.getByRole('button', { name: 'Derbyn cwcis dadansoddol' }).click();
  await expect(page.getByText('Rydych wedi derbyn cwcis dadansoddol.')).toBeVisible();

  await page.getByRole('link', { name: 'newid eich gosodiadau cwcis' }).click();
  await expect(page).toHaveURL(/\/cy\/cwcis\.html$/);
  await expect(page.getByRole('region', { name: 'Cwcis ar DDSCP' })).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Ydw', exact: true })).toBeChecked();
  await expect(page.getByRole('table').first()).toContainText('Yn cofio eich dewisiadau cwcis');
  await page.getByRole('radio', { name: 'Nac ydw' }).check();
  await page.getByRole('button', { name: 'Cadw gosodiadau cwcis' }).click();
  await expect(page.getByText('Rydych wedi gosod eich dewisiadau cwcis.')).toBeVisible();
  // Back to the page the visitor came from, in Welsh too.
  await page.getByRole('link', { name: 'Ewch yn ôl i’r dudalen roeddech yn edrych arni' }).click();
  await expect(page).toHaveURL(/\/cy\/$/);
  await expectAccessible(page, 'Welsh page after a choice');
  problems.expectNone();
});

test('runs no gated script injected into the page, before or after consent', async ({ page }) => {
  const beacons = watchBeacons(page);
  await page.goto('/');
  const inject = () =>
    page.evaluate(() => {
      const main = document.querySelector('main') as HTMLElement;
      // An HTML injection bug, as an attacker would use it: both categories, src and inline.
      main.insertAdjacentHTML(
        'beforeend',
        `<script type="text/plain" data-consent="necessary" src="/analytics.js"></script>
         <script type="text/plain" data-consent="analytical" src="/analytics.js"></script>
         <script type="text/plain" data-consent="analytical">window.injectedRan = true</script>
         <script type="text/plain" data-consent="necessary">window.injectedRan = true</script>`,
      );
    });
  await inject();
  await settle(page);
  expect(beacons).toHaveLength(0);
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  // The page's own gated analytics runs once: one page view.
  await expect.poll(() => beacons.length).toBe(1);
  await inject();
  await settle(page);
  expect(beacons).toHaveLength(1);
  expect(await page.evaluate(() => 'injectedRan' in window)).toBe(false);
});

test('gives the site’s own code the manager, as window.ddscpConsent', async ({ page }) => {
  await page.goto('/');
  const state = () =>
    page.evaluate(
      () =>
        (
          window as unknown as {
            ddscpConsent: { state: { decided: boolean; analytical: boolean } };
          }
        ).ddscpConsent.state,
    );
  expect(await state()).toMatchObject({ decided: false, analytical: false });
  await page.evaluate(() =>
    (window as unknown as { ddscpConsent: { rejectAll(): void } }).ddscpConsent.rejectAll(),
  );
  expect(await state()).toMatchObject({ decided: true, analytical: false });
  await expect(banner(page)).toBeHidden();
});

test('a broken configuration: one console error naming the field, a refusal still offered, no analytics', async ({
  page,
}) => {
  // The page as a CMS editor might leave it, a lifetime the browsers would not keep: the JSON
  // is edited as the parser adds it, before browser.js reads it.
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      const json = document.getElementById('ddscp-consent-config');
      if (!json) return;
      json.textContent = (json.textContent ?? '').replace('"maxAgeDays": 365', '"maxAgeDays": 500');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const beacons = watchBeacons(page);
  await page.goto('/');
  await expect(banner(page)).toBeVisible();
  expect(errors).toEqual([
    'ddscp-consent: Invalid consent configuration: cookie.maxAgeDays must be a number of days above 0 and at most 400, or { accepted, refused } with one each; found 500.',
  ]);
  await expect(banner(page).getByRole('button', { name: 'Accept analytics cookies' })).toHaveCount(
    0,
  );
  await banner(page).getByRole('button', { name: 'Reject analytics cookies' }).click();
  await expect(page.getByText('You’ve rejected analytics cookies.')).toBeVisible();
  await settle(page);
  expect(beacons).toHaveLength(0);
});

test('draws the banner before the first paint, so nothing moves, in 10 loads of 10', async ({
  page,
}) => {
  const layoutShift = await watchLayoutShift(page);
  for (let load = 0; load < 10; load++) {
    await page.goto('/');
    await expect(banner(page)).toBeVisible();
    expect(await layoutShift()).toBe(0);
  }
});
