// auditSite: drives Chromium through the phases of the audit, each in a fresh browser
// context, then judges what they saw against the site's configuration.
import type { Browser, Page } from 'playwright-core';
import type { ConsentConfig } from '../config/consent-config';
import { ConsentConfigError } from '../config/consent-config-error';
import { AuditError } from './audit-error';
import { type AuditOptions, type AuditSettings, auditSettings } from './audit-options';
import type { AuditCheck, AuditConfigSource, AuditReport } from './audit-report';
import { openPhase, type Phase, type PhaseSettings } from './browser-phase';
import { checkBannerAccessibility } from './check-banner-accessibility';
import { configFromData } from './config-from-data';
import { checkOf } from './describe';
import { judgeAfterAcceptance } from './judge-after-acceptance';
import { judgeCsp } from './judge-csp';
import { auditNotes } from './judge-notes';
import { judgeRejectAsEasy } from './judge-reject-as-easy';
import { judgeWithoutConsent } from './judge-without-consent';
import { launchChromium, loadAxeSource, namedChromium } from './load-browser';
import type { PhaseLog, PhaseName } from './phase-log';
import { sameSiteLinks } from './same-site-links';
import type { BannerScan } from './scan-banner';
import { trafficRules } from './traffic';
import { startTrafficProxy } from './traffic-proxy';

/** The window sizes at which the banner must show both choices without scrolling. */
export const AUDIT_VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 320, height: 568 },
] as const;

const label = ({ width, height }: { width: number; height: number }) => `${width}x${height}`;

/** The drop-in configuration's element, and the most of it the audit reads. */
const DROP_IN_ID = 'ddscp-consent-config';
const DROP_IN_MAX = 256 * 1024;

/**
 * Audits a live site the way the ICO does, and against its own consent configuration: in
 * fresh Chromium contexts it looks at the page (and up to `pages` pages it links to) before
 * any choice, checks that rejecting is as easy as accepting (at 1,280 and 320 px, with axe
 * on the banner), then refuses, accepts and sends Global Privacy Control in turn, and
 * collects Content Security Policy violations. Traffic goes only to the site's origin and
 * `allowHosts`; pages, time and redirects are bounded.
 *
 * Resolves to the report whether or not the site passes (`report.passed`); throws an
 * {@link AuditError} when the audit could not run. Needs `playwright-core` (and, for the
 * accessibility check, `axe-core`) installed beside this package.
 *
 * @example
 * const report = await auditSite('https://staging.example.gov.uk/', { config, pages: 3 });
 * if (!report.passed) process.exitCode = 1;
 */
export async function auditSite(url: string, options: AuditOptions = {}): Promise<AuditReport> {
  const startedAt = new Date();
  const settings = auditSettings(url, options);
  const rules = trafficRules(settings.origin, settings.allowHosts);
  const given = options.config === undefined ? undefined : checkedConfig(options.config);
  const executablePath =
    options.chromiumPath !== undefined
      ? namedChromium(options.chromiumPath, 'chromiumPath')
      : namedChromium(environment().CHROMIUM_PATH, 'CHROMIUM_PATH');
  const axeSource = await loadAxeSource();
  const proxy = await startTrafficProxy(rules);
  let browser: Browser | undefined;
  let stage = 'starting Chromium';
  const progress = (message: string) => {
    stage = message;
    options.onProgress?.(message);
  };
  try {
    const run = async () => {
      browser = await launchChromium({ executablePath, proxy: proxy.server, timeoutMs: 60_000 });
      return runPhases(browser, settings, rules, given, axeSource, progress);
    };
    const result = await withinLimits(
      run(),
      settings.timeoutMs,
      options.signal,
      () => stage,
      () => browser?.close(),
    );
    return report(result, settings, startedAt);
  } finally {
    await browser?.close().catch(() => {});
    await proxy.close();
  }
}

