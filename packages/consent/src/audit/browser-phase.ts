// One phase of the audit in its own fresh browser context: it opens pages, lets them
// settle, answers the banner, and records everything the phase's checks judge (PhaseLog).
import type { Browser, Page, Response } from 'playwright-core';
import { CHOICE_WORDS } from './choice-words';
import { callerFromStack, parseCookieWrite } from './cookie-write';
import { instrumentPage } from './page-instrumentation';
import { type ChoiceMade, emptyLog, type PhaseLog, type PhaseName } from './phase-log';
import { type BannerScan, scanBanner } from './scan-banner';
import { snapshotPage } from './snapshot-page';
import type { TrafficRules } from './traffic';

/** How a phase runs. */
export interface PhaseSettings {
  readonly phase: PhaseName;
  readonly viewport: { readonly width: number; readonly height: number };
  /** Send Global Privacy Control (`Sec-GPC: 1` and `navigator.globalPrivacyControl`). */
  readonly gpc: boolean;
  readonly rules: TrafficRules;
  /** How long one page may take to load. */
  readonly pageTimeoutMs: number;
  /** How long to watch a page after it loaded. */
  readonly settleMs: number;
  /** How many redirects a page may take. */
  readonly maxRedirects: number;
}

/** The result of opening a page. */
export type Opened =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: string };

/** A phase in progress. */
export interface Phase {
  readonly log: PhaseLog;
  /** Opens `url`, waits for it to settle and records what it holds. */
  open(url: string): Promise<Opened>;
  /** Reloads the page, as a visitor coming back would. */
  reload(): Promise<Opened>;
  /** Looks for the banner on the page as it is. */
  scan(layer?: 'first' | 'second'): Promise<BannerScan>;
  /**
   * Answers the banner: clicks accept or reject (reject through the settings control if it
   * is not on the first layer). Everything after the click counts as after the choice.
   * `null` when there is no control to click.
   */
  choose(choice: 'accept' | 'reject'): Promise<ChoiceMade | null>;
  /** The page, for axe. */
  readonly page: Page;
  close(): Promise<void>;
}

/** The name of the function through which the pages report to the audit. */
const BINDING = '__ddscpConsentAudit';
/** At most this many events per phase are kept: a page that writes in a loop cannot flood memory. */
const MAX_EVENTS = 5000;

