import { en } from './text/en';

/** Every option the UI functions read (`serviceName` is the banner's, harmless elsewhere). */
const OPTIONS = ['serviceName', 'cookiesPageUrl', 'action', 'returnUrl', 'saved', 'text'];
/** Names sites reach for to choose a language, which the options do not have. */
const LANGUAGE = /^(locale|lang|language|languages|welsh|cy|i18n)$/i;
/** What has been said already, so a server rendering every request warns once. */
const said = new Set<string>();

/** How many single-character edits turn `a` into `b` (case-insensitive); for suggestions. */
function distance(a: string, b: string): number {
  const [from, to] = [a.toLowerCase(), b.toLowerCase()];
  let row = Array.from({ length: to.length + 1 }, (_, index) => index);
  for (let i = 1; i <= from.length; i++) {
    const next = [i];
    for (let j = 1; j <= to.length; j++)
      next[j] = Math.min(
        (row[j] as number) + 1,
        (next[j - 1] as number) + 1,
        (row[j - 1] as number) + (from[i - 1] === to[j - 1] ? 0 : 1),
      );
    row = next;
  }
  return row[to.length] as number;
}

/** The known name closest to `name`, if it is close enough to be what was meant. */
function nearest(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const found = distance(name, candidate);
    if (found < bestDistance) [best, bestDistance] = [candidate, found];
  }
  return best;
}

/**
 * Warns, once per message, about options a UI function does not read, so a misspelt or
 * imagined one (such as `locale: 'cy'`) is not silently ignored: the message names the
 * function, the option, and what to write instead. The same for unknown strings in `text`.
 * For development only: callers leave it out of production builds.
 */
export function warnUnknownUiOptions(caller: string, options: object): void {
  const problems: string[] = [];
  for (const key of Object.keys(options)) {
    if (OPTIONS.includes(key)) continue;
    if (LANGUAGE.test(key))
      problems.push(
        `"${key}" is not an option: for Welsh, pass text: cy (the Welsh strings, cy, of @ddscp/consent/ui); the language follows the strings.`,
      );
    else {
      const meant = nearest(key, OPTIONS);
      problems.push(
        `"${key}" is not an option${meant ? `: did you mean "${meant}"?` : '.'} The options are ${OPTIONS.join(', ')}.`,
      );
    }
  }
  const text = (options as { text?: unknown }).text;
  if (Object(text) === text)
    for (const key of Object.keys(text as object))
      if (!Object.hasOwn(en, key)) {
        const meant = nearest(key, Object.keys(en));
        problems.push(
          `text.${key} is not one of the strings${meant ? `: did you mean text.${meant}?` : ''} (see ConsentUiText).`,
        );
      }
  for (const problem of problems) {
    const message = `${caller}: ${problem}`;
    if (said.has(message)) continue;
    said.add(message);
    console.warn(message);
  }
}
