// The banner and the cookies page on a real page in Chromium: no CSP violation under
// `default-src 'self'`, no banner flash and no layout shift, reflow at 320 CSS px (400% zoom),
// forced colours and reduced motion.
import { beforeEach, describe, expect, it } from 'vitest';
import { useSite } from './ui-site';

/**
 * Watches the page from before its first byte: CSP violations, layout shifts (those not
 * caused by the visitor's input), and whether <html> was already marked "decided" when the
 * parser reached the banner.
 */
function watch(): void {
  const flags = window as unknown as {
    violations: string[];
    shift: number;
    bannerParsedWithDecidedMark?: boolean;
  };
  flags.violations = [];
  flags.shift = 0;
  document.addEventListener('securitypolicyviolation', (event) =>
    flags.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
  );
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as unknown as {
      value: number;
      hadRecentInput: boolean;
    }[])
      if (!entry.hadRecentInput) flags.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  new MutationObserver((records, observer) => {
    for (const record of records)
      for (const node of record.addedNodes)
        if ((node as Element).classList?.contains('ddscp-cookie-banner')) {
          flags.bannerParsedWithDecidedMark =
            document.documentElement.classList.contains('ddscp-consent-decided');
          observer.disconnect();
        }
  }).observe(document, { childList: true, subtree: true });
}

const session = useSite({}, async (context) => {
  await context.addInitScript(watch);
});
let errors: string[];

beforeEach(() => {
  errors = [];
  session.tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  session.tab.on('pageerror', (error) => errors.push(error.message));
});

