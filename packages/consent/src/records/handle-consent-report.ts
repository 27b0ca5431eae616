import type { ConsentCookieSettings } from '../config/consent-config';
import { latestConsentDecision } from '../cookies/latest-consent-decision';
import { checkConsentRecord, sameDecision } from './check-consent-record';
import {
  ConsentRecordConflictError,
  ConsentRecordError,
  ConsentRecordStoreError,
} from './consent-record-errors';
import type { ConsentRecordStore } from './consent-record-store';

/** A record is about 300 bytes of JSON: a report body beyond this is not one. */
const MAX_BODY_BYTES = 4096;

/** Options of {@link handleConsentReport}. */
export interface ConsentReportOptions {
  /**
   * The configuration, for the consent cookie's name and lifetimes; default the package's
   * defaults (`ddscp_consent`, 365 days). Pass your `defineConsentConfig` result.
   */
  readonly config?: { readonly cookie: Pick<ConsentCookieSettings, 'name' | 'maxAgeDays'> };
  /**
   * The origins your pages are served from, such as `['https://www.example.gov.uk']`; a
   * report whose `Origin` is another is refused. Default: the origin of `request.url`. Set it
   * behind a proxy that changes the request's URL.
   */
  readonly origins?: readonly string[];
  /**
   * Told of a record the store could not keep (after its retries), with the record in the
   * error: default `console.error` of one line of JSON, so the record can be recovered from
   * the log.
   */
  readonly onStoreError?: (error: ConsentRecordStoreError) => void;
  /** The time to read the cookie at; default now. */
  readonly now?: Date | number;
}

const DEFAULT_CONFIG = { cookie: { name: 'ddscp_consent', maxAgeDays: 365 } };

const answer = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(`${text}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers,
    },
  });

/** Reads at most `limit` bytes of a body; `undefined` when it is longer. */
async function readBounded(request: Request, limit: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/**
 * The endpoint the browser's `onRecord` report posts to (`fetch` or `navigator.sendBeacon`
 * with the record as JSON): checks the report and keeps it in `store`. A fetch `Request` in,
 * a `Response` out, so it fits Hono, Next.js route handlers, workers and (through a `Request`
 * made from the `IncomingMessage`) `node:http`.
 *
 * Every report is hostile until shown otherwise. It is refused when it is not a `POST` (405);
 * when it comes from another site, by its `Origin` or `Sec-Fetch-Site` header (403); when it is
 * not JSON or text (415), over 4 KB (413), or not a well-formed consent record (400, with what
 * is wrong); and when the consent cookie sent with the same request does not hold exactly that
 * decision (409). So a forged report must also forge the visitor's own cookie: it can only
 * ever record a decision that browser holds. A kept record answers 204 with the header
 * `Consent-Record: added; decision=<id>` (or `duplicate`: the same decision again, as replays
 * and the no-JavaScript form both give); no body, so a beacon's answer closes at once. A
 * store that cannot write answers 503 and tells `onStoreError`, which by default logs the
 * record.
 *
 * @example
 * // Hono
 * app.post('/consent-records', (c) => handleConsentReport(c.req.raw, store, { config }));
 */
export async function handleConsentReport(
  request: Request,
  store: ConsentRecordStore,
  options: ConsentReportOptions = {},
): Promise<Response> {
  if (request.method !== 'POST')
    return answer(405, 'Consent reports are POSTed.', { Allow: 'POST' });
  const origin = request.headers.get('origin');
  const fetchSite = request.headers.get('sec-fetch-site');
  const origins = options.origins ?? [new URL(request.url).origin];
  // A browser sends Origin with every POST, and Sec-Fetch-Site too: either one saying another
  // site is enough to refuse. (A client that sends neither is not a page of another site.)
  if (
    (origin !== null && !origins.includes(origin)) ||
    (fetchSite !== null && fetchSite !== 'same-origin')
  )
    return answer(403, 'A consent report must come from a page of this site.');
  const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  // sendBeacon with a string sends text/plain; fetch with a JSON body often says so.
  if (type !== 'application/json' && type !== 'text/plain')
    return answer(415, 'A consent report is JSON, sent as application/json or text/plain.');
  const declared = Number(request.headers.get('content-length') ?? 0);
  const bytes = declared > MAX_BODY_BYTES ? undefined : await readBounded(request, MAX_BODY_BYTES);
  if (!bytes) return answer(413, `A consent report is under ${MAX_BODY_BYTES} bytes.`);
  let record: ReturnType<typeof checkConsentRecord>;
  try {
    record = checkConsentRecord(
      JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)),
    );
  } catch (error) {
    return answer(
      400,
      error instanceof ConsentRecordError
        ? error.message
        : 'A consent report is one consent record as JSON.',
    );
  }
  const cookie = latestConsentDecision(
    request.headers.get('cookie'),
    options.config ?? DEFAULT_CONFIG,
    options.now,
  );
  if (!cookie || !sameDecision(record, { ...cookie, necessary: true }))
    return answer(409, 'The consent cookie sent with this report does not hold this decision.');
  try {
    const result = await store.add(record, { source: 'beacon' });
    // No body: a keepalive fetch or a beacon nobody reads the answer of must not keep a
    // response open. What happened is in a header.
    return new Response(null, {
      status: 204,
      headers: {
        'Consent-Record': `${result}; decision=${record.decisionId}`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    if (error instanceof ConsentRecordConflictError) return answer(409, error.message);
    if (!(error instanceof ConsentRecordStoreError)) throw error;
    (options.onStoreError ?? logStoreError)(error);
    return answer(503, 'The consent record could not be stored now: try again later.', {
      'Retry-After': '5',
    });
  }
}

/** The default of `onStoreError`: one line, with the record, so it can be added again later. */
function logStoreError(error: ConsentRecordStoreError): void {
  console.error(
    JSON.stringify({
      event: 'consent record not stored',
      error: error.message,
      record: error.record,
    }),
  );
}
