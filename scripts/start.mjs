#!/usr/bin/env node
// npm start: builds the packages and serves a page that uses both of them, on the
// built-in sample data. (The example sites in examples/ replace this page once they land.)
import { createServer } from 'node:http';
import { run } from './lib/run.mjs';

process.env.TURBO_TELEMETRY_DISABLED = '1';
await run('turbo', ['run', 'build', '--output-logs=errors-only']);

const { parseCookieHeader } = await import('@ddscp/consent');
const { isoDate, InvalidDateError } = await import('@ddscp/domain');

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const server = createServer((request, response) => {
  const cookies = parseCookieHeader(request.headers.cookie);
  const samples = ['2024-03-15', '2024-02-29', '2023-02-29'].map((text) => {
    try {
      return `<li>${escapeHtml(text)}: a real day (${escapeHtml(isoDate(text))})</li>`;
    } catch (error) {
      if (!(error instanceof InvalidDateError)) throw error;
      return `<li>${escapeHtml(error.message)}</li>`;
    }
  });
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'self'",
  });
  response.end(`<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>DDSCP packages</title></head>
<body><main><h1>@ddscp/domain and @ddscp/consent</h1>
<h2>Calendar dates</h2><ul>${samples.join('')}</ul>
<h2>Cookies your browser sent</h2><p>${Object.keys(cookies).length} cookie(s): ${escapeHtml(Object.keys(cookies).join(', ') || 'none')}</p>
</main></body></html>`);
});

const port = Number(process.env.PORT ?? 8080);
server.listen(port, '127.0.0.1', () => {
  console.log(`\nServing the DDSCP packages page at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
});
