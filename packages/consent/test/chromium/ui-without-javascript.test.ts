// With JavaScript off in Chromium, the server-rendered banner and cookies page still work:
// the forms POST, the server stores the choice (Set-Cookie) and redirects, and the page
// shows the confirmation or the success message.
import { describe, expect, it } from 'vitest';
import { useSite } from './ui-site';

const session = useSite({ javaScriptEnabled: false });

/** The consent cookie's analytical field ("1" or "0"), or undefined before a decision. */
const storedChoice = async () =>
  (await session.context.cookies())
    .find((cookie) => cookie.name === 'ddscp_consent')
    ?.value.split('.')[1];

describe('without JavaScript', () => {
  it('the banner stores a refusal, confirms it, and hides', async () => {
    await session.context.addCookies([{ name: '_ga', value: 'GA1.1.1', url: session.url }]);
    await session.tab.goto(`${session.url}/ssr/`);
    await session.tab.getByRole('button', { name: 'Reject analytics cookies' }).click();
    await session.tab.waitForURL(/\/ssr\/\?saved$/);
    expect(await storedChoice()).toBe('0');
    // Withdrawal also deleted the analytics cookie the request carried.
    expect((await session.context.cookies()).map((cookie) => cookie.name)).not.toContain('_ga');
    const confirmation = session.tab.getByRole('alert');
    expect(await confirmation.textContent()).toContain('You’ve rejected analytics cookies.');
    expect(
      await session.tab.getByRole('button', { name: 'Accept analytics cookies' }).isVisible(),
    ).toBe(false);
    await session.tab.getByRole('button', { name: 'Hide cookie message' }).click();
    await session.tab.waitForURL(/\/ssr\/\??$/);
    expect(await session.tab.locator('.ddscp-cookie-banner').count()).toBe(0);
  });

  it('the banner stores an acceptance', async () => {
    await session.tab.goto(`${session.url}/ssr/`);
    await session.tab.getByRole('button', { name: 'Accept analytics cookies' }).click();
    await session.tab.waitForURL(/\?saved$/);
    expect(await storedChoice()).toBe('1');
    expect(await session.tab.getByRole('alert').textContent()).toContain(
      'You’ve accepted analytics cookies.',
    );
  });

  it('the cookies page saves a choice, shows the success message and checks the choice', async () => {
    await session.tab.goto(`${session.url}/ssr/cookies`);
    expect(await session.tab.getByRole('alert').isVisible()).toBe(false);
    await session.tab.getByLabel('Yes', { exact: true }).check();
    await session.tab.getByRole('button', { name: 'Save cookie settings' }).click();
    await session.tab.waitForURL(/\/ssr\/cookies\?saved$/);
    expect(await storedChoice()).toBe('1');
    expect(await session.tab.getByRole('alert').textContent()).toContain(
      'You’ve set your cookie preferences.',
    );
    expect(await session.tab.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    await session.tab.getByLabel('No', { exact: true }).check();
    await session.tab.getByRole('button', { name: 'Save cookie settings' }).click();
    await session.tab.waitForURL(/\?saved$/);
    expect(await storedChoice()).toBe('0');
  });

  it('a static banner, which needs JavaScript to store a choice, is not shown at all', async () => {
    for (const path of ['/', '/cy/']) {
      await session.tab.goto(`${session.url}${path}`);
      const banner = session.tab.locator('.ddscp-cookie-banner');
      expect(await banner.count()).toBe(1);
      expect(await banner.isVisible()).toBe(false);
      expect(
        await session.tab.getByRole('button', { name: /Accept analytics cookies|Derbyn/ }).count(),
      ).toBe(0);
    }
    // A server-rendered banner, whose forms work, shows for the same visitor.
    await session.tab.goto(`${session.url}/ssr/`);
    expect(await session.tab.locator('.ddscp-cookie-banner').isVisible()).toBe(true);
  });
});
