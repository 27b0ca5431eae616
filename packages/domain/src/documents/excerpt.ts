/** How many characters of context an excerpt keeps on each side of what was found. */
const CONTEXT = 40;

/**
 * The text around `length` characters at `start` of `line`: at most {@link CONTEXT}
 * characters either side, cut at a space where one is near and marked with …, with runs
 * of white space (tabs, non-breaking spaces) shown as one space. @internal
 */
export function excerptAround(line: string, start: number, length: number): string {
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(line.length, start + length + CONTEXT);
  if (from > 0) {
    const space = line.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < line.length) {
    const space = line.lastIndexOf(' ', to);
    if (space >= start + length) to = space;
  }
  // Keep a surrogate pair whole at either cut.
  if (from > 0 && isLowSurrogate(line.charCodeAt(from))) from -= 1;
  if (to < line.length && isLowSurrogate(line.charCodeAt(to))) to += 1;
  const text = line.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${text}${to < line.length ? '…' : ''}`;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
