/** Anything with a `get(name)` for headers, such as the fetch API's `Headers`. */
export interface HeadersLike {
  get(name: string): string | null;
}

/** A request as the server functions accept it. */
export type RequestLike =
  /** The value of a `Cookie` header. */
  | string
  /** The fetch API's `Headers`. */
  | HeadersLike
  /** A fetch API `Request` (Hono, Next.js route handlers, Deno, Bun, workers). */
  | { readonly url: string; readonly headers: HeadersLike }
  /** A Node.js `IncomingMessage` (`node:http`, Express, Fastify's `request.raw`). */
  | {
      readonly url?: string | undefined;
      readonly headers: Readonly<Record<string, string | string[] | undefined>>;
    }
  | null
  | undefined;

/** A request header's value, whatever the kind of request; `undefined` when absent. */
export function requestHeader(
  request: RequestLike,
  name: 'cookie' | 'sec-gpc' | 'host',
): string | undefined {
  if (typeof request === 'string') return name === 'cookie' ? request : undefined;
  if (typeof request !== 'object' || request === null) return undefined;
  const headers = 'headers' in request ? request.headers : request;
  if (typeof headers.get === 'function') return (headers as HeadersLike).get(name) ?? undefined;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  // Node keeps repeated headers as arrays (for Cookie it already joins them with "; ").
  return Array.isArray(value) ? value.join(name === 'cookie' ? '; ' : ', ') : value;
}

/**
 * The host and path a request was made to, as far as it tells; host-less for a bare header.
 * The host comes as `location.hostname` has it in the browser: lower case, without a port or
 * a trailing dot, so the cookie rules shared with the browser need not normalise it.
 */
export function requestTarget(request: RequestLike): { host: string; pathname: string } {
  const url =
    typeof request === 'object' && request !== null && 'url' in request ? request.url : undefined;
  let pathname = '/';
  let host = requestHeader(request, 'host') ?? '';
  try {
    const parsed = new URL(url ?? '/', 'http://localhost');
    pathname = parsed.pathname;
    if (/^https?:/.test(url ?? '')) host = parsed.hostname;
  } catch {
    // An unparsable URL is hostile or broken: the root path still gets its headers.
  }
  return {
    host: host
      .toLowerCase()
      .replace(/(:\d+)?$/, '')
      .replace(/\.$/, ''),
    pathname,
  };
}
