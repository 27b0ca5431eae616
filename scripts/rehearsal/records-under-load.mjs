// Proof of consent under load, end to end: the server example as installed from the registry,
// four processes sharing one throwaway PostgreSQL, and visitors deciding 10,000 times in all
// (by the no-JavaScript form and by the browser's report, some reported twice, to any of the
// servers), 50 at a time. Every decision must be in the database once: 0 lost, 0 duplicated.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { encodeConsent } from '@ddscp/consent';
import pg from 'pg';
import { freePort } from '../lib/free-port.mjs';
import { startPostgres } from '../lib/postgres.mjs';

/** The example's policy version (examples/server/src/consent-config.ts). */
const POLICY_VERSION = 2;
const CONSENT_COOKIE = 'ddscp_consent';

/** A small deterministic random source, so a failing run can be repeated. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The decision a consent cookie's value holds (format 2), as the report sends it. */
function recordOf(value) {
  const [, analytical, policyVersion, time, letter, id, decisionId] = value.split('.');
  const method = { b: 'banner', p: 'preferences', f: 'form', a: 'api' }[letter];
  return {
    necessary: true,
    analytical: analytical === '1',
    policyVersion: Number(policyVersion),
    decidedAt: new Date(Number.parseInt(time, 36)).toISOString(),
    method,
    id,
    decisionId,
  };
}

async function waitForServer(url, child, log) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`A server stopped at start-up:\n${log()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not answer within 20 s:\n${log()}`);
}

/**
 * Runs the load against the example installed in `serverDir` and returns the figures; throws
 * when a decision is lost or duplicated, or a request is answered otherwise than expected.
 */
export async function recordsUnderLoad({
  serverDir,
  decisions = 10_000,
  servers = 4,
  concurrency = 50,
  seed = 11,
}) {
  const next = random(seed);
  const cluster = await startPostgres();
  const children = [];
  const started = performance.now();
  try {
    const urls = [];
    for (let index = 0; index < servers; index++) {
      const port = await freePort();
      let log = '';
      const child = spawn(process.execPath, ['dist/server.js'], {
        cwd: serverDir,
        env: { ...process.env, PORT: String(port), DATABASE_URL: cluster.url },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child.stderr.on('data', (chunk) => {
        log = (log + chunk).slice(-4000);
      });
      children.push({ child, log: () => log });
      urls.push(`http://127.0.0.1:${port}`);
    }
    // Together, so the four race to create the table, as a real deployment's would.
    await Promise.all(
      urls.map((url, index) =>
        waitForServer(`${url}/`, children[index].child, children[index].log),
      ),
    );

    const expected = new Set();
    const counts = { form: 0, browser: 0, reports: 0, repeated: 0 };
    const pick = () => urls[Math.floor(next() * urls.length)];
    const report = async (record, cookie) => {
      const site = pick();
      const response = await fetch(`${site}/consent-records`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: site, Cookie: cookie },
        body: JSON.stringify(record),
      });
      counts.reports += 1;
      if (response.status !== 204)
        throw new Error(`A report got ${response.status}: ${await response.text()}`);
    };
    // Each visitor decides four times, one decision after another; visitors run side by side.
    const perVisitor = 4;
    const visitors = Math.ceil(decisions / perVisitor);
    let made = 0;
    const visit = async () => {
      let cookie = '';
      let previous;
      for (let step = 0; step < perVisitor && made < decisions; step++) {
        made += 1;
        const analytical = next() < 0.5;
        let record;
        if (next() < 0.5) {
          // The no-JavaScript form: the server makes the decision and records it.
          const site = pick();
          const response = await fetch(`${site}/cookies`, {
            method: 'POST',
            redirect: 'manual',
            headers: {
              'Content-Type': 'application/x-www-form-urlencoded',
              Origin: site,
              ...(cookie && { Cookie: cookie }),
            },
            body: `analytical=${analytical ? 'accept' : 'reject'}&return=/`,
          });
          if (response.status !== 303)
            throw new Error(`A form post got ${response.status}: ${await response.text()}`);
          const set = response.headers
            .getSetCookie()
            .find((header) => header.startsWith(`${CONSENT_COOKIE}=`));
          cookie = set.split(';')[0];
          record = recordOf(cookie.slice(CONSENT_COOKIE.length + 1));
          counts.form += 1;
          // Sometimes the browser reports it as well.
          if (next() < 0.2) await report(record, cookie);
        } else {
          // The browser: the manager dates the decision after the one it replaces, stores it
          // in the cookie, and reports it.
          const id = previous?.id ?? randomUUID();
          const after = previous ? Date.parse(previous.decidedAt) + 1 : 0;
          const decision = {
            analytical,
            policyVersion: POLICY_VERSION,
            decidedAt: new Date(Math.max(Date.now(), after)).toISOString(),
            method: next() < 0.5 ? 'banner' : 'preferences',
            id,
            decisionId: randomUUID(),
          };
          cookie = `${CONSENT_COOKIE}=${encodeConsent(decision)}`;
          record = { ...decision, necessary: true };
          counts.browser += 1;
          await report(record, cookie);
          // A replay, or the report retried by a flaky network, to another server.
          if (next() < 0.2) {
            counts.repeated += 1;
            await report(record, cookie);
          }
        }
        expected.add(record.decisionId);
        previous = record;
      }
    };
    let nextVisitor = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (nextVisitor < visitors) {
          nextVisitor += 1;
          await visit();
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;

    const client = new pg.Client(cluster.url);
    await client.connect();
    const { rows } = await client.query(
      'SELECT decision_id::text AS id FROM ddscp_consent_records',
    );
    await client.end();
    const stored = rows.map((row) => row.id);
    const distinct = new Set(stored);
    const lost = [...expected].filter((id) => !distinct.has(id)).length;
    const duplicated = stored.length - distinct.size;
    const unexpected = [...distinct].filter((id) => !expected.has(id)).length;
    const figures = {
      decisions: expected.size,
      ...counts,
      stored: stored.length,
      lost,
      duplicated,
      unexpected,
      seconds,
    };
    console.log(
      `  ${expected.size.toLocaleString('en-GB')} decisions (${counts.form} by the form, ${counts.browser} in the browser; ${counts.reports} reports, ${counts.repeated} of them repeats) through ${servers} servers on one PostgreSQL in ${seconds.toFixed(1)} s: ${lost} lost, ${duplicated} duplicated, ${unexpected} unexpected.`,
    );
    if (lost || duplicated || unexpected || expected.size !== decisions)
      throw new Error(`Proof of consent under load: ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    for (const { child } of children) child.kill('SIGTERM');
    await Promise.all(
      children.map(
        ({ child }) =>
          new Promise((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            const timer = setTimeout(() => {
              child.kill('SIGKILL');
              resolve();
            }, 5000);
            child.on('exit', () => {
              clearTimeout(timer);
              resolve();
            });
          }),
      ),
    );
    await cluster.stop();
  }
}
