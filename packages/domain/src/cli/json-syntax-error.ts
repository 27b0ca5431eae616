// Where JSON text first goes wrong, with line and column. JSON.parse's messages differ
// between Node versions and do not all give a position, so the text is scanned again, only
// after JSON.parse has refused it: a small scanner of the JSON grammar (RFC 8259) that
// builds no values and keeps an explicit stack, so deep nesting cannot overflow it.

/** Where and how JSON text is invalid. */
export interface JsonSyntaxError {
  /** Line and column of the first character that breaks the grammar (both from 1). */
  readonly line: number;
  readonly column: number;
  /** What the grammar expected there, and what was found. */
  readonly message: string;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

/** The first syntax error in `text`, or `undefined` when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const failure = scan(text);
  if (!failure) return undefined;
  const { offset, expected } = failure;
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line++;
    lineStart = index + 1;
  }
  const found =
    offset >= text.length ? 'the end of the file' : describe(text.slice(offset, offset + 1));
  return { line, column: offset - lineStart + 1, message: `expected ${expected}, found ${found}` };
}

function describe(character: string): string {
  const code = character.charCodeAt(0);
  if (code < 0x20 || code === 0x7f)
    return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return JSON.stringify(character);
}

type State = 'value' | 'key' | 'first-key' | 'after';

function scan(text: string): { offset: number; expected: string } | undefined {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (expected: string) => ({ offset: i, expected });
  for (;;) {
    while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
    const c = text[i];
    if (state === 'after') {
      const open = stack.at(-1);
      if (open === undefined) return i < text.length ? fail('the end of the file') : undefined;
      const close = open === '{' ? '}' : ']';
      if (c === ',') {
        i++;
        state = open === '{' ? 'key' : 'value';
      } else if (c === close) {
        i++;
        stack.pop();
      } else {
        return fail(`',' or '${close}'`);
      }
      continue;
    }
    if (state === 'key' || state === 'first-key') {
      if (c === '}' && state === 'first-key') {
        i++;
        stack.pop();
        state = 'after';
        continue;
      }
      if (c !== '"')
        return fail(
          state === 'first-key'
            ? "a property name in double quotes or '}'"
            : 'a property name in double quotes',
        );
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
      if (text[i] !== ':') return fail("':' after the property name");
      i++;
      state = 'value';
      continue;
    }
    // state === 'value'
    if (c === '{') {
      stack.push('{');
      i++;
      state = 'first-key';
    } else if (c === '[') {
      stack.push('[');
      i++;
      while (i < text.length && WHITESPACE.has(text[i] as string)) i++;
      if (text[i] === ']') {
        i++;
        stack.pop();
        state = 'after';
      }
    } else if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'after';
    } else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) {
      const end = numberEnd(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      state = 'after';
    } else {
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (!literal)
        return fail(
          'a value (an object, list, text in double quotes, number, true, false or null)',
        );
      i += literal.length;
      state = 'after';
    }
  }
}

/** The offset after the string starting at `start` (a `"`), or the error in it. */
function stringEnd(text: string, start: number): number | { offset: number; expected: string } {
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20)
      return {
        offset: i,
        expected: 'no control characters inside text (write \\n for a new line)',
      };
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, expected: 'four hex digits after \\u' };
        }
        i += 6;
        continue;
      }
      if (next === undefined || !'"\\/bfnrt'.includes(next)) {
        return { offset: i, expected: 'an escape such as \\" or \\n after the backslash' };
      }
      i += 2;
      continue;
    }
    i++;
  }
  return { offset: i, expected: "a closing '\"'" };
}

/** The offset after the number starting at `start`, or the error in it. */
function numberEnd(text: string, start: number): number | { offset: number; expected: string } {
  let i = start;
  const digits = () => {
    const from = i;
    while (i < text.length && (text[i] as string) >= '0' && (text[i] as string) <= '9') i++;
    return i - from;
  };
  if (text[i] === '-') i++;
  if (text[i] === '0') i++;
  else if (digits() === 0) return { offset: i, expected: 'a digit' };
  if (text[i] === '.') {
    i++;
    if (digits() === 0) return { offset: i, expected: 'a digit after the decimal point' };
  }
  if (text[i] === 'e' || text[i] === 'E') {
    i++;
    if (text[i] === '+' || text[i] === '-') i++;
    if (digits() === 0) return { offset: i, expected: 'a digit in the exponent' };
  }
  return i;
}
