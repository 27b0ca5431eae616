import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import {
  type ConsentRecord,
  type ConsentRecordStore,
  ConsentRecordStoreError,
  handleConsentReport,
} from '@ddscp/consent/records';
import {
  ConsentFormError,
  clearCookieHeaders,
  consentSetCookie,
  parseConsentForm,
  readConsent,
} from '@ddscp/consent/server';
import { renderConsentBannerHtml, renderCookiePreferencesHtml } from '@ddscp/consent/ui';
import { type Catalog, ddscpCatalog, type IsoDate, ukToday } from '@ddscp/domain';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { csrf } from 'hono/csrf';
import { consentConfig, consentUi } from './consent-config';
import { cookiesPage } from './pages/cookies-page';
import { layout } from './pages/layout';
import { notFoundPage } from './pages/not-found-page';
import { reviewsPage } from './pages/reviews-page';

/** What the app needs from its surroundings. */
export interface AppOptions {
  /** Where every consent decision is kept (see consent-records.ts). */
  readonly records: ConsentRecordStore;
  /** The day the site shows the reviews for; by default today in England, at each request. */
  readonly today?: () => IsoDate;
  /** The catalogue the reviews page shows; the package's sample by default. */
  readonly catalog?: Catalog;
}

const require = createRequire(import.meta.url);
const staticFile = (path: string, type: string) => ({ body: readFileSync(path), type });
/** A file of the example's own `public/` folder (next to the built server). */
const publicFile = (name: string, type: string) =>
  staticFile(fileURLToPath(new URL(`./public/${name}`, import.meta.url)), type);
/** The few files the pages load, read once at start-up; nothing else is served from disk. */
const assets = {
  '/assets/site.js': publicFile('site.js', 'text/javascript'),
  '/assets/site.css': publicFile('site.css', 'text/css'),
  '/assets/consent-ui.css': staticFile(require.resolve('@ddscp/consent/ui.css'), 'text/css'),
  '/favicon.svg': publicFile('favicon.svg', 'image/svg+xml'),
  '/analytics.js': publicFile('analytics.js', 'text/javascript'),
};

/**
 * Where to send the visitor back to after the banner's form: a path on this site, never an
 * address another site could be reached by. The value is resolved as the browser would
 * resolve it (so `/.//evil.example` or `/a\..\\evil.example`, which normalise to
 * `//evil.example`, are caught), and anything not on this origin, or whose path would read as
 * another host, falls back to the home page.
 */
export function returnPath(value: unknown, requestUrl: string): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return '/';
  let target: URL;
  try {
    target = new URL(value, requestUrl);
  } catch {
    return '/';
  }
  const sameOrigin = target.origin === new URL(requestUrl).origin;
  return sameOrigin && !target.pathname.startsWith('//') ? target.pathname : '/';
}

/**
 * The site: the reviews page and the cookies page rendered on the server from the visitor's
 * consent cookie (no banner for those who have decided, so it never flashes), the
 * no-JavaScript consent form, proof of every decision in the package's record store, and a
 * strict CSP.
 */