/** The process's environment variables. */
const environment = () =>
  (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env ?? {};

/** The configuration the caller gave, checked like any other. */
function checkedConfig(input: unknown): ConsentConfig {
  try {
    return configFromData(input);
  } catch (error) {
    if (error instanceof ConsentConfigError)
      throw new AuditError('invalid-configuration', error.message, { cause: error });
    throw error;
  }
}

/** What the phases found, before it becomes the report. */
interface PhasesResult {
  readonly start: string;
  readonly config: ConsentConfig;
  readonly source: AuditConfigSource;
  readonly pages: readonly string[];
  readonly checks: readonly AuditCheck[];
  readonly logs: readonly PhaseLog[];
  readonly inventory: AuditReport['inventory'];
}

async function runPhases(
  browser: Browser,
  settings: AuditSettings,
  rules: ReturnType<typeof trafficRules>,
  given: ConsentConfig | undefined,
  axeSource: string | null,
  progress: (message: string) => void,
): Promise<PhasesResult> {
  const [wide, narrow] = AUDIT_VIEWPORTS;
  const open = (phase: PhaseName, viewport: PhaseSettings['viewport'] = wide, gpc = false) =>
    openPhase(browser, {
      phase,
      viewport,
      gpc,
      rules,
      ...limits(settings),
    } satisfies PhaseSettings);

  progress('before any choice');
  const before = await open('before-choice');
  const first = await before.open(settings.url);
  if (!first.ok)
    throw new AuditError('unreachable', `${settings.url} could not be audited: ${first.reason}.`);
  const start = first.url;
  const config = given ?? (await configFromPage(before.page, start));
  const source: AuditConfigSource = given ? 'option' : 'page';
  const siteHost = new URL(start).hostname;
  const linked = sameSiteLinks(await linksOf(before.page), start, settings.pages);
  const wideScan = await before.scan();
  const accessibility = await checkBannerAccessibility(before.page, axeSource, wideScan.found);
  // The later phases visit only the linked pages that could be audited (the notes say why not).
  const links: string[] = [];
  for (const link of linked) if ((await before.open(link)).ok) links.push(link);
  await before.close();

  progress(`the banner at ${label(narrow)}`);
  const small = await open('before-choice', narrow);
  const narrowScan = (await small.open(start)).ok ? await small.scan() : null;
  await small.close();

  progress('after a refusal');
  const refusal = await answered(await open('after-refusal'), 'reject', start, links, wideScan);
  progress('after acceptance');
  const acceptance = await answered(
    await open('after-acceptance'),
    'accept',
    start,
    links,
    wideScan,
  );
  let gpc: Phase | undefined;
  if (config.respectGpc) {
    progress('with Global Privacy Control');
    gpc = await open('gpc', wide, true);
    if ((await gpc.open(start)).ok) for (const link of links) await gpc.open(link);
    await gpc.close();
  }

  const beforeLog = mergeLogs(before.log, small.log);
  const gatedAnalytics = beforeLog.gated.some((element) => element.category !== 'necessary');
  const { analytical } = config.categories;
  const accepted = acceptance.phase.log.choice
    ? judgeAfterAcceptance(acceptance.phase.log, config, siteHost)
    : undefined;
  const checks: AuditCheck[] = [
    judgeWithoutConsent('before-choice', beforeLog, config, siteHost),
    judgeRejectAsEasy({
      page: start,
      looks: [
        { viewport: label(wide), scan: wideScan },
        ...(narrowScan ? [{ viewport: label(narrow), scan: narrowScan }] : []),
      ],
      bannerNeeded:
        analytical.cookies.length > 0 || analytical.storage.length > 0 || gatedAnalytics,
    }),
    accessibility,
    refusal.phase.log.choice
      ? judgeWithoutConsent('after-refusal', refusal.phase.log, config, siteHost)
      : checkOf('after-refusal', [], refusal.skipped),
    accepted?.check ?? checkOf('after-acceptance', [], acceptance.skipped),
    gpc
      ? judgeWithoutConsent('gpc', gpc.log, config, siteHost)
      : checkOf(
          'gpc',
          [],
          'the configuration does not honour Global Privacy Control (respectGpc: false)',
        ),
    judgeCsp([beforeLog, refusal.phase.log, acceptance.phase.log, ...(gpc ? [gpc.log] : [])]),
  ];
  return {
    start,
    config,
    source,
    pages: [start, ...links],
    checks,
    logs: [beforeLog, refusal.phase.log, acceptance.phase.log, ...(gpc ? [gpc.log] : [])],
    inventory: { cookies: accepted?.cookies ?? [], storage: accepted?.storage ?? [] },
  };
}

/**
 * Opens the start page, answers the banner with `choice`, then (for a refusal) reloads, and
 * visits the linked pages. `skipped` says why, when no choice could be made.
 */
async function answered(
  phase: Phase,
  choice: 'accept' | 'reject',
  start: string,
  links: readonly string[],
  firstLook: BannerScan,
): Promise<{ phase: Phase; skipped: string }> {
  let skipped = '';
  try {
    const opened = await phase.open(start);
    let made: Awaited<ReturnType<Phase['choose']>> = null;
    try {
      made = opened.ok ? await phase.choose(choice) : null;
    } catch (error) {
      // A click that never lands (something covers the control): the check says so, skipped.
      const reason = String((error as Error)?.message ?? error).split('\n')[0];
      return { phase, skipped: `the audit could not ${choice} on the banner: ${reason}` };
    }
    if (!opened.ok) skipped = `the start page did not load again: ${opened.reason}`;
    else if (!made)
      skipped = !firstLook.found
        ? `there was no banner to ${choice} with`
        : choice === 'reject'
          ? 'no way to refuse was found on the banner, nor behind a settings control'
          : 'no accept control was found on the banner';
    else {
      if (choice === 'reject') await phase.reload();
      for (const link of links) await phase.open(link);
    }
  } finally {
    await phase.close();
  }
  return { phase, skipped };
}

/** Two logs of the same kind of phase as one. */
function mergeLogs(first: PhaseLog, second: PhaseLog): PhaseLog {
  return {
    ...first,
    pages: [...first.pages, ...second.pages],
    cookies: [...first.cookies, ...second.cookies],
    jar: [...first.jar, ...second.jar],
    finalJar: [...first.finalJar, ...second.finalJar],
    storage: [...first.storage, ...second.storage],
    gated: [...first.gated, ...second.gated],
    requests: new Map([...first.requests, ...second.requests]),
    blocked: [...first.blocked, ...second.blocked],
    csp: [...first.csp, ...second.csp],
    pagesWithCsp: new Set([...first.pagesWithCsp, ...second.pagesWithCsp]),
    skipped: [...first.skipped, ...second.skipped],
  };
}

function limits(settings: AuditSettings) {
  return {
    pageTimeoutMs: settings.pageTimeoutMs,
    settleMs: settings.settleMs,
    maxRedirects: settings.maxRedirects,
  };
}

/** The addresses of the page's links, in page order (at most 2,000; none marked `download`). */
function linksOf(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('a[href]:not([download])')]
      .slice(0, 2000)
      .map((link) => (link as HTMLAnchorElement).href),
  );
}

