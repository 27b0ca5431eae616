// Browser tests of the example sites, in real Chromium. The release rehearsal runs them
// against copies of the examples installed from its local registry (it sets the *_DIR and
// *_PORT variables below); `npm run test:examples` runs them against the examples in this
// repository, built from the workspace packages.
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/lib/chromium.mjs';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const staticSiteDir = process.env.STATIC_SITE_DIR ?? `${examples}static-site`;
const serverDir = process.env.SERVER_DIR ?? `${examples}server`;
const plainHtmlDir = process.env.PLAIN_HTML_DIR ?? `${examples}plain-html`;
const staticSitePort = Number(process.env.STATIC_SITE_PORT ?? 4801);
const serverPort = Number(process.env.SERVER_PORT ?? 4802);
const plainHtmlPort = Number(process.env.PLAIN_HTML_PORT ?? 4803);

// The server keeps proof of consent in a real SQLite file in the example's own data/ folder
// (git-ignored). Each run starts from an empty one, so no run depends on what an earlier run
// (or an earlier version of the example's table) left behind. Workers load this file too,
// while the server runs: only the runner's own process (no TEST_WORKER_INDEX) clears it.
const serverDatabase = 'data/e2e-consent-records.sqlite';
if (process.env.TEST_WORKER_INDEX === undefined) {
  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${serverDir}/${serverDatabase}${suffix}`, { force: true });
  }
}

/** The tests browse the sites as www.ddscp.test and reviews.ddscp.test, both 127.0.0.1. */
export const siteDomain = 'ddscp.test';

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../node_modules/.cache/e2e-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    launchOptions: {
      executablePath: findChromium(),
      args: [...chromiumArgs, `--host-resolver-rules=MAP *.${siteDomain} 127.0.0.1`],
    },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  },
  projects: [
    { name: 'static-site', use: { baseURL: `http://www.${siteDomain}:${staticSitePort}` } },
    { name: 'server', use: { baseURL: `http://www.${siteDomain}:${serverPort}` } },
    { name: 'plain-html', use: { baseURL: `http://www.${siteDomain}:${plainHtmlPort}` } },
  ],
  webServer: [
    {
      command: `npm run preview -- --port ${staticSitePort} --strictPort`,
      cwd: staticSiteDir,
      url: `http://127.0.0.1:${staticSitePort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npm run serve',
      cwd: serverDir,
      url: `http://127.0.0.1:${serverPort}/`,
      env: { PORT: String(serverPort), CONSENT_DB: serverDatabase },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: 'npm run serve',
      cwd: plainHtmlDir,
      url: `http://127.0.0.1:${plainHtmlPort}/`,
      env: { PORT: String(plainHtmlPort) },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
