// What the audit never does, in real Chromium: reach a host it was not given (not through a
// redirect, an image, a script or an address written as an IP), follow endless redirects,
// or run past its time limit.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditError } from '../../src/audit/audit-error';
import type { AuditOptions } from '../../src/audit/audit-options';
import { auditSite } from '../../src/audit/audit-site';
import { type FixtureSite, fixtureConfig, startFixtureSite } from './audit-fixture-site';

/** Another origin: the same address, another port. It counts what reaches it. */
let other: Server;
let otherPort = 0;
const reachedOther: string[] = [];
let site: FixtureSite;

beforeAll(async () => {
  other = createServer((request, response) => {
    reachedOther.push(request.url ?? '');
    response.writeHead(200, { 'Content-Type': 'text/javascript' }).end('');
  });
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
  otherPort = (other.address() as AddressInfo).port;
  site = await startFixtureSite((path) => {
    const elsewhere = `http://127.0.0.1:${otherPort}`;
    if (path === '/traffic/')
      return {
        headers: { 'Content-Type': 'text/html' },
        body: `<!doctype html><html lang="en"><title>Traffic</title>
          <img src="${elsewhere}/pixel.gif" alt=""><script src="${elsewhere}/tag.js"></script>
          <a href="/traffic/away">Away</a>`,
      };
    if (path === '/traffic/away')
      return { status: 302, headers: { Location: `${elsewhere}/landing` } };
    if (path === '/loop') return { status: 302, headers: { Location: '/loop' } };
    const hop = /^\/hops\/(\d+)$/.exec(path);
    if (hop && Number(hop[1]) > 0)
      return { status: 302, headers: { Location: `/hops/${Number(hop[1]) - 1}` } };
    if (path === '/missing/') return { status: 404, body: 'Not here' };
    if (path === '/slow/') return 'hang';
    return undefined;
  });
});
afterAll(async () => {
  await site?.close();
  await new Promise((resolve) => other?.close(resolve));
});

const { ui: _, ...config } = fixtureConfig();
const audit = (path: string, options: AuditOptions = {}) =>
  auditSite(`${site.url}${path}`, { config: config as never, pages: 1, settleMs: 200, ...options });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the audit to fail');
    },
    (error: unknown) => error as AuditError,
  );

describe('the audit’s traffic', { timeout: 90_000 }, () => {
  it('reaches only the site’s origin: other hosts, their redirects included, never see a request', async () => {
    reachedOther.length = 0;
    const report = await audit('/traffic/');
    expect(reachedOther).toEqual([]);
    const blocked = report.notes.find((note) => note.code === 'requests-blocked');
    expect(blocked?.urls).toEqual(
      expect.arrayContaining([
        `http://127.0.0.1:${otherPort}/pixel.gif`,
        `http://127.0.0.1:${otherPort}/tag.js`,
        `http://127.0.0.1:${otherPort}/landing`,
      ]),
    );
    expect(blocked?.fix).toContain(`--allow-host 127.0.0.1:${otherPort}`);
    expect(report.notes).toContainEqual(
      expect.objectContaining({ code: 'page-not-audited', page: `${site.url}/traffic/away` }),
    );
  });

  it('reaches a host named with allowHosts', async () => {
    reachedOther.length = 0;
    await audit('/traffic/', { allowHosts: [`127.0.0.1:${otherPort}`], pages: 0 });
    expect(reachedOther).toEqual(expect.arrayContaining(['/pixel.gif', '/tag.js']));
  });
});

describe('the audit’s limits', { timeout: 60_000 }, () => {
  it('could not run when the start page redirects without end, or too often', async () => {
    const loop = await failure(audit('/loop'));
    expect(loop).toBeInstanceOf(AuditError);
    expect(loop.code).toBe('unreachable');
    expect(loop.message).toContain('ERR_TOO_MANY_REDIRECTS');
    const hops = await failure(audit('/hops/7', { maxRedirects: 5 }));
    expect(hops.message).toBe(
      `${site.url}/hops/7 could not be audited: it took 7 redirects (at most 5).`,
    );
  });

  it('could not run when the start page is missing', async () => {
    const missing = await failure(audit('/missing/'));
    expect(missing.message).toBe(
      `${site.url}/missing/ could not be audited: the server answered 404 for ${site.url}/missing/.`,
    );
  });

  it('stops by itself at its time limit, saying where it was', async () => {
    const timedOut = await failure(audit('/slow/', { timeoutMs: 2000, pageTimeoutMs: 60_000 }));
    expect(timedOut.code).toBe('timeout');
    expect(timedOut.message).toBe(
      'the audit did not finish within 2 s (it was checking before any choice): raise --timeout, or audit fewer pages with --pages.',
    );
  });

  it('stops when asked to', async () => {
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 500);
    const stopped = await failure(audit('/slow/', { signal: stop.signal, pageTimeoutMs: 60_000 }));
    expect(stopped.code).toBe('aborted');
  });
});
