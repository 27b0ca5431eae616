import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { config } from '../../test/fixtures';
import { record as someRecord } from '../../test/record-store-contract';
import { consentCookieValue } from '../cookies/consent-cookie-format';
import type { ConsentRecord } from '../decision/consent-record';
import { ConsentRecordStoreError } from './consent-record-errors';
import type { ConsentRecordStore } from './consent-record-store';
import { handleConsentReport } from './handle-consent-report';
import { createMemoryRecordStore } from './memory-record-store';

const SITE = 'https://www.example.gov.uk';
const NOW = Date.parse('2026-03-01T12:00:00.000Z');

const cookieOf = (record: ConsentRecord) => `ddscp_consent=${consentCookieValue(record)}`;

/** A report as the browser's manager sends it, with any header changed or removed (null). */
function report(
  record: unknown,
  headers: Record<string, string | null> = {},
  init: RequestInit = {},
): Request {
  const all: Record<string, string | null> = {
    origin: SITE,
    'sec-fetch-site': 'same-origin',
    'content-type': 'text/plain;charset=UTF-8',
    ...(!('cookie' in headers) && { cookie: cookieOf(record as ConsentRecord) }),
    ...headers,
  };
  return new Request(`${SITE}/consent-records`, {
    method: 'POST',
    headers: Object.fromEntries(
      Object.entries(all).filter(([, value]) => value !== null),
    ) as Record<string, string>,
    body: typeof record === 'string' ? record : JSON.stringify(record),
    ...init,
  });
}

const handle = (
  request: Request,
  store: ConsentRecordStore = createMemoryRecordStore(),
  options = {},
) => handleConsentReport(request, store, { config, now: NOW, ...options });

