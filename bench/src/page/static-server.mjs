// A tiny HTTP server for the measured pages: files held in memory, compressed once with gzip
// -9 for browsers that ask for it (Chromium does not offer brotli over plain http), never
// cached, on 127.0.0.1 only.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';

const TYPES = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css' };

/**
 * Serves `files` (a Map of path → string or bytes) and resolves with `{ url, close }`.
 */
export function serveFiles(files) {
  const prepared = new Map();
  for (const [path, content] of files) {
    const body = Buffer.from(content);
    const type = TYPES[path.split('.').pop()] ?? TYPES.html;
    prepared.set(path, { body, gzipped: gzipSync(body, { level: 9 }), type });
  }
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    const file = prepared.get(path) ?? prepared.get(`${path.replace(/\/$/, '')}/index.html`);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(200, {
      'content-type': file.type,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    response.end(gzip ? file.gzipped : file.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}
