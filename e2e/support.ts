// What the browser tests share: the sites' names and hosts, and watchers for what a page
// sends, stores and reports.
import AxeBuilder from '@axe-core/playwright';
import { type BrowserContext, expect, type Page, type Request } from '@playwright/test';

/** The tests browse as www.ddscp.test and reviews.ddscp.test (both 127.0.0.1). */
export const SITE_DOMAIN = 'ddscp.test';
/** The consent cookie of both examples' configuration. */
export const CONSENT_COOKIE = 'ddscp_consent';
/** The examples' policy version (see their consent-config.ts). */
export const POLICY_VERSION = 2;

/** Where each example has its cookies page. */
export function cookiesPath(project: string): string {
  return project === 'server' ? '/cookies' : '/cookies.html';
}

/** The analytics cookies the demo analytics sets (`_ga`, `_ga_<id>`), on any domain. */
export async function analyticsCookies(context: BrowserContext) {
  return (await context.cookies()).filter((cookie) => /^_ga(_|$)/.test(cookie.name));
}

/** Records every beacon the page sends to /collect from now on. */
export function watchBeacons(page: Page): Request[] {
  const beacons: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === '/collect') beacons.push(request);
  });
  return beacons;
}

/** The Google Consent Mode commands in the page's dataLayer, as plain arrays. */
export async function consentCommands(page: Page): Promise<unknown[][]> {
  return page.evaluate(() =>
    ((window as unknown as { dataLayer?: ArrayLike<unknown>[] }).dataLayer ?? [])
      .map((entry) => Array.from(entry))
      .filter((entry) => entry[0] === 'consent'),
  );
}

/** Everything denied, as the sites' first Consent Mode command must say. */
export const ALL_DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};

/**
 * Collects what must never happen on any page: CSP violations, console errors and uncaught
 * exceptions. Call before the first navigation; `expectNone()` at the end of the test.
 */
export async function watchProblems(page: Page) {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  await page.exposeFunction('__reportCspViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation(text: string): void })
        .__reportCspViolation;
      report(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return {
    problems,
    expectNone: () => expect(problems, problems.join('\n')).toEqual([]),
  };
}

/** Runs axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules; expects no violation. */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target).join(', ')})`,
  );
  expect(summary, `axe violations in state "${state}"`).toEqual([]);
}

/** Sums the layout shifts of the page from its start (call before navigating). */
export async function watchLayoutShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const state = { cls: 0 };
    (window as unknown as { __layoutShift: typeof state }).__layoutShift = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<
        PerformanceEntry & { value: number; hadRecentInput: boolean }
      >) {
        if (!entry.hadRecentInput) state.cls += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { __layoutShift: { cls: number } }).__layoutShift.cls,
    );
}

/** The banner region ("Cookies on DDSCP"). */
export const banner = (page: Page) => page.getByRole('region', { name: 'Cookies on DDSCP' });

/** Waits until the network has been quiet, so "nothing was sent" means something. */
export async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  // The demo analytics writes its session cookie every second: give it time to misbehave.
  await page.waitForTimeout(1500);
}