/** The page's drop-in configuration, or an {@link AuditError} that says what to do. */
async function configFromPage(page: Page, url: string): Promise<ConsentConfig> {
  const found = await page.evaluate(
    ({ id, max }) => {
      const element = document.getElementById(id);
      return (
        element && {
          type: element.getAttribute('type'),
          text: (element.textContent ?? '').slice(0, max + 1),
        }
      );
    },
    { id: DROP_IN_ID, max: DROP_IN_MAX },
  );
  const where = `the drop-in configuration of ${url} (<script type="application/json" id="${DROP_IN_ID}">)`;
  if (!found)
    throw new AuditError(
      'no-configuration',
      `no consent configuration to judge by: ${url} has no <script type="application/json" id="${DROP_IN_ID}">, and none was given; pass the site's configuration with --config FILE (a module that exports it, or JSON).`,
    );
  if (found.text.length > DROP_IN_MAX)
    throw new AuditError(
      'invalid-configuration',
      `${where} is longer than ${DROP_IN_MAX / 1024} KB.`,
    );
  let data: unknown;
  try {
    data = JSON.parse(found.text);
  } catch (error) {
    throw new AuditError(
      'invalid-configuration',
      `${where} is not valid JSON: ${(error as Error).message}.`,
      {
        cause: error,
      },
    );
  }
  try {
    return configFromData(data);
  } catch (error) {
    if (error instanceof ConsentConfigError)
      throw new AuditError('invalid-configuration', `${where}: ${error.message}`, { cause: error });
    throw error;
  }
}

/**
 * Runs `work` within the time limit and until `signal` aborts: then `stop` (which closes the
 * browser, so everything in flight ends) and an {@link AuditError} that says where it was.
 */
async function withinLimits<T>(
  work: Promise<T>,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  stage: () => string,
  stop: () => Promise<void> | undefined,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(
        new AuditError(
          'timeout',
          `the audit did not finish within ${Math.round(timeoutMs / 1000)} s (it was checking ${stage()}): raise --timeout, or audit fewer pages with --pages.`,
        ),
      );
    }, timeoutMs);
    onAbort = () =>
      reject(new AuditError('aborted', `the audit was stopped while checking ${stage()}.`));
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  // Whatever `work` does once stopped, its rejection is not the answer.
  work.catch(() => {});
  try {
    return await Promise.race([work, limit]);
  } catch (error) {
    if (error instanceof AuditError && (error.code === 'timeout' || error.code === 'aborted'))
      await stop()?.catch(() => {});
    if (error instanceof AuditError) throw error;
    // The browser failed under the audit (it crashed, or a page broke it): the audit cannot go on.
    throw new AuditError(
      'browser-failed',
      `Chromium failed while the audit was checking ${stage()}: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
      { cause: error },
    );
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
  }
}

function report(result: PhasesResult, settings: AuditSettings, startedAt: Date): AuditReport {
  return {
    format: 'ddscp-consent-audit',
    version: 1,
    url: result.start,
    startedAt: startedAt.toISOString(),
    durationMs: Date.now() - startedAt.getTime(),
    passed: result.checks.every((check) => check.status !== 'failed'),
    configuration: {
      source: result.source,
      policyVersion: result.config.policyVersion,
      mode: result.config.mode,
      respectGpc: result.config.respectGpc,
    },
    pages: result.pages,
    allowedHosts: settings.allowHosts,
    checks: result.checks,
    notes: auditNotes(result.logs),
    inventory: result.inventory,
  };
}