describe('handleConsentReport', () => {
  it('keeps a report that matches the cookie sent with it: added, then duplicate, without a body', async () => {
    const store = createMemoryRecordStore();
    const made = someRecord();
    const first = await handle(report(made), store);
    expect(first.status).toBe(204);
    expect(first.headers.get('consent-record')).toBe(`added; decision=${made.decisionId}`);
    expect(first.body).toBeNull();
    const again = await handle(report(made, { 'content-type': 'application/json' }), store);
    expect(again.status).toBe(204);
    expect(again.headers.get('consent-record')).toBe(`duplicate; decision=${made.decisionId}`);
    expect(await store.forVisitor(made.id)).toMatchObject([
      { source: 'beacon', decisionId: made.decisionId },
    ]);
  });

  it('reads the cookie with the configuration it is given, and the package defaults without one', async () => {
    const made = someRecord({ decidedAt: new Date(Date.now() - 1000).toISOString() });
    expect((await handleConsentReport(report(made), createMemoryRecordStore())).status).toBe(204);
    const renamed = report(made, { cookie: `site_consent=${consentCookieValue(made)}` });
    const custom = { cookie: { ...config.cookie, name: 'site_consent' } };
    expect(
      (await handleConsentReport(renamed, createMemoryRecordStore(), { config: custom })).status,
    ).toBe(204);
  });

  it('refuses a report the cookie does not hold: a forged record must forge the cookie too', async () => {
    const made = someRecord();
    const store = createMemoryRecordStore();
    const forged = [
      report(made, { cookie: null }),
      report(made, { cookie: 'ddscp_consent=garbage' }),
      report({ ...made, analytical: !made.analytical }, { cookie: cookieOf(made) }),
      report({ ...made, decisionId: someRecord().decisionId }, { cookie: cookieOf(made) }),
      report(someRecord(), { cookie: cookieOf(made) }),
    ];
    for (const request of forged) {
      const response = await handle(request, store);
      expect(response.status).toBe(409);
      expect(await response.text()).toBe(
        'The consent cookie sent with this report does not hold this decision.\n',
      );
    }
    expect(await store.count()).toBe(0);
  });

  it('refuses reports from other sites, by Origin or Sec-Fetch-Site', async () => {
    const made = someRecord();
    for (const headers of [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: 'http://www.example.gov.uk' },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: null, 'sec-fetch-site': 'cross-site' },
    ]) {
      const response = await handle(report(made, headers));
      expect(response.status, JSON.stringify(headers)).toBe(403);
    }
    // A client that sends neither (not a browser page) is judged by the cookie alone.
    expect((await handle(report(made, { origin: null, 'sec-fetch-site': null }))).status).toBe(204);
    // Behind a proxy, the site's public origin is given.
    const proxied = new Request('http://127.0.0.1:8080/consent-records', report(made));
    expect((await handle(proxied)).status).toBe(403);
    expect(
      (
        await handle(
          new Request('http://127.0.0.1:8080/consent-records', report(made)),
          undefined,
          { origins: [SITE] },
        )
      ).status,
    ).toBe(204);
  });

  it('answers other methods, types and sizes with 405, 415 and 413', async () => {
    const made = someRecord();
    const get = await handle(new Request(`${SITE}/consent-records`));
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/html',
    ])
      expect((await handle(report(made, { 'content-type': type }))).status).toBe(415);
    const padded = `${JSON.stringify(made)}${' '.repeat(5000)}`;
    expect((await handle(report(padded, { cookie: cookieOf(made) }))).status).toBe(413);
    // A body streamed without a length is cut off as soon as it is too long.
    let pulled = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024).fill(32));
      },
    });
    const streamed = await handle(
      report(made, {}, { body: endless, duplex: 'half' } as RequestInit),
    );
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it('answers malformed bodies with 400 and what is wrong, keeping nothing', async () => {
    const store = createMemoryRecordStore();
    const made = someRecord();
    const cases: [string, RegExp][] = [
      ['', /one consent record as JSON/],
      ['{"analytical":', /one consent record as JSON/],
      ['[1,2]', /record must be/],
      ['"text"', /record must be/],
      [
        JSON.stringify({ ...made, decidedAt: '2026-03-01T12:00:00Z' }),
        /decidedAt must be an ISO time/,
      ],
      [JSON.stringify({ ...made, method: '<script>' }), /method must be banner or preferences/],
      [`${'['.repeat(2000)}${']'.repeat(2000)}`, /record must be/],
    ];
    for (const [body, message] of cases) {
      const response = await handle(report(body, { cookie: cookieOf(made) }), store);
      expect(response.status, body.slice(0, 40)).toBe(400);
      expect(await response.text()).toMatch(message);
    }
    const notUtf8 = new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]);
    expect((await handle(report(made, {}, { body: notUtf8 }), store)).status).toBe(400);
    expect(await store.count()).toBe(0);
  });

  it('answers 503 when the store cannot write, and hands the record to onStoreError', async () => {
    const made = someRecord();
    const failing = {
      ...createMemoryRecordStore(),
      add: () => Promise.reject(new ConsentRecordStoreError('locked', { record: made })),
    };
    const onStoreError = vi.fn();
    const response = await handle(report(made), failing, { onStoreError });
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(onStoreError.mock.calls[0]?.[0].record).toEqual(made);
    // By default, one line of JSON on the console, with the record in it.
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    await handleConsentReport(report(made), failing, { config, now: NOW });
    expect(JSON.parse(log.mock.calls[0]?.[0] as string)).toMatchObject({ record: made });
    log.mockRestore();
  });

  it('never throws and never keeps anything for arbitrary bodies and cookies (property)', async () => {
    const store = createMemoryRecordStore();
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 600 }),
        fc.string({ maxLength: 200 }),
        async (body, cookie) => {
          const response = await handle(report(body, { cookie: `ddscp_consent=${cookie}` }), store);
          expect([400, 409]).toContain(response.status);
        },
      ),
      { numRuns: 300 },
    );
    expect(await store.count()).toBe(0);
  });
});
