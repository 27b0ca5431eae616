// Browser tests of the example sites, in real Chromium. The release rehearsal runs them
// against copies of the examples installed from its local registry (it sets the *_DIR and
// *_PORT variables below); `npm run test:examples` runs them against the examples in this
// repository, built from the workspace packages.
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from '../scripts/lib/chromium.mjs';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const staticSiteDir = process.env.STATIC_SITE_DIR ?? `${examples}static-site`;
const serverDir = process.env.SERVER_DIR ?? `${examples}server`;
const staticSitePort = Number(process.env.STATIC_SITE_PORT ?? 4801);
const serverPort = Number(process.env.SERVER_PORT ?? 4802);

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
      // A real SQLite file in the example's own data/ folder (git-ignored).
      env: { PORT: String(serverPort), CONSENT_DB: 'data/e2e-consent-records.sqlite' },
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
