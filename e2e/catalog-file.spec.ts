// An editor previews their own catalogue: both examples started with CATALOG=path/to/file,
// the static site built from it and browsed with JavaScript off (its listing is drawn at
// build time), the server rendering it; and a file that is not a valid catalogue stops
// either one with a message that says what is wrong, rather than showing a wrong page.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

const examples = new URL('../examples/', import.meta.url).pathname;
const staticSiteDir = process.env.STATIC_SITE_DIR ?? `${examples}static-site`;
const serverDir = process.env.SERVER_DIR ?? `${examples}server`;

/** An editor's own catalogue: the sample's partnership, and a review of its own. */
function editorsCatalog(): string {
  const sample = JSON.parse(
    readFileSync(
      new URL('../packages/domain/catalog/ddscp.json', import.meta.url).pathname,
      'utf8',
    ),
  );
  return JSON.stringify(
    {
      $schema: './node_modules/@ddscp/domain/catalog.schema.json',
      partnership: sample.partnership,
      reviews: [
        {
          id: 'child-z-zz9',
          reference: 'ZZ9',
          pseudonym: 'Child Z',
          kind: 'lcspr',
          title: 'Child Safeguarding Practice Review: Child Z (ZZ9)',
          summary: 'An editor’s own review, to see the page as visitors will.',
          learning: { whatWorkedWell: ['Agencies shared information the same day.'] },
          documents: [
            {
              id: 'report',
              kind: 'report',
              title: 'Child Z (ZZ9) review report',
              published: '2025-05',
              link: '/documents/zz9/report.pdf',
              format: 'pdf',
              size: 300000,
            },
            {
              id: 'briefing',
              kind: 'seven-minute-briefing',
              title: 'Child Z (ZZ9) seven-minute briefing',
              published: '2024-02',
              link: '/documents/zz9/briefing.pdf',
            },
          ],
        },
      ],
    },
    null,
    2,
  );
}

/** A free port on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  return port;
}

/** Runs a command to its end; resolves with its exit code and what it printed. */
async function runToEnd(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const [code] = (await once(child, 'close')) as [number];
  return { code, output };
}

/** Waits until something answers on the port, or the process ends. */
async function answering(port: number, child: ChildProcess): Promise<void> {
  for (let attempt = 0; attempt < 300 && child.exitCode === null; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nothing answered on port ${port}`);
}

/** The listing shows the editor's review on 1 June 2025, with its learning; not the sample's. */
async function expectEditorsListing(page: Page) {
  const listing = page.locator('#published-reviews');
  await expect(
    listing.getByRole('heading', { name: 'Child Safeguarding Practice Review: Child Z (ZZ9)' }),
  ).toBeVisible();
  await expect(listing.getByRole('link', { name: 'Child Z (ZZ9) review report' })).toHaveAttribute(
    'href',
    '/documents/zz9/report.pdf',
  );
  await expect(listing).toContainText(
    '(PDF, 293 KB, published May 2025, available until 31 May 2026)',
  );
  await expect(listing).toContainText('Agencies shared information the same day.');
  // The briefing came down after February 2025: the page says where it is now.
  await expect(listing.getByRole('link', { name: /seven-minute briefing/ })).toHaveCount(0);
  await expect(listing).toContainText('on this website until 28 February 2025');
  await expect(
    listing.getByRole('link', { name: 'NSPCC national case review repository' }),
  ).toHaveAttribute(
    'href',
    'https://learning.nspcc.org.uk/case-reviews/national-case-review-repository',
  );
  await expect(listing).not.toContainText('Theo');
}

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ddscp-catalog-e2e-'));
  writeFileSync(join(dir, 'catalog.json'), editorsCatalog());
  writeFileSync(join(dir, 'broken.json'), editorsCatalog().replace('"summary"', '"sumary"'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.describe('the static site with CATALOG', () => {
  test.use({ javaScriptEnabled: false });

  test('builds the listing from the file, so it shows without JavaScript', async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'static-site', 'a build of the static site');
    test.setTimeout(120_000);
    const outDir = join(dir, 'site');
    const env = { CATALOG: join(dir, 'catalog.json'), SITE_TODAY: '2025-06-01' };
    const build = await runToEnd(
      'npm',
      ['run', 'build', '--', '--outDir', outDir],
      staticSiteDir,
      env,
    );
    expect(build.code, build.output).toBe(0);
    const port = await freePort();
    const preview = spawn(
      'npm',
      ['run', 'preview', '--', '--outDir', outDir, '--port', String(port), '--strictPort'],
      { cwd: staticSiteDir, env: { ...process.env, ...env }, stdio: 'ignore', detached: true },
    );
    try {
      await answering(port, preview);
      await page.goto(`http://127.0.0.1:${port}/`);
      await expectEditorsListing(page);
    } finally {
      // npm runs vite in a process group of its own: stop the group by its id.
      if (preview.pid) process.kill(-preview.pid, 'SIGTERM');
    }
  });

  test('refuses to build from a file that is not a valid catalogue, saying why', async ({
    browserName,
  }, testInfo) => {
    void browserName;
    test.skip(testInfo.project.name !== 'static-site', 'a build of the static site');
    test.setTimeout(120_000);
    const build = await runToEnd(
      'npm',
      ['run', 'build', '--', '--outDir', join(dir, 'broken-site')],
      staticSiteDir,
      { CATALOG: join(dir, 'broken.json') },
    );
    expect(build.code).not.toBe(0);
    expect(build.output).toContain(
      'is not a valid catalogue: reviews[0].sumary: Unknown field "sumary": did you mean "summary"?',
    );
  });
});

test.describe('the server with CATALOG', () => {
  for (const javaScriptEnabled of [true, false]) {
    test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
      test.use({ javaScriptEnabled });

      test('renders the listing from the file', async ({ page }, testInfo) => {
        test.skip(testInfo.project.name !== 'server', 'the server example');
        const port = await freePort();
        const server = spawn(process.execPath, ['dist/server.js'], {
          cwd: serverDir,
          env: {
            ...process.env,
            PORT: String(port),
            CONSENT_DB: ':memory:',
            SITE_TODAY: '2025-06-01',
            CATALOG: join(dir, 'catalog.json'),
          },
          stdio: 'ignore',
        });
        try {
          await answering(port, server);
          await page.goto(`http://127.0.0.1:${port}/`);
          await expectEditorsListing(page);
        } finally {
          server.kill();
        }
      });
    });
  }

  test('stops at start-up on a file that is not a valid catalogue, saying why', async ({
    browserName,
  }, testInfo) => {
    void browserName;
    test.skip(testInfo.project.name !== 'server', 'the server example');
    const result = await runToEnd(process.execPath, ['dist/server.js'], serverDir, {
      PORT: String(await freePort()),
      CONSENT_DB: ':memory:',
      CATALOG: join(dir, 'broken.json'),
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('Server example cannot start: CATALOG: ');
    expect(result.output).toContain(
      'reviews[0].sumary: Unknown field "sumary": did you mean "summary"?',
    );
  });
});
