import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { type APIRequestContext, expect, type Page, request, test } from '@playwright/test';
import { banner, CONSENT_COOKIE, POLICY_VERSION } from './support';

// Proof of consent on the server example: every decision kept exactly once, whichever way it
// arrives, and the site answering while its SQLite file is locked by another connection.
test.beforeEach(({ baseURL }, testInfo) => {
  void baseURL;
  test.skip(testInfo.project.name !== 'server', 'about the server example’s records');
});

const serverDir =
  process.env.SERVER_DIR ?? new URL('../examples/server/', import.meta.url).pathname;

/**
 * The site as a client outside the browser reaches it: API requests go through Node, which
 * does not know the tests' www.ddscp.test, so they go to 127.0.0.1 on the same port.
 */
const local = (baseURL: string | undefined) =>
  `http://127.0.0.1:${new URL(baseURL as string).port}`;

/** The "Your choices" of a cookies page's HTML, newest first. */
const choicesIn = (html: string) =>
  [...html.matchAll(/<td>(Allowed|Refused)<\/td>/g)].map((match) => match[1]);

/** The rows of the cookies page's "Your choices" table, newest first, as text. */
async function choices(page: Page): Promise<string[]> {
  await page.goto('/cookies');
  const rows = page.getByRole('table', { name: 'Your choices, newest first' }).getByRole('row');
  return (await rows.allInnerTexts()).slice(1);
}

test('accepting, refusing and accepting again within a second keeps all three, newest first', async ({
  page,
}) => {
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Accept analytics cookies' }).click();
  await page.goto('/cookies');
  await page.getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  await page.getByRole('radio', { name: 'Yes' }).check();
  await page.getByRole('button', { name: 'Save cookie settings' }).click();
  // The reports go out with keepalive; the page shows them once the server has them.
  await expect
    .poll(async () => (await choices(page)).map((row) => row.split('\t')[1]))
    .toEqual(['Allowed', 'Refused', 'Allowed']);
  await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
});

test('without JavaScript, three quick changes of mind by the forms are all kept', async ({
  baseURL,
}) => {
  const site = local(baseURL);
  const visitor = await request.newContext({ baseURL: site });
  try {
    for (const analytical of ['accept', 'reject', 'accept'])
      expect(
        (
          await visitor.post('/cookies', {
            form: { analytical, return: '/' },
            headers: { Origin: site },
            maxRedirects: 0,
          })
        ).status(),
      ).toBe(303);
    expect(choicesIn(await (await visitor.get('/cookies')).text())).toEqual([
      'Allowed',
      'Refused',
      'Allowed',
    ]);
  } finally {
    await visitor.dispose();
  }
});

test('a forged report is refused: another site’s, or one the visitor’s cookie does not hold', async ({
  page,
  baseURL,
  context,
}) => {
  const site = local(baseURL);
  await page.goto('/');
  await banner(page).getByRole('button', { name: 'Reject analytics cookies' }).click();
  await expect.poll(async () => (await choices(page)).length).toBe(1);
  const cookie = (await context.cookies()).find((each) => each.name === CONSENT_COOKIE);
  const [, , , time, , id, decisionId] = (cookie?.value ?? '').split('.');
  const held = {
    necessary: true,
    analytical: false,
    policyVersion: POLICY_VERSION,
    decidedAt: new Date(Number.parseInt(time as string, 36)).toISOString(),
    method: 'banner',
    id,
    decisionId,
  };
  // The visitor's own cookie, sent to the site as the browser would send it.
  const post = (data: unknown, headers: Record<string, string> = {}) =>
    page.request.post(`${site}/consent-records`, {
      data,
      headers: { Origin: site, Cookie: `${CONSENT_COOKIE}=${cookie?.value}`, ...headers },
    });
  // Acceptance claimed for the same decision, or a decision the cookie does not hold.
  expect((await post({ ...held, analytical: true })).status()).toBe(409);
  expect(
    (await post({ ...held, decisionId: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9' })).status(),
  ).toBe(409);
  // From another site, even with the visitor's cookie.
  expect((await post(held, { Origin: 'https://evil.example' })).status()).toBe(403);
  // The decision itself, reported again: a duplicate, kept once.
  expect((await post(held)).status()).toBe(204);
  expect(await choices(page)).toHaveLength(1);
});

test('while another connection holds the SQLite lock for 10 s, pages answer and every decision lands once it clears', async ({
  baseURL,
}) => {
  test.setTimeout(60_000);
  console.log('DEBUG', serverDir, Date.now());
  // Another connection (a second server, a backup) takes the write lock and holds it 10 s.
  const holder = spawn(
    process.execPath,
    [
      '-e',
      `const db = new (require('better-sqlite3'))(process.argv[1]);
       db.exec('BEGIN IMMEDIATE');
       console.log('locked');
       setTimeout(() => { db.exec('ROLLBACK'); db.close(); console.log('released'); }, 10000);`,
      join(serverDir, 'data', 'e2e-consent-records.sqlite'),
    ],
    { cwd: serverDir, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let released = false;
  await new Promise<void>((resolve) => {
    holder.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.includes('locked')) resolve();
      if (chunk.includes('released')) released = true;
    });
  });
  const origin = local(baseURL);
  const visitors: APIRequestContext[] = await Promise.all(
    Array.from({ length: 5 }, () => request.newContext({ baseURL: origin })),
  );
  try {
    // Five visitors decide while the file is locked: their form posts wait for the lock.
    const decisions = visitors.map((visitor, index) =>
      visitor.post('/cookies', {
        form: { analytical: index % 2 ? 'reject' : 'accept', return: '/' },
        headers: { Origin: origin },
        maxRedirects: 0,
        timeout: 45_000,
      }),
    );
    // Meanwhile pages that do not write (and the cookies page, which reads) answer, all of
    // them before the lock is released.
    for (let round = 0; round < 5; round++) {
      for (const path of ['/', '/cookies', '/assets/site.css']) {
        const response = await visitors[0]?.get(path);
        expect(response?.status()).toBe(200);
        expect(released, `${path} answered only after the lock was released`).toBe(false);
      }
    }
    const answers = await Promise.all(decisions);
    console.log(
      'DEBUG',
      Date.now(),
      answers.map((a) => a.status()),
      released,
    );
    expect(released).toBe(true);
    expect(answers.map((answer) => answer.status())).toEqual([303, 303, 303, 303, 303]);
    // Every decision made meanwhile is in the store, once.
    for (const [index, visitor] of visitors.entries()) {
      expect(choicesIn(await (await visitor.get('/cookies')).text())).toEqual([
        index % 2 ? 'Refused' : 'Allowed',
      ]);
    }
  } finally {
    holder.kill();
    await Promise.all(visitors.map((visitor) => visitor.dispose()));
  }
});
