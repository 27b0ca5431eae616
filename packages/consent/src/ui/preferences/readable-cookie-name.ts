/**
 * A pattern's fixed start: `^`, then characters a cookie name may hold that stand for
 * themselves (escaped or not special), then the rest. `\d`-style escapes are not fixed.
 */
const FIXED_START = /^\^((?:\\[^\dA-Za-z]|[\w!#%&'`~-])+)(.*)$/s;

/**
 * A declared cookie name as the cookies page shows it: a name as it is, and a pattern by
 * its fixed start with `<ID>` for the rest, so `/^_ga_/` and `/^_ga_[A-Z\d]+$/` both read
 * `_ga_<ID>` (and `/^_ga$/` reads `_ga`). A pattern without a fixed start, or with
 * alternatives (`|`), is shown as written rather than guessed at.
 *
 * @example
 * readableCookieName(/^_ga_/); // '_ga_<ID>'
 */
export function readableCookieName(name: string | RegExp): string {
  if (typeof name === 'string') return name;
  const [, fixed, rest] = FIXED_START.exec(name.source) ?? [];
  if (!fixed || /(^|[^\\])\|/.test(rest as string)) return String(name);
  return `${fixed.replace(/\\(.)/g, '$1')}${rest === '$' ? '' : '<ID>'}`;
}