/** Opens a fresh browser context for `settings.phase`. */
export async function openPhase(browser: Browser, settings: PhaseSettings): Promise<Phase> {
  const log = emptyLog(settings.phase);
  const context = await browser.newContext({
    viewport: settings.viewport,
    serviceWorkers: 'block',
    acceptDownloads: false,
    locale: 'en-GB',
    ...(settings.gpc && { extraHTTPHeaders: { 'Sec-GPC': '1' } }),
  });
  context.setDefaultTimeout(settings.pageTimeoutMs);
  let page = await context.newPage();
  let afterChoice = false;
  let loadedAfterChoice = false;
  let events = 0;
  const pending = new Set<Promise<unknown>>();
  const track = (promise: Promise<unknown>) => {
    pending.add(promise);
    void promise.finally(() => pending.delete(promise));
  };
  const room = () => {
    events += 1;
    return events <= MAX_EVENTS;
  };
  const now = () => Math.floor(Date.now() / 1000);
  const where = () => page.url();
  const hostOf = (url: string) => {
    try {
      return new URL(url).hostname;
    } catch {
      return '';
    }
  };

  await context.exposeBinding(BINDING, ({ page: from }, raw: unknown) => {
    if (typeof raw !== 'object' || raw === null || !room()) return;
    const event = raw as Record<string, unknown>;
    const text = (key: string, max = 2048) =>
      typeof event[key] === 'string' ? (event[key] as string).slice(0, max) : '';
    const href = text('href');
    const pageUrl = from?.url() ?? where();
    if (event.type === 'cookie') {
      const write = parseCookieWrite(text('text', 4096), now());
      if (!write) return;
      const caller = callerFromStack(text('stack', 8192));
      log.cookies.push({
        ...write,
        host: hostOf(href),
        source: caller && { kind: 'script', ...caller },
        page: pageUrl,
        afterChoice,
      });
    } else if (event.type === 'storage') {
      const area = event.area === 'sessionStorage' ? 'sessionStorage' : 'localStorage';
      let origin = '';
      try {
        origin = new URL(href).origin;
      } catch {}
      log.storage.push({
        area,
        key: text('key', 1024),
        origin,
        source: callerFromStack(text('stack', 8192)),
        page: pageUrl,
        afterChoice,
      });
    } else if (event.type === 'csp') {
      const file = text('sourceFile');
      log.csp.push({
        directive: text('directive', 100),
        blocked: text('blocked'),
        disposition: text('disposition', 20),
        source: file
          ? {
              url: file,
              ...(typeof event.line === 'number' && event.line > 0 && { line: event.line }),
              ...(typeof event.column === 'number' && event.column > 0 && { column: event.column }),
            }
          : null,
        element: text('element', 300) || null,
        sample: text('sample', 200),
        page: pageUrl,
        consent: event.consent === true,
        afterChoice,
      });
    }
  });
  await context.addInitScript(instrumentPage, { binding: BINDING, gpc: settings.gpc });

  // Requests the rules refuse never leave the browser (the proxy stops any that get past).
  await context.route('**/*', (route) =>
    settings.rules.allows(route.request().url())
      ? route.continue()
      : route.abort('blockedbyclient'),
  );
  // Requests in flight, so that a page counts as settled only once its network is quiet.
  let inFlight = 0;
  context.on('request', (request) => {
    inFlight += 1;
    if (!settings.rules.allows(request.url()) && room())
      log.blocked.push({ url: request.url().slice(0, 2048), page: where() });
  });
  context.on('requestfinished', (request) => {
    inFlight = Math.max(0, inFlight - 1);
    if (request.resourceType() !== 'script') return;
    track(
      request
        .response()
        .then((response) =>
          log.requests.set(request.url(), {
            ...(response && { status: response.status() }),
            blocked: false,
          }),
        )
        .catch(() => {}),
    );
  });
  context.on('requestfailed', (request) => {
    inFlight = Math.max(0, inFlight - 1);
    if (request.resourceType() !== 'script') return;
    log.requests.set(request.url(), {
      failure: request.failure()?.errorText ?? 'failed',
      blocked: !settings.rules.allows(request.url()),
    });
  });
  const onResponse = (response: Response) => {
    const seenAfterChoice = afterChoice;
    const pageUrl = where();
    track(
      (async () => {
        for (const value of await response.headerValues('set-cookie')) {
          const write = parseCookieWrite(value, now());
          if (!write || !room()) continue;
          log.cookies.push({
            ...write,
            host: hostOf(response.url()),
            source: { kind: 'response', url: response.url().slice(0, 2048) },
            page: pageUrl,
            afterChoice: seenAfterChoice,
          });
        }
        if (response.request().isNavigationRequest()) {
          const policy =
            (await response.headerValue('content-security-policy')) ??
            (await response.headerValue('content-security-policy-report-only'));
          if (policy) log.pagesWithCsp.add(response.url());
        }
      })().catch(() => {}),
    );
  };
  context.on('response', onResponse);
  // Pop-ups and new tabs are closed: the audit follows one page.
  context.on('page', (opened) => {
    if (opened !== page) void opened.close().catch(() => {});
  });

  /** Waits until the page's reports and responses so far are recorded. */
  const flush = async () => {
    await page.evaluate(() => 0).catch(() => {});
    await Promise.allSettled([...pending]);
  };
  /**
   * Watches the page for `settleMs`, then until no request is in flight (at most two seconds
   * more: a page that polls never goes quiet), so scripts that load late are seen too.
   */
  const settle = async () => {
    await page.waitForTimeout(settings.settleMs);
    for (let waited = 0; inFlight > 0 && waited < 2000; waited += 50) await page.waitForTimeout(50);
    await flush();
    const url = page.url();
    const snapshot = await page.evaluate(snapshotPage).catch(() => null);
    if (snapshot) {
      for (const area of ['localStorage', 'sessionStorage'] as const)
        for (const key of snapshot[area])
          log.storage.push({
            area,
            key,
            origin: snapshot.origin,
            source: null,
            page: url,
            afterChoice,
          });
      for (const element of snapshot.gated)
        log.gated.push({ ...element, page: url, afterChoice, loadedAfterChoice });
      if (snapshot.metaCsp) log.pagesWithCsp.add(url);
    }
    const jar = (await context.cookies()).map((cookie) => ({
      name: cookie.name,
      domain: cookie.domain.replace(/^\./, ''),
      hostOnly: !cookie.domain.startsWith('.'),
      path: cookie.path,
      expires: cookie.expires,
      page: url,
      afterChoice,
    }));
    log.jar.push(...jar);
    log.finalJar = jar;
  };
  /** Judges a navigation's response; a page that is not one to audit gets the reason why. */
  const judge = (response: Response | null, asked: string): Opened => {
    const url = page.url();
    if (!response) return { ok: true, url };
    let hops = 0;
    for (let from = response.request().redirectedFrom(); from; from = from.redirectedFrom())
      hops += 1;
    if (hops > settings.maxRedirects)
      return { ok: false, reason: `it took ${hops} redirects (at most ${settings.maxRedirects})` };
    if (new URL(url).origin !== settings.rules.origin)
      return { ok: false, reason: `it redirected to ${url}, another origin` };
    if (response.status() >= 400)
      return { ok: false, reason: `the server answered ${response.status()} for ${asked}` };
    const type = response.headers()['content-type'] ?? '';
    if (type && !/html/i.test(type)) return { ok: false, reason: `it is ${type}, not a web page` };
    return { ok: true, url };
  };
  /** After a failed navigation the tab shows an error page: carry on in a new one. */
  const failed = async (error: unknown, asked: string): Promise<Opened> => {
    const hop = [...log.blocked].reverse().find((request) => request.url !== asked);
    const message = (error as Error).message?.split('\n')[0] ?? String(error);
    await page.close().catch(() => {});
    page = await context.newPage();
    if (
      /ERR_BLOCKED_BY_CLIENT|ERR_TUNNEL_CONNECTION_FAILED|ERR_HTTP_RESPONSE_CODE_FAILURE/.test(
        message,
      ) &&
      hop
    )
      return {
        ok: false,
        reason: `it redirects to ${hop.url}, which the audit does not visit (another origin)`,
      };
    return { ok: false, reason: message.replace(/^page\.\w+: /, '') };
  };
  const visit = async (url: string, go: () => Promise<Response | null>): Promise<Opened> => {
    let response: Response | null;
    loadedAfterChoice = afterChoice;
    try {
      response = await go();
    } catch (error) {
      const result = await failed(error, url);
      if (!result.ok) log.skipped.push({ url, reason: result.reason });
      return result;
    }
    const result = judge(response, url);
    await settle();
    if (result.ok) log.pages.push(result.url);
    else log.skipped.push({ url, reason: result.reason });
    return result;
  };
  const scan = (layer: 'first' | 'second' = 'first') =>
    page.evaluate(scanBanner, { words: CHOICE_WORDS, layer });

  return {
    log,
    get page() {
      return page;
    },
    open: (url) => visit(url, () => page.goto(url, { waitUntil: 'load' })),
    reload: () => visit(page.url(), () => page.reload({ waitUntil: 'load' })),
    scan,
    async choose(choice) {
      const first = await scan('first');
      if (!first.found) return null;
      let control = choice === 'accept' ? first.accept : first.reject;
      let via: string | undefined;
      if (!control && choice === 'reject' && first.settings) {
        await page.locator('[data-ddscp-audit="settings"]').first().click();
        await page.waitForTimeout(Math.min(500, settings.settleMs));
        control = (await scan('second')).reject;
        via = first.settings.text;
      }
      if (!control) return null;
      await flush();
      afterChoice = true;
      await page.locator(`[data-ddscp-audit="${choice}"]`).first().click();
      await settle();
      log.choice = { choice, control: control.text, ...(via !== undefined && { via }) };
      return log.choice;
    },
    async close() {
      await flush();
      await context.close().catch(() => {});
    },
  };
}
