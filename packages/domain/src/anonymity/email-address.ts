// Email addresses are written plainly (jo@example.com), broken where a PDF wraps
// (jo@\nexample.com), spaced (jo @ example.com) or spelled out to keep them from robots
// (jo [at] example [dot] com, jo at example dot co dot uk). A plain address is reported
// when its domain ends in letters; the other forms also need a top-level domain people
// write, which keeps prose ("see you @ home.Then", "look at the report dot points") out.

/**
 * Top-level domains (and the second-level ones of the UK) that end the addresses a
 * review might quote: a bounded list, so that "at the report dot points" is not one.
 */
// A pattern, not a Set: a module-level `new Set` would be kept in every bundle.
const TOP_LEVEL_DOMAIN =
  /^(?:com|org|net|uk|co|gov|nhs|ac|sch|police|ltd|plc|me|edu|info|biz|io|eu|ie|scot|wales|cymru|london|email|online)$/i;

/** `[at]`, `(at)`, `{at}` or `<at>`, in any case and spacing. */
const BRACKETED_AT = /[[({<]\s?at\s?[\])}>]/i;
/** `dot` spelled out between spaces, or bracketed. */
const SPELLED_DOT = /\sdot\s|[[({<]\s?dot\s?[\])}>]/i;

/**
 * Whether a match of the email pattern is an address: a plain one needs a domain that
 * ends in two or more letters; a spaced or broken one (`jo @ example.com`) a top-level
 * domain from the list, and not a website's `www.`. @internal
 */
export function isPlausibleEmail(match: string): boolean {
  if (!/\s/.test(match)) return /\.[A-Za-z]{2,}$/.test(match);
  // "Find us @ www.example.org" gives a website.
  return endsInTopLevelDomain(match) && !/@\s*www\./i.test(match);
}

/**
 * Whether a match of the spelled-out email pattern is an address: a top-level domain from
 * the list, and, when `at` is not bracketed (`jo at example dot com`), at least one `dot`
 * spelled out; "we met at school.Then" is prose. @internal
 */
export function isPlausibleSpelledEmail(match: string): boolean {
  if (!endsInTopLevelDomain(match)) return false;
  return BRACKETED_AT.test(match) || SPELLED_DOT.test(match);
}

function endsInTopLevelDomain(match: string): boolean {
  const last = /[A-Za-z]+$/.exec(match);
  return last !== null && TOP_LEVEL_DOMAIN.test(last[0]);
}

/**
 * Whether the text may hold a spelled-out address: a bracketed `at` or a spelled `dot`.
 * Prose without either (nearly all of it) is not searched for one. @internal
 */
export function mayHoldSpelledEmail(text: string): boolean {
  // A search for a word is quick whatever the text; a pattern that starts with a space
  // or a bracket would be tried at each of them.
  return /dot/i.test(text) || BRACKETED_AT.test(text);
}

/**
 * The address a match stands for, to compare with the allowed ones: `Jo [at] Example
 * [dot] com` is `jo@example.com`. @internal
 */
export function emailAddressOf(match: string): string {
  return match
    .toLowerCase()
    .replace(/\s*[[({<]\s?at\s?[\])}>]\s*|\s+at\s+/, '@')
    .replace(/\s*[[({<]\s?dot\s?[\])}>]\s*|\s+dot\s+/g, '.')
    .replace(/\s+/g, '');
}
