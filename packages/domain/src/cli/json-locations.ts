// Where values are in JSON text, by their path: the line and column a finding such as
// reviews[0].documents[2].published points at, so that `ddscp check` can print
// catalog.json:42:11 for an editor to jump to. One pass over text that JSON.parse has
// already accepted, with an explicit stack (deep nesting cannot overflow it) and a trie of
// the paths asked for, so it costs the same whatever the number of findings.

/** A place in text: line and column, both from 1 (columns in UTF-16 code units, as editors count). */
export interface TextLocation {
  readonly line: number;
  readonly column: number;
}

type Key = string | number;

interface Trie {
  readonly children: Map<Key, Trie>;
  location?: TextLocation;
}

const trie = (): Trie => ({ children: new Map() });

/**
 * For each of `paths`, where it is in `text` (valid JSON): the key of an object member, an
 * array element's value, or `''`'s first value for the root. A path that is not in the text
 * (a missing field) gets the place of its nearest ancestor that is, so the location of a
 * finding always points at something. Duplicate keys count as JSON.parse counts them: the
 * last one wins.
 */
export function locateJsonPaths(text: string, paths: readonly (readonly Key[])[]): TextLocation[] {
  const root = trie();
  for (const path of paths) {
    let node = root;
    for (const key of path) {
      let child = node.children.get(key);
      if (!child) {
        child = trie();
        node.children.set(key, child);
      }
      node = child;
    }
  }
  scan(text, root);
  return paths.map((path) => {
    let node: Trie | undefined = root;
    let found = root.location ?? { line: 1, column: 1 };
    for (const key of path) {
      node = node?.children.get(key);
      if (!node?.location) break;
      found = node.location;
    }
    return found;
  });
}

/** The containers open at a point of the scan, with the trie node of each (if on a path asked for). */
interface Frame {
  readonly kind: '{' | '[';
  readonly node: Trie | undefined;
  index: number;
  /** For an object: the node of the member whose value comes next. */
  member: Trie | undefined;
}

function scan(text: string, root: Trie): void {
  let line = 1;
  let lineStart = 0;
  const here = (offset: number): TextLocation => ({ line, column: offset - lineStart + 1 });
  const stack: Frame[] = [];
  /** The node the next value belongs to. */
  let next: Trie | undefined = root;
  let expectingValue = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      lineStart = i + 1;
      i++;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0d || c === 0x3a /* : */) {
      i++;
      continue;
    }
    const top = stack.at(-1);
    if (c === 0x2c /* , */) {
      if (top?.kind === '[') top.index++;
      expectingValue = top?.kind === '[';
      i++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectingValue = false;
      i++;
      continue;
    }
    if (top?.kind === '{' && !expectingValue && c === 0x22) {
      // A member's key: the member is located at its key.
      const end = stringEnd(text, i);
      const key = top.node ? (JSON.parse(text.slice(i, end)) as string) : '';
      const member = top.node?.children.get(key);
      if (member) member.location = here(i);
      top.member = member;
      next = member;
      expectingValue = true;
      i = end;
      continue;
    }
    // A value.
    if (top?.kind === '[') {
      const element = top.node?.children.get(top.index);
      if (element) element.location = here(i);
      next = element;
    } else if (top === undefined && root.location === undefined) {
      root.location = here(i);
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      stack.push({ kind: c === 0x7b ? '{' : '[', node: next, index: 0, member: undefined });
      expectingValue = c === 0x5b;
      i++;
      continue;
    }
    i = c === 0x22 ? stringEnd(text, i) : scalarEnd(text, i);
    expectingValue = false;
  }
}

/** The offset after the string that starts at `start` (a `"`). */
function stringEnd(text: string, start: number): number {
  // Jump from quote to quote: a quote ends the string unless an odd run of backslashes
  // escapes it.
  let quote = text.indexOf('"', start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    quote = text.indexOf('"', quote + 1);
  }
  return text.length;
}

/** The offset after a number, `true`, `false` or `null`. */
function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && /[-+.0-9a-zA-Z]/.test(text[i] as string)) i++;
  return Math.max(i, start + 1);
}
