import type { ScriptLocation } from './audit-report';

/** A cookie as a `document.cookie` write or a `Set-Cookie` header asks the browser to store it. */
export interface CookieWrite {
  readonly name: string;
  /** The `Domain` attribute without a leading dot, if any. */
  readonly domain?: string;
  /** Unix seconds it expires at, from `Max-Age` (which wins) or `Expires`; absent for a session cookie. */
  readonly expires?: number;
  /** Whether the write deletes the cookie (a `Max-Age` of 0 or less, or an `Expires` in the past). */
  readonly deletion: boolean;
}

/**
 * Reads a `document.cookie` assignment or a `Set-Cookie` value as browsers do (RFC 6265bis):
 * the name is what comes before the first `=` of the first part, trimmed; attribute names are
 * case-insensitive; an unreadable date is ignored. `undefined` when there is no name.
 */
export function parseCookieWrite(text: string, now: number): CookieWrite | undefined {
  const [pair = '', ...attributes] = text.split(';');
  const equals = pair.indexOf('=');
  const name = equals < 0 ? '' : pair.slice(0, equals).trim();
  if (!name) return undefined;
  let domain: string | undefined;
  let maxAge: number | undefined;
  let expires: number | undefined;
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).trim().toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1).trim();
    if (key === 'domain' && value) domain = value.replace(/^\./, '').toLowerCase();
    else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (key === 'expires') {
      const time = Date.parse(value);
      if (!Number.isNaN(time)) expires = Math.floor(time / 1000);
    }
  }
  const until = maxAge !== undefined ? now + maxAge : expires;
  const deletion = maxAge !== undefined ? maxAge <= 0 : expires !== undefined && expires <= now;
  return {
    name,
    ...(domain && { domain }),
    ...(until !== undefined && { expires: until }),
    deletion,
  };
}

/**
 * The script that made a call, from a V8 stack taken inside the audit's own wrapper: the
 * first frame with a web address (the wrapper's frames have none). `null` when no frame has
 * one (code run by the browser itself or by an extension).
 */
export function callerFromStack(stack: string): ScriptLocation | null {
  for (const line of stack.split('\n').slice(1)) {
    const match = /(https?:\/\/[^\s()]+?):(\d+):(\d+)\)?\s*$/.exec(line);
    if (match) return { url: match[1] as string, line: Number(match[2]), column: Number(match[3]) };
  }
  return null;
}
