import { isoDate } from '@ddscp/domain';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.use(async (c, next) => {
  await next();
  c.header('Content-Security-Policy', "default-src 'self'");
});
app.get('/', (c) =>
  c.html(
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Child Safeguarding Practice Reviews - DDSCP</title></head><body><main><h1>Child Safeguarding Practice Reviews</h1><p>${isoDate('2024-03-15')}</p></main></body></html>`,
  ),
);

const port = Number(process.env.PORT ?? 8081);
serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
  console.log(`Server example at http://127.0.0.1:${port}/`);
});
