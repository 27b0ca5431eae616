// Starts the example site. Settings come from the environment:
//   PORT          the port on 127.0.0.1 (default 8081)
//   DATABASE_URL  PostgreSQL for proof of consent (postgres://user:password@host:5432/db),
//                 which several servers can share; when unset, the SQLite file CONSENT_DB
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
import { openConsentRecords, type RecordsLocation } from './consent-records';

/** Stops at start-up with the reason in one line, for a setting or file that cannot work. */
function explainAndStop(error: unknown): never {
  console.error(
    `Server example cannot start: ${String((error as Error)?.message ?? error).split('\n')[0]}`,
  );
  process.exit(1);
}

const port = Number(process.env.PORT ?? 8081);
const databasePath = process.env.CONSENT_DB ?? 'data/consent-records.sqlite';
const location: RecordsLocation = process.env.DATABASE_URL
  ? { postgres: process.env.DATABASE_URL }
  : { sqlite: databasePath };
// Checked at start-up: a mistyped date stops the server with a message that says why.
let fixedToday: ReturnType<typeof isoDate> | undefined;
try {
  fixedToday = process.env.SITE_TODAY ? isoDate(process.env.SITE_TODAY, 'SITE_TODAY') : undefined;
} catch (error) {
  explainAndStop(error);
}

// npm sets INIT_CWD to the folder `npm start` was run in: a relative CATALOG is from there.
let catalog: ReturnType<typeof loadCatalog>;
try {
  catalog = loadCatalog(process.env.CATALOG, process.env.INIT_CWD);
} catch (error) {
  explainAndStop(error);
}

if ('sqlite' in location && location.sqlite !== ':memory:')
  mkdirSync(dirname(location.sqlite), { recursive: true });
const records = await openConsentRecords(location).catch(explainAndStop);
const app = createApp({ records, catalog, ...(fixedToday && { today: () => fixedToday }) });
// The password of a connection string stays out of the log.
const where = 'postgres' in location ? 'PostgreSQL (DATABASE_URL)' : location.sqlite;

const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, () => {
  console.log(
    `Server example at http://127.0.0.1:${port}/ (consent records in ${where}; catalogue: ${process.env.CATALOG || 'the sample'})`,
  );
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    // Records still waiting for a lock are written (or reported) before the process ends.
    void records.close().finally(() => process.exit(0));
  });
}
