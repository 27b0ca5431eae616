#!/usr/bin/env node
// Stands in for the CMS or web server that hosts the pages: it serves the files in site/ as
// they are (no build step), and, under /assets/ddscp-consent/, the two files of the installed
// @ddscp/consent that a CMS theme would carry in its own assets folder (browser.js and
// ui.css). Every page gets the headers a host should send, a strict Content Security Policy
// among them; POST /collect takes the demo analytics' beacons. Plain Node, no dependencies.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const site = fileURLToPath(new URL('./site/', import.meta.url));
/** The consent files, from the installed package, at the address the pages use for them. */
const assets = {
  '/assets/ddscp-consent/browser.js': require.resolve('@ddscp/consent/browser.js'),
  '/assets/ddscp-consent/ui.css': require.resolve('@ddscp/consent/ui.css'),
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
};
const HEADERS = {
  // Everything from this origin, nothing inline: the pages need nothing more.
  'Content-Security-Policy': "default-src 'self'",
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
};

/** The file a path names: a consent asset, or a file under site/ (never outside it). */
function fileFor(pathname) {
  if (Object.hasOwn(assets, pathname)) return assets[pathname];
  const path = normalize(join(site, decodeURIComponent(pathname)));
  if (!path.startsWith(site)) return undefined;
  return pathname.endsWith('/') ? join(path, 'index.html') : path;
}

const server = createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/collect') {
    response.writeHead(204, HEADERS).end();
    return;
  }
  let file;
  try {
    file = fileFor(pathname);
  } catch {
    // A malformed %-escape: no such file.
  }
  const body = file && (await readFile(file).catch(() => undefined));
  if (!body) {
    response.writeHead(404, { ...HEADERS, 'Content-Type': 'text/plain' }).end('Not found');
    return;
  }
  response.writeHead(200, { ...HEADERS, 'Content-Type': TYPES[extname(file)] ?? 'text/plain' });
  response.end(body);
});

const port = Number(process.env.PORT ?? 8082);
server.listen(port, '127.0.0.1', () => {
  console.log(`The plain HTML example: http://127.0.0.1:${server.address().port}/`);
});
