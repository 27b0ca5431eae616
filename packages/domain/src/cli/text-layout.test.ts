import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columns, paragraph, WIDTH, wrap } from './text-layout';

describe('wrap and paragraph', () => {
  it('wraps words under a hanging indent, or indents every line', () => {
    expect(wrap('one two three four', 2, { width: 12 })).toEqual(['one two', '  three four']);
    expect(paragraph('one two three four', 2, 12)).toEqual(['  one two', '  three four']);
  });

  it('cuts a word longer than a line', () => {
    expect(wrap('x'.repeat(25), 0, { width: 10 })).toEqual([
      'x'.repeat(10),
      'x'.repeat(10),
      'x'.repeat(5),
    ]);
  });
});

describe('columns', () => {
  it('pads every column but the last, and wraps the last under itself', () => {
    expect(
      columns(
        [
          ['DUE', 'WHAT'],
          ['2025-01-01', 'a long description of the thing'],
        ],
        30,
      ),
    ).toEqual(['DUE         WHAT', '2025-01-01  a long description', '            of the thing']);
  });
});

describe('text layout, properties', () => {
  it('never writes a line longer than the width, and loses no word', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 30 }).filter((w) => !/\s/.test(w)),
          { maxLength: 40 },
        ),
        fc.nat(40),
        (words, indent) => {
          const lines = paragraph(words.join(' '), indent);
          for (const line of lines) expect(line.length).toBeLessThanOrEqual(WIDTH);
          expect(lines.join('').replace(/\s/g, '')).toBe(words.join(''));
        },
      ),
    );
  });
});
