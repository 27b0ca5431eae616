import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trafficRules } from './traffic';
import { startTrafficProxy, type TrafficProxy } from './traffic-proxy';

let site: Server;
let sitePort = 0;
let proxy: TrafficProxy;
const seen: string[] = [];

beforeAll(async () => {
  site = createServer((incoming, response) => {
    seen.push(`${incoming.method} ${incoming.url} ${incoming.headers['proxy-connection'] ?? ''}`);
    response.writeHead(200, { 'Set-Cookie': 'a=1', 'X-Site': 'yes' }).end('hello');
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  sitePort = (site.address() as AddressInfo).port;
  proxy = await startTrafficProxy(trafficRules(`http://127.0.0.1:${sitePort}`, []));
});
afterAll(async () => {
  await proxy.close();
  await new Promise((resolve) => site.close(resolve));
});

/** Sends a request for `url` through the proxy, as a browser configured with it does. */
function viaProxy(
  url: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { port } = new URL(proxy.server);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path: url,
        headers: { Host: new URL(url).host, 'Proxy-Connection': 'keep-alive' },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk) => {
          body += chunk;
        });
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Opens a tunnel through the proxy; resolves with the proxy's status line. */
function tunnel(target: string): Promise<string> {
  const { port } = new URL(proxy.server);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`),
    );
    socket.once('data', (data) => {
      resolve(String(data).split('\r\n')[0] ?? '');
      socket.destroy();
    });
    socket.on('error', reject);
  });
}

describe('the traffic proxy', () => {
  it('forwards what the rules allow, with its headers, and drops hop-by-hop ones', async () => {
    const answer = await viaProxy(`http://127.0.0.1:${sitePort}/page?x=1`);
    expect(answer).toMatchObject({
      status: 200,
      body: 'hello',
      headers: { 'set-cookie': ['a=1'], 'x-site': 'yes' },
    });
    expect(seen.at(-1)).toBe('GET /page?x=1 ');
  });

  it('answers 403 to everything else, without reaching it', async () => {
    const before = seen.length;
    expect((await viaProxy('http://127.0.0.1:9/elsewhere')).status).toBe(403);
    expect((await viaProxy('http://tracker.example/pixel')).status).toBe(403);
    expect(seen).toHaveLength(before);
  });

  it('opens tunnels only to allowed hosts and ports', async () => {
    expect(await tunnel(`127.0.0.1:${sitePort}`)).toBe('HTTP/1.1 200 Connection Established');
    expect(await tunnel('accounts.google.com:443')).toBe('HTTP/1.1 403 Forbidden');
    expect(await tunnel('127.0.0.1:9')).toBe('HTTP/1.1 403 Forbidden');
  });
});
