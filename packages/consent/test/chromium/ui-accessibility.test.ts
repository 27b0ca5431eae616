// The banner and the cookies page in every state, English and Welsh, checked by axe-core in
// real Chromium against WCAG 2.0, 2.1 and 2.2 A and AA. With UPDATE_SCREENSHOTS=1 the same run
// writes the README's screenshots to docs/ (otherwise it writes nothing).
import { mkdirSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useSite } from './ui-site';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const docs = new URL('../../docs/', import.meta.url).pathname;

const session = useSite({ viewport: { width: 960, height: 720 } });

/** The WCAG A/AA violations axe finds on the page as it is now, by rule and element. */
async function violations(): Promise<string[]> {
  const results = await new AxeBuilder({ page: session.tab as never }).withTags(WCAG).analyze();
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
      await session.open(home);
      const banner = session.tab.getByRole('region');
      await expect(banner.isVisible()).resolves.toBe(true);
      expect(await violations()).toEqual([]);
      await screenshot(banner, `banner-${suffix}`);

      await session.tab.getByRole('button', { name: accept }).click();
      await expect(session.tab.getByRole('alert').isVisible()).resolves.toBe(true);
      expect(await violations()).toEqual([]);
      await screenshot(banner, `confirmation-${suffix}`);
    });

    it('on the cookies page, then on its success message', async () => {
      await session.open(cookies);
      const preferences = session.tab.locator('#cookie-settings');
      expect(await violations()).toEqual([]);
      await screenshot(preferences, `cookies-page-${suffix}`);

      await session.tab.getByLabel(yes, { exact: true }).check();
      await session.tab.getByRole('button', { name: save }).click();
      await expect(session.tab.getByRole('alert').isVisible()).resolves.toBe(true);
      expect(await violations()).toEqual([]);
      await screenshot(preferences, `cookies-saved-${suffix}`);
    });
  },
);

describe('the axe check itself', () => {
  it('finds a violation when there is one, so the checks above can fail', async () => {
    await session.open('/');
    // A button without a name: the kind of mistake the banner must never make.
    await session.tab.evaluate(() => {
      document.querySelector('.ddscp-cookie-banner button')?.replaceChildren();
    });
    expect(await violations()).toContainEqual(expect.stringMatching(/^button-name: /));
  });
});
