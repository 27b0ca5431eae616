import { expect, test } from '@playwright/test';
import { banner, CONSENT_COOKIE } from './support';

// The server example's consent form is a door into the visitor's choice: only the visitor,
// from a page of the site, may use it. (The static site has no server side.)
test.beforeEach(async ({ context }, testInfo) => {
  void context;
  test.skip(testInfo.project.name !== 'server', 'the static site has no form handler');
});

/**
 * The site as http://127.0.0.1:<port>: another origin than www.ddscp.test, and one Node can
 * reach (the ddscp.test names resolve only inside Chromium).
 */
function loopback(baseURL: string | undefined): string {
  const url = new URL(baseURL ?? '');
  url.hostname = '127.0.0.1';
  return url.origin;
}

test('another site cannot post a choice for the visitor (CSRF)', async ({
  page,
  context,
  baseURL,
}) => {
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Reject analytics cookies' }).click();
  const before = (await context.cookies()).find((cookie) => cookie.name === CONSENT_COOKIE)?.value;
  expect(before).toBeDefined();

  // A page of another origin (the same server reached as 127.0.0.1) with a form that posts
  // "accept" to the site.
  await page.goto(loopback(baseURL));
  await page.setContent(`<form method="post" action="${baseURL}/cookies">
    <input name="analytical" value="accept"><button>Go</button></form>`);
  const [response] = await Promise.all([
    page.waitForResponse(`${baseURL}/cookies`),
    page.getByRole('button', { name: 'Go' }).click(),
  ]);
  expect(response.status()).toBe(403);
  const after = (await context.cookies()).find((cookie) => cookie.name === CONSENT_COOKIE)?.value;
  expect(after).toBe(before);
});

test('the return address of the banner form never leads off the site', async ({
  page,
  baseURL,
}) => {
  const site = loopback(baseURL);
  for (const hostile of [
    '//evil.example/x',
    '/.//evil.example/x',
    '/a\\..\\\\evil.example',
    '/%2e//evil.example',
    'https://evil.example/',
    '/\\evil.example',
  ]) {
    const response = await page.request.post(`${site}/cookies`, {
      form: { analytical: 'reject', return: hostile },
      headers: { Origin: site },
      maxRedirects: 0,
    });
    expect(response.status(), hostile).toBe(303);
    expect(response.headers().location, hostile).toBe('/?cookies=saved');
  }
  const fine = await page.request.post(`${site}/cookies`, {
    form: { analytical: 'reject', return: '/cookies' },
    headers: { Origin: site },
    maxRedirects: 0,
  });
  expect(fine.headers().location).toBe('/cookies?cookies=saved');
});

test('a malformed or oversized post gets a clear answer, not a crash', async ({
  page,
  baseURL,
}) => {
  const site = loopback(baseURL);
  const headers = { Origin: site };
  const json = await page.request.post(`${site}/cookies`, {
    data: { analytical: 'accept' },
    headers,
    maxRedirects: 0,
  });
  expect(json.status()).toBe(400);
  expect(await json.text()).toContain('application/x-www-form-urlencoded');

  const wrongValue = await page.request.post(`${site}/cookies`, {
    form: { analytical: 'maybe' },
    headers,
    maxRedirects: 0,
  });
  expect(wrongValue.status()).toBe(400);
  expect(await wrongValue.text()).toContain('analytical');

  const huge = await page.request.post(`${site}/cookies`, {
    form: { analytical: 'accept', padding: 'x'.repeat(64 * 1024) },
    headers,
    maxRedirects: 0,
  });
  expect(huge.status()).toBe(413);
});
