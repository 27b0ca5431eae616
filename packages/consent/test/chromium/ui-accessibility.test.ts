// The banner and the cookies page in every state, English and Welsh, checked by axe-core in
// real Chromium against WCAG 2.0, 2.1 and 2.2 A and AA. With UPDATE_SCREENSHOTS=1 the same run
// writes the README's screenshots to docs/ (otherwise it writes nothing).
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Site, startSite } from './ui-site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const docs = new URL('../../docs/', import.meta.url).pathname;

let site: Site;
let context: BrowserContext;
let tab: Page;

beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site?.close());
beforeEach(async () => {
  context = await site.browser.newContext({ viewport: { width: 960, height: 720 } });
  tab = await context.newPage();
});
afterEach(() => context.close());

/** The WCAG A/AA violations axe finds on the page as it is now, by rule and element. */
async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: tab as never }).withTags(WCAG).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`),
  );
}

/** Saves a screenshot of `what` for the README, only when asked to. */
async function screenshot(what: Locator, name: string): Promise<void> {
  if (process.env.UPDATE_SCREENSHOTS !== '1') return;
  mkdirSync(docs, { recursive: true });
  await what.screenshot({ path: `${docs}${name}.png`, animations: 'disabled' });
}

async function open(path: string): Promise<void> {
  await tab.goto(`${site.url}${path}`);
  await tab.waitForFunction(() => (window as { ready?: boolean }).ready === true);
}

describe.each([
  {
    language: 'English',
    home: '/',
    cookies: '/cookies',
    accept: 'Accept analytics cookies',
    yes: 'Yes',
    save: 'Save cookie settings',
    suffix: 'en',
  },
  {
    language: 'Welsh',
    home: '/cy/',
    cookies: '/cy/cwcis',
    accept: 'Derbyn cwcis dadansoddol',
    yes: 'Ydw',
    save: 'Cadw gosodiadau cwcis',
    suffix: 'cy',
  },
])(
  'axe finds no WCAG A/AA violation, in $language',
  ({ home, cookies, accept, yes, save, suffix }) => {
    it('on the banner, then on its confirmation', async () => {
      await open(home);
      const banner = tab.getByRole('region');
      await expect(banner.isVisible()).resolves.toBe(true);
      expect(await violations()).toEqual([]);
      await screenshot(banner, `banner-${suffix}`);

      await tab.getByRole('button', { name: accept }).click();
      await expect(tab.getByRole('alert').isVisible()).resolves.toBe(true);
      expect(await violations()).toEqual([]);
      await screenshot(banner, `confirmation-${suffix}`);
    });

    it('on the cookies page, then on its success message', async () => {
      await open(cookies);
      const preferences = tab.locator('#cookie-settings');
      expect(await violations()).toEqual([]);
      await screenshot(preferences, `cookies-page-${suffix}`);

      await tab.getByLabel(yes, { exact: true }).check();
      await tab.getByRole('button', { name: save }).click();
      await expect(tab.getByRole('alert').isVisible()).resolves.toBe(true);
      expect(await violations()).toEqual([]);
      await screenshot(preferences, `cookies-saved-${suffix}`);
    });
  },
);

describe('the axe check itself', () => {
  it('finds a violation when there is one, so the checks above can fail', async () => {
    await open('/');
    // A button without a name: the kind of mistake the banner must never make.
    await tab.evaluate(() => {
      document.querySelector('.ddscp-cookie-banner button')?.replaceChildren();
    });
    expect(await violations()).toContainEqual(expect.stringMatching(/^button-name: /));
  });
});
