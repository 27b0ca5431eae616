// The optional peers, loaded only when an audit runs: playwright-core (to drive Chromium)
// and axe-core (to check the banner). Each missing piece is one sentence that says how to
// get it.
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { AuditError } from './audit-error';

/** Where Chromium usually is when installed from a Linux distribution or by Google. */
const SYSTEM_CHROMIUMS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/**
 * Flags for a quiet headless Chromium: no background requests of its own (they would only be
 * refused), no QUIC (which a proxy cannot carry), no GPU.
 */
const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--no-first-run',
];

const isMissing = (error: unknown, name: string) =>
  /ERR_MODULE_NOT_FOUND|MODULE_NOT_FOUND/.test(String((error as { code?: unknown }).code)) &&
  String((error as Error).message).includes(name);

/** Launches headless Chromium through playwright-core, every request sent to `proxy`. */
export async function launchChromium(options: {
  readonly executablePath?: string | undefined;
  readonly proxy: string;
  readonly timeoutMs: number;
}): Promise<Browser> {
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch (error) {
    if (isMissing(error, 'playwright-core'))
      throw new AuditError(
        'playwright-missing',
        'the audit drives Chromium through playwright-core, which is not installed: run npm install --save-dev playwright-core (and, for a browser, npx playwright install chromium, or set CHROMIUM_PATH).',
        { cause: error },
      );
    throw error;
  }
  const executablePath = options.executablePath ?? findChromium(playwrightsOwn(chromium));
  try {
    return await chromium.launch({
      executablePath,
      headless: true,
      args: CHROMIUM_ARGS,
      // Loopback too: Playwright sends even 127.0.0.1 through the proxy (<-loopback>).
      proxy: { server: options.proxy },
      timeout: options.timeoutMs,
    });
  } catch (error) {
    throw new AuditError(
      'browser-failed',
      `Chromium at ${executablePath} did not start: ${(error as Error).message.split('\n')[0]} (set CHROMIUM_PATH to another Chromium or Chrome, or run npx playwright install chromium).`,
      { cause: error },
    );
  }
}

/** Where Playwright keeps the Chromium it downloads (`npx playwright install chromium`). */
function playwrightsOwn(chromium: { executablePath(): string }): string {
  try {
    return chromium.executablePath();
  } catch {
    return '';
  }
}

/** Playwright's own Chromium if it was downloaded, or a system one. */
function findChromium(playwrights: string): string {
  const found = [playwrights, ...SYSTEM_CHROMIUMS].find((path) => path && existsSync(path));
  if (!found)
    throw new AuditError(
      'browser-missing',
      'no Chromium was found: run npx playwright install chromium, install Chromium or Chrome, or set CHROMIUM_PATH to one.',
    );
  return found;
}

/** The browser a setting names (`CHROMIUM_PATH`, or the `chromiumPath` option), checked. */
export function namedChromium(path: string | undefined, setting: string): string | undefined {
  if (path === undefined || path === '') return undefined;
  if (!existsSync(path))
    throw new AuditError(
      'browser-missing',
      `${setting} is ${JSON.stringify(path.slice(0, 200))}, but there is no file there: set it to a Chromium or Chrome executable, or leave it out.`,
    );
  return path;
}

/** axe-core's source, to run in the page; `null` when axe-core is not installed. */
export async function loadAxeSource(): Promise<string | null> {
  try {
    const axe = (await import('axe-core')) as { source?: string; default?: { source?: string } };
    return axe.source ?? axe.default?.source ?? null;
  } catch (error) {
    if (isMissing(error, 'axe-core')) return null;
    throw error;
  }
}
