/**
 * The largest Cookie header we read (16 KiB). Browsers send at most a few kilobytes; anything
 * longer is hostile or broken, and reading it would only cost time. A literal, not `16 * 1024`:
 * bundlers keep an unused product in every page, but drop an unused literal.
 */
export const MAX_HEADER_LENGTH = 16_384;

/**
 * Reads a `Cookie` request header into a map of cookie names to decoded values.
 *
 * Every part of the header is treated as hostile: malformed pairs are skipped, values that
 * fail percent-decoding are kept as sent, the first occurrence of a repeated name wins (the
 * one with the most specific path, as browsers order them), and the map has no prototype,
 * so a cookie named `__proto__` cannot reach `Object.prototype`.
 *
 * @example
 * parseCookieHeader('ddscp_consent=1.abc; _ga=GA1.1.123'); // { ddscp_consent: '1.abc', _ga: 'GA1.1.123' }
 */
export function parseCookieHeader(header: string | null | undefined): Record<string, string> {
  const cookies: Record<string, string> = Object.create(null);
  if (typeof header !== 'string' || header.length === 0) return cookies;
  const text = header.length > MAX_HEADER_LENGTH ? header.slice(0, MAX_HEADER_LENGTH) : header;
  for (const pair of text.split(';')) {
    const eq = pair.indexOf('=');
    if (eq <= 0) continue;
    const name = pair.slice(0, eq).trim();
    if (name === '' || name in cookies) continue;
    cookies[name] = decodeValue(unquote(pair.slice(eq + 1).trim()));
  }
  return cookies;
}

function unquote(value: string): string {
  return value.length >= 2 && value.startsWith('"') && value.endsWith('"')
    ? value.slice(1, -1)
    : value;
}

function decodeValue(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
