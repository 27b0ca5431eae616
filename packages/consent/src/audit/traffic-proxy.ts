// The audit's browser sends everything through this proxy on 127.0.0.1, loopback included,
// so nothing reaches a host the rules do not allow: not a redirect's next hop (which
// Playwright's request routing does not see), not an address given as an IP, not a
// preconnect or a WebSocket. The browser's own background requests end here too.
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, type Socket } from 'node:net';
import type { TrafficRules } from './traffic';

/** A running proxy: its address for the browser, and the function that stops it. */
export interface TrafficProxy {
  /** `http://127.0.0.1:PORT`. */
  readonly server: string;
  close(): Promise<void>;
}

/** Headers that belong to one hop and are not forwarded (RFC 9110 section 7.6.1). */
const HOP_BY_HOP =
  /^(connection|keep-alive|proxy-authenticate|proxy-authorization|proxy-connection|te|trailer|upgrade)$/i;

/** Starts a forward proxy that lets through only what `rules` allow, and answers 403 to the rest. */
export async function startTrafficProxy(rules: TrafficRules): Promise<TrafficProxy> {
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const url = request.url ?? '';
    if (!/^https?:\/\//i.test(url) || !rules.allows(url)) {
      response
        .writeHead(403, { 'Content-Type': 'text/plain' })
        .end('Blocked by ddscp-consent audit');
      request.resume();
      return;
    }
    const target = new URL(url);
    const headers: string[] = [];
    for (let index = 0; index < request.rawHeaders.length; index += 2) {
      const name = request.rawHeaders[index] as string;
      if (!HOP_BY_HOP.test(name)) headers.push(name, request.rawHeaders[index + 1] as string);
    }
    const upstream = httpRequest(
      {
        host: target.hostname.replace(/^\[|\]$/g, ''),
        port: target.port || 80,
        method: request.method,
        path: `${target.pathname}${target.search}`,
        headers,
      },
      (answer: IncomingMessage) => {
        const back: string[] = [];
        for (let index = 0; index < answer.rawHeaders.length; index += 2) {
          const name = answer.rawHeaders[index] as string;
          if (!HOP_BY_HOP.test(name)) back.push(name, answer.rawHeaders[index + 1] as string);
        }
        response.writeHead(answer.statusCode ?? 502, answer.statusMessage, back);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.destroy());
    request.pipe(upstream);
  });
  // https: and wss: (and ws: through a proxy) arrive as tunnels to host:port.
  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    const match = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(request.url ?? '');
    const host = match?.[1] ?? '';
    const port = Number(match?.[2]);
    if (!match || !rules.allowsTunnel(host, port)) {
      client.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    const upstream = connect(port, host.replace(/^\[|\]$/g, ''), () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // A plain ws: upgrade sent to the proxy as a request: not forwarded.
  server.on('upgrade', (_request, socket: Socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
