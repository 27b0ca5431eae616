// The server side end to end: a real `node:http` server on 127.0.0.1 (port 0), driven by real
// HTTP requests, doing what a site's cookies page does without JavaScript.
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { config, DECISION_ID, ID } from '../../test/fixtures';
import { encodeConsent } from '../cookies/consent-cookie-format';
import type { ConsentRecord } from '../decision/consent-record';
import { clearCookieHeaders } from './clear-cookie-headers';
import { ConsentFormError } from './consent-form-error';
import { consentSetCookie } from './consent-set-cookie';
import { parseConsentForm } from './parse-consent-form';
import { readConsent } from './read-consent';

const records: ConsentRecord[] = [];

async function readBody(req: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/** The site: GET returns the consent state as JSON; POST /cookies is the no-JavaScript form. */
const site = createServer(async (req, res) => {
  if (req.method === 'POST' && req.url === '/cookies') {
    try {
      const choice = parseConsentForm(await readBody(req));
      res.setHeader('Set-Cookie', [
        consentSetCookie(config, choice, {
          request: req,
          secure: false,
          onRecord: (record) => records.push(record),
        }),
        ...(choice.analytical ? [] : clearCookieHeaders(config, req)),
      ]);
      res.writeHead(303, { Location: '/cookies?saved=1' }).end();
    } catch (error) {
      if (!(error instanceof ConsentFormError)) throw error;
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end(error.message);
    }
    return;
  }
  res
    .writeHead(200, { 'Content-Type': 'application/json' })
    .end(JSON.stringify(readConsent(config, req)));
});

let port = 0;
beforeAll(async () => {
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  port = (site.address() as AddressInfo).port;
});
afterAll(
  () =>
    new Promise<void>((resolve, reject) =>
      (site as Server).close((error) => (error ? reject(error) : resolve())),
    ),
);

interface Reply {
  status: number;
  setCookie: string[];
  body: string;
}

/** One real HTTP request, with full control of the headers (Host included). */
function send(
  method: 'GET' | 'POST',
  path: string,
  headers: Record<string, string> = {},
  body = '',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { Host: 'www.example.gov.uk', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => {
          text += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            setCookie: res.headers['set-cookie'] ?? [],
            body: text,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

const form = (body: string, cookie = '') =>
  send(
    'POST',
    '/cookies',
    { 'Content-Type': 'application/x-www-form-urlencoded', ...(cookie && { Cookie: cookie }) },
    body,
  );
/** A consent cookie's value as an earlier visit left it, decided `minutesAgo`. */
const earlier = (analytical: boolean, policyVersion: number, minutesAgo: number, id = ID) =>
  encodeConsent({
    analytical,
    policyVersion,
    decidedAt: new Date(Math.floor(Date.now() / 60_000 - minutesAgo) * 60_000).toISOString(),
    method: 'banner',
    id,
    decisionId: DECISION_ID,
  });
const OTHER_ID = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';
const cookieOf = (reply: Reply) => (reply.setCookie[0] as string).split(';')[0] as string;

describe('the server side over real HTTP', () => {
  it('reads an undecided visitor', async () => {
    const reply = await send('GET', '/');
    expect(JSON.parse(reply.body)).toEqual({
      decided: false,
      necessary: true,
      analytical: false,
      policyVersion: 3,
    });
  });

  it('reads Sec-GPC: 1 as "no" to analytics', async () => {
    const reply = await send('GET', '/', { 'Sec-GPC': '1' });
    expect(JSON.parse(reply.body)).toMatchObject({
      decided: true,
      analytical: false,
      method: 'gpc',
    });
  });

  it('stores a choice from the form and reads it back on the next request', async () => {
    const saved = await form('analytical=yes');
    expect(saved.status).toBe(303);
    expect(saved.setCookie).toHaveLength(1);
    expect(saved.setCookie[0]).toMatch(
      /^ddscp_consent=2\.1\.3\.[\da-z]+\.f\.[\da-f-]{36}\.[\da-f-]{36}; Max-Age=31536000; Path=\/; Domain=example\.gov\.uk; SameSite=Lax$/,
    );
    const next = JSON.parse((await send('GET', '/', { Cookie: cookieOf(saved) })).body);
    expect(next).toMatchObject({ decided: true, analytical: true, method: 'form' });
  });

  it('on withdrawal, stores the refusal with the same id and deletes the analytics cookies', async () => {
    const accepted = await form('analytical=yes');
    const id = cookieOf(accepted).split('.')[5];
    const withdrawn = await form(
      'analytical=no',
      `${cookieOf(accepted)}; _ga=GA1.1.1; _ga_ABC123=GS1.1.2; session=1`,
    );
    expect(cookieOf(withdrawn)).toMatch(
      new RegExp(`^ddscp_consent=2\\.0\\.3\\..+\\.f\\.${id}\\.[\\da-f-]{36}$`),
    );
    const deleted = withdrawn.setCookie.slice(1);
    expect(new Set(deleted.map((header) => header.split('=')[0]))).toEqual(
      new Set(['_ga', '_ga_ABC123']),
    );
    expect(deleted).toContain(
      '_ga=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Domain=example.gov.uk',
    );
    expect(records.at(-1)).toMatchObject({
      analytical: false,
      method: 'form',
      id,
      necessary: true,
    });
  });

  it('keeps the visitor’s id from a decision under an older policy, without being told', async () => {
    const saved = await form('analytical=no', `ddscp_consent=${earlier(true, 2, 60)}`);
    expect(cookieOf(saved)).toMatch(
      new RegExp(`^ddscp_consent=2\\.0\\.3\\..+\\.f\\.${ID}\\.[\\da-f-]{36}$`),
    );
    expect(records.at(-1)).toMatchObject({ id: ID, policyVersion: 3 });
  });

  it('reads a valid copy of the consent cookie behind a malformed one', async () => {
    const cookie = `ddscp_consent=garbage; ddscp_consent=${earlier(true, 3, 5)}`;
    const state = JSON.parse((await send('GET', '/', { Cookie: cookie })).body);
    expect(state).toMatchObject({ decided: true, analytical: true, id: ID });
  });

  it('reads the latest of several copies: an old host-only one in front does not win', async () => {
    const cookie = `ddscp_consent=${earlier(false, 2, 600, OTHER_ID)}; ddscp_consent=${earlier(true, 3, 5)}`;
    const state = JSON.parse((await send('GET', '/', { Cookie: cookie })).body);
    expect(state).toMatchObject({ decided: true, analytical: true, id: ID });
    const saved = await form('analytical=no', cookie);
    expect(cookieOf(saved)).toContain(`.f.${ID}`);
  });

  it('answers a hostile withdrawal (13 KB of analytics cookies, a 30-label Host) with a few headers', async () => {
    const cookie = Array.from({ length: 1200 }, (_, index) => `_ga_${index}=1`).join('; ');
    const host = `${Array.from({ length: 28 }, (_, index) => `a${index}`).join('.')}.gov.uk`;
    const reply = await send(
      'POST',
      '/cookies',
      { Host: host, 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      'analytical=no',
    );
    expect(reply.status).toBe(303);
    expect(reply.setCookie.length).toBeGreaterThan(1);
    expect(reply.setCookie.length).toBeLessThanOrEqual(101);
  });

  it('answers a hostile form with 400 and a message, storing nothing', async () => {
    const before = records.length;
    const reply = await form('analytical=%00%ff&analytical=yes');
    expect(reply.status).toBe(400);
    expect(reply.body).toContain('The consent form\'s "analytical" field is');
    expect(reply.setCookie).toEqual([]);
    expect(records).toHaveLength(before);
  });
});
