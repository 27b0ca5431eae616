// With JavaScript off in Chromium, the server-rendered banner and cookies page still work:
// the forms POST, the server stores the choice (Set-Cookie) and redirects, and the page
// shows the confirmation or the success message.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Site, startSite } from './ui-site';

let site: Site;
let context: BrowserContext;
let tab: Page;

beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());
beforeEach(async () => {
  context = await site.browser.newContext({ javaScriptEnabled: false });
  tab = await context.newPage();
});
afterEach(() => context.close());

/** The consent cookie's analytical field ("1" or "0"), or undefined before a decision. */
const storedChoice = async () =>
  (await context.cookies()).find((cookie) => cookie.name === 'ddscp_consent')?.value.split('.')[1];

describe('without JavaScript', () => {
  it('the banner stores a refusal, confirms it, and hides', async () => {
    await context.addCookies([{ name: '_ga', value: 'GA1.1.1', url: site.url }]);
    await tab.goto(`${site.url}/ssr/`);
    await tab.getByRole('button', { name: 'Reject analytics cookies' }).click();
    await tab.waitForURL(/\/ssr\/\?saved$/);
    expect(await storedChoice()).toBe('0');
    // Withdrawal also deleted the analytics cookie the request carried.
    expect((await context.cookies()).map((cookie) => cookie.name)).not.toContain('_ga');
    const confirmation = tab.getByRole('alert');
    expect(await confirmation.textContent()).toContain('You’ve rejected analytics cookies.');
    expect(await tab.getByRole('button', { name: 'Accept analytics cookies' }).isVisible()).toBe(
      false,
    );
    await tab.getByRole('button', { name: 'Hide cookie message' }).click();
    await tab.waitForURL(/\/ssr\/\??$/);
    expect(await tab.locator('.ddscp-cookie-banner').count()).toBe(0);
  });

  it('the banner stores an acceptance', async () => {
    await tab.goto(`${site.url}/ssr/`);
    await tab.getByRole('button', { name: 'Accept analytics cookies' }).click();
    await tab.waitForURL(/\?saved$/);
    expect(await storedChoice()).toBe('1');
    expect(await tab.getByRole('alert').textContent()).toContain(
      'You’ve accepted analytics cookies.',
    );
  });

  it('the cookies page saves a choice, shows the success message and checks the choice', async () => {
    await tab.goto(`${site.url}/ssr/cookies`);
    expect(await tab.getByRole('alert').isVisible()).toBe(false);
    await tab.getByLabel('Yes', { exact: true }).check();
    await tab.getByRole('button', { name: 'Save cookie settings' }).click();
    await tab.waitForURL(/\/ssr\/cookies\?saved$/);
    expect(await storedChoice()).toBe('1');
    expect(await tab.getByRole('alert').textContent()).toContain(
      'You’ve set your cookie preferences.',
    );
    expect(await tab.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    await tab.getByLabel('No', { exact: true }).check();
    await tab.getByRole('button', { name: 'Save cookie settings' }).click();
    await tab.waitForURL(/\?saved$/);
    expect(await storedChoice()).toBe('0');
  });
});
