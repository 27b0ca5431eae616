// Starts the example site. Settings come from the environment:
//   PORT          the port on 127.0.0.1 (default 8081)
//   CONSENT_DB    the SQLite file for proof of consent (default data/consent-records.sqlite)
//   SITE_TODAY    show the reviews as on this day (YYYY-MM-DD), to preview the page on a
//                 future date; by default today in England
//   CATALOG       the catalogue file to show (relative to where npm start was run); by
//                 default the sample that ships with @ddscp/domain
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isoDate } from '@ddscp/domain';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { loadCatalog } from './catalog-file';
import { openConsentRecords } from './consent-records';

/** Stops at start-up with the reason in one line, for a setting or file that cannot work. */
function startOrExplain<T>(start: () => T): T {
  try {
    return start();
  } catch (error) {
    console.error(`Server example cannot start: ${(error as Error).message}`);
    process.exit(1);
  }
}

const port = Number(process.env.PORT ?? 8081);
const databasePath = process.env.CONSENT_DB ?? 'data/consent-records.sqlite';
// Checked at start-up: a mistyped date stops the server with a message that says why.
const fixedToday = startOrExplain(() =>
  process.env.SITE_TODAY ? isoDate(process.env.SITE_TODAY, 'SITE_TODAY') : undefined,
);

// npm sets INIT_CWD to the folder `npm start` was run in: a relative CATALOG is from there.
const catalog = startOrExplain(() => loadCatalog(process.env.CATALOG, process.env.INIT_CWD));

if (databasePath !== ':memory:') mkdirSync(dirname(databasePath), { recursive: true });
const records = startOrExplain(() => openConsentRecords(databasePath));
const app = createApp({ records, catalog, ...(fixedToday && { today: () => fixedToday }) });

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
  console.log(
    `Server example at http://127.0.0.1:${port}/ (consent records in ${databasePath}; catalogue: ${process.env.CATALOG || 'the sample'})`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    records.close();
    process.exit(0);
  });
}