export function createApp({ records, today = ukToday, catalog = ddscpCatalog }: AppOptions): Hono {
  const app = new Hono();

  app.use(async (c, next) => {
    await next();
    c.header('Content-Security-Policy', "default-src 'self'");
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Content-Type-Options', 'nosniff');
  });
  // Another site must not be able to make a visitor's browser post a choice they did not make
  // (cross-site request forgery): a POST must come from a page of this origin, as the browser
  // says in Sec-Fetch-Site or Origin. And no form here is more than a few hundred bytes.
  app.use(csrf());
  app.use('*', async (c, next) =>
    c.req.method === 'POST'
      ? bodyLimit({
          maxSize: 8 * 1024,
          onError: (c) => c.text('The form sent is too large.', 413),
        })(c, next)
      : next(),
  );

  /** The banner for a visitor who has not decided, or its confirmation after the form. */
  const bannerFor = (request: Request) => {
    const url = new URL(request.url);
    return renderConsentBannerHtml(consentConfig, readConsent(consentConfig, request), {
      ...consentUi,
      returnUrl: url.pathname,
      saved: url.searchParams.get('cookies') === 'saved',
    });
  };

  app.get('/', (c) => {
    const day = today();
    return c.html(
      layout({
        title: 'Child Safeguarding Practice Reviews',
        path: '/',
        bannerHtml: bannerFor(c.req.raw),
        today: day,
        main: reviewsPage(catalog, day),
      }),
    );
  });

  app.get('/cookies', async (c) => {
    const state = readConsent(consentConfig, c.req.raw);
    const preferences = renderCookiePreferencesHtml(consentConfig, state, {
      ...consentUi,
      saved: c.req.query('cookies') === 'saved',
    });
    return c.html(
      layout({
        title: 'Cookies',
        path: '/cookies',
        // The cookies page has the choice itself, so no banner (as on GOV.UK).
        bannerHtml: '',
        today: today(),
        main: cookiesPage(
          preferences,
          state.id ? await records.forVisitor(state.id, { limit: 50 }) : [],
        ),
      }),
    );
  });

  // Both forms post here when JavaScript is off: the banner's buttons (accept/reject, back to
  // their page) and the cookies page (yes/no, back to the cookies page).
  app.post('/cookies', async (c) => {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      return c.text(
        'The consent form must be sent as application/x-www-form-urlencoded or multipart/form-data.',
        400,
      );
    }
    let choice: ReturnType<typeof parseConsentForm>;
    try {
      choice = parseConsentForm(form);
    } catch (error) {
      if (error instanceof ConsentFormError) return c.text(error.message, 400);
      throw error;
    }
    // The request's consent cookie gives the visitor's id, so their decisions stay linked.
    let record: ConsentRecord | undefined;
    const cookie = consentSetCookie(consentConfig, choice, {
      request: c.req.raw,
      secure: new URL(c.req.url).protocol === 'https:',
      onRecord: (made) => {
        record = made;
      },
    });
    // Proof first: the same store as the browser's reports, so a decision sent both ways is
    // kept once. If it cannot be kept, analytics is not switched on (a refusal still counts).
    try {
      await records.add(record as ConsentRecord, { source: 'form' });
    } catch (error) {
      if (!(error instanceof ConsentRecordStoreError)) throw error;
      console.error(
        JSON.stringify({ event: 'consent record not stored', error: error.message, record }),
      );
      if (choice.analytical)
        return c.text(
          'Your choice could not be saved just now. Please try again in a moment.',
          503,
          {
            'Retry-After': '5',
          },
        );
    }
    const headers = new Headers({ 'Set-Cookie': cookie });
    // Refusing or withdrawing deletes the analytics cookies the browser sent, everywhere.
    if (!choice.analytical) {
      for (const header of clearCookieHeaders(consentConfig, c.req.raw)) {
        headers.append('Set-Cookie', header);
      }
    }
    const fromBanner = /^(accept|reject)$/.test(String(form.get('analytical')));
    const back = new URL(
      fromBanner ? returnPath(form.get('return'), c.req.url) : '/cookies',
      c.req.url,
    );
    back.searchParams.set('cookies', 'saved');
    headers.set('Location', `${back.pathname}${back.search}`);
    return new Response(null, { status: 303, headers });
  });

  // The browser reports each decision it stores (banner or cookies page with JavaScript): the
  // record is kept only if the consent cookie sent with the report holds exactly that decision.
  app.post('/consent-records', (c) =>
    handleConsentReport(c.req.raw, records, { config: consentConfig }),
  );

  // The demo analytics' beacons land here (a real site would send them to its provider).
  app.post('/collect', (c) => c.body(null, 204));

  for (const [path, { body, type }] of Object.entries(assets)) {
    app.get(path, (c) => c.body(body, 200, { 'Content-Type': type, 'Cache-Control': 'no-cache' }));
  }

  app.notFound((c) =>
    c.html(
      layout({
        title: 'Page not found',
        bannerHtml: bannerFor(c.req.raw),
        today: today(),
        main: notFoundPage(c.req.path),
      }),
      404,
    ),
  );

  return app;
}