async function open(path: string): Promise<void> {
  await session.open(path);
  // Two frames, so any shift the scripts caused has been laid out and reported.
  await session.tab.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

const flags = () =>
  session.tab.evaluate(() => {
    const { violations, shift, bannerParsedWithDecidedMark } = window as unknown as {
      violations: string[];
      shift: number;
      bannerParsedWithDecidedMark?: boolean;
    };
    return { violations, shift, bannerParsedWithDecidedMark };
  });

/** Stores a decision by using the banner, as a first visit would. */
async function decideOnFirstVisit(button: string): Promise<void> {
  await open('/');
  await session.tab.getByRole('button', { name: button }).click();
}

describe("under Content-Security-Policy: default-src 'self'", () => {
  it('reports no violation and no console error in any state, static or server-rendered', async () => {
    await open('/');
    await session.tab.getByRole('button', { name: 'Reject analytics cookies' }).click();
    await session.tab.getByRole('button', { name: 'Hide cookie message' }).click();
    await open('/cookies');
    await session.tab.getByLabel('Yes', { exact: true }).check();
    await session.tab.getByRole('button', { name: 'Save cookie settings' }).click();
    await open('/cy/');
    await open('/ssr/');
    expect((await flags()).violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('does report a violation when there is one, so the check above can fail', async () => {
    await open('/');
    await session.tab.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { color: red }';
      document.head.append(style);
    });
    await expect
      .poll(async () => (await flags()).violations)
      .toContainEqual(expect.stringMatching(/^style-src-elem /));
  });
});

describe('no banner flash, no layout shift', () => {
  it('hides the static banner of a decided visitor before the parser even reaches it', async () => {
    await decideOnFirstVisit('Accept analytics cookies');
    await open('/');
    const seen = await flags();
    expect(seen.bannerParsedWithDecidedMark).toBe(true);
    expect(await session.tab.getByRole('region').count()).toBe(0);
    expect(seen.shift).toBe(0);
  });

  it("hides the banner with ui.css alone while <html> carries the head script's mark", async () => {
    await open('/');
    const region = session.tab.getByRole('region');
    expect(await region.isVisible()).toBe(true);
    await session.tab.evaluate(() =>
      document.documentElement.classList.add('ddscp-consent-decided'),
    );
    expect(await region.isVisible()).toBe(false);
  });

  it('shows the static banner of an undecided visitor from the first paint, without moving anything', async () => {
    await open('/');
    const seen = await flags();
    expect(seen.bannerParsedWithDecidedMark).toBe(false);
    expect(await session.tab.getByRole('region').isVisible()).toBe(true);
    expect(seen.shift).toBe(0);
  });

  it('shows the banner again, without a shift, after the policy version rose', async () => {
    await session.context.addCookies([
      {
        name: 'ddscp_consent',
        value: `1.1.2.${Math.floor(Date.now() / 1000).toString(36)}.b.3f0c2a9e-5b1d-4c8e-9f2a-1b2c3d4e5f60`,
        url: session.url,
      },
    ]);
    await open('/');
    const seen = await flags();
    expect(seen.bannerParsedWithDecidedMark).toBe(false);
    expect(await session.tab.getByRole('region').isVisible()).toBe(true);
    expect(seen.shift).toBe(0);
  });

  it('leaves the banner out of a server-rendered page for a decided visitor', async () => {
    await decideOnFirstVisit('Reject analytics cookies');
    const served = await (await session.context.request.get(`${session.url}/ssr/`)).text();
    expect(served).not.toContain('ddscp-cookie-banner');
    await open('/ssr/');
    expect(await session.tab.getByRole('region').count()).toBe(0);
    expect((await flags()).shift).toBe(0);
  });

  it('keeps the cookies page still while it takes over the server-rendered form', async () => {
    await decideOnFirstVisit('Accept analytics cookies');
    await open('/cookies');
    expect(await session.tab.getByLabel('Yes', { exact: true }).isChecked()).toBe(true);
    expect((await flags()).shift).toBe(0);
  });

  it('keeps the banner in the page flow, never fixed over the content', async () => {
    await open('/');
    expect(
      await session.tab
        .locator('.ddscp-cookie-banner')
        .evaluate((banner) => getComputedStyle(banner).position),
    ).toBe('static');
  });
});

describe('layout and preferences', () => {
  it('offers "Go back to the page you were looking at" after saving on the cookies page', async () => {
    await open('/');
    await session.tab.getByRole('link', { name: 'View cookies' }).click();
    await session.tab.waitForFunction(() => (window as { ready?: boolean }).ready === true);
    await session.tab.getByLabel('No', { exact: true }).check();
    await session.tab.getByRole('button', { name: 'Save cookie settings' }).click();
    const back = session.tab.getByRole('link', { name: 'Go back to the page you were looking at' });
    await back.click();
    await session.tab.waitForURL(`${session.url}/`);
    expect(errors).toEqual([]);
  });

  it.each(['/', '/cy/', '/cookies'])(
    'reflows at 320 CSS px (400 per cent zoom) without sideways scrolling: %s',
    async (path) => {
      await session.tab.setViewportSize({ width: 320, height: 640 });
      await open(path);
      const widths = await session.tab.evaluate(() => [
        document.documentElement.scrollWidth,
        document.documentElement.clientWidth,
      ]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1] as number);
      for (const button of await session.tab.locator('.ddscp-button').all()) {
        const box = await button.boundingBox();
        if (box) expect(box.x + box.width).toBeLessThanOrEqual(320);
      }
    },
  );

  it('keeps a visible focus outline in forced colours, where backgrounds and shadows are dropped', async () => {
    await session.tab.emulateMedia({ forcedColors: 'active' });
    for (const [path, presses] of [
      ['/', 1],
      ['/cookies', 0],
    ] as const) {
      await open(path);
      if (presses) await session.tab.keyboard.press('Tab');
      else await session.tab.getByLabel('Yes', { exact: true }).focus();
      const outline = await session.tab.evaluate(() => {
        const style = getComputedStyle(document.activeElement as Element);
        return [style.outlineStyle, style.outlineWidth, style.outlineColor];
      });
      expect(outline.slice(0, 2)).toEqual(['solid', '3px']);
      expect(outline[2]).not.toMatch(/^(transparent|rgba\(\d+, \d+, \d+, 0\))$/);
    }
  });

  it('stills any motion the site adds to the banner when the visitor asks for reduced motion', async () => {
    const duration = () =>
      session.tab
        .locator('.ddscp-button')
        .first()
        .evaluate((button) => getComputedStyle(button).transitionDuration);
    await open('/');
    expect(await duration()).toBe('1s');
    await session.tab.emulateMedia({ reducedMotion: 'reduce' });
    expect(await duration()).toBe('0s');
  });
});
