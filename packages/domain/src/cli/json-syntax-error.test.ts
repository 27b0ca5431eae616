import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from './json-syntax-error';

describe('jsonSyntaxError', () => {
  it('finds nothing wrong with valid JSON', () => {
    for (const text of [
      '{}',
      '[]',
      ' {"a": [1, -2.5e+3, "x\\n\\u00e9", true, false, null]} ',
      '"s"',
      '0',
    ]) {
      expect(jsonSyntaxError(text), text).toBeUndefined();
    }
  });

  it('gives the line and column of the first error, and what was expected there', () => {
    expect(jsonSyntaxError('{\n  "reviews": [,]\n}')).toEqual({
      line: 2,
      column: 15,
      message:
        'expected a value (an object, list, text in double quotes, number, true, false or null), found ","',
    });
    expect(jsonSyntaxError('{\n  "a": 1,\n}')).toEqual({
      line: 3,
      column: 1,
      message: 'expected a property name in double quotes, found "}"',
    });
    expect(jsonSyntaxError('{"a": 1 "b": 2}')?.message).toBe(`expected ',' or '}', found "\\""`);
    expect(jsonSyntaxError("{'a': 1}")?.message).toBe(
      `expected a property name in double quotes or '}', found "'"`,
    );
    expect(jsonSyntaxError('{"a" 1}')?.message).toBe(
      `expected ':' after the property name, found "1"`,
    );
    expect(jsonSyntaxError('[1, 2')).toEqual({
      line: 1,
      column: 6,
      message: `expected ',' or ']', found the end of the file`,
    });
    expect(jsonSyntaxError('{} {}')?.message).toBe('expected the end of the file, found "{"');
    expect(jsonSyntaxError('')?.message).toMatch(/^expected a value .*found the end of the file$/);
  });

  it('finds errors inside text and numbers', () => {
    expect(jsonSyntaxError('"a\tb"')?.message).toBe(
      'expected no control characters inside text (write \\n for a new line), found a control character (U+0009)',
    );
    expect(jsonSyntaxError('"\\x"')?.message).toBe(
      'expected an escape such as \\" or \\n after the backslash, found "\\\\"',
    );
    expect(jsonSyntaxError('"\\u12G4"')?.message).toBe(
      'expected four hex digits after \\u, found "\\\\"',
    );
    expect(jsonSyntaxError('"open')?.message).toBe(
      `expected a closing '"', found the end of the file`,
    );
    expect(jsonSyntaxError('01')?.message).toBe('expected the end of the file, found "1"');
    expect(jsonSyntaxError('1.')?.message).toBe(
      'expected a digit after the decimal point, found the end of the file',
    );
    expect(jsonSyntaxError('-')?.message).toBe('expected a digit, found the end of the file');
    expect(jsonSyntaxError('1e+')?.message).toBe(
      'expected a digit in the exponent, found the end of the file',
    );
    expect(jsonSyntaxError('tru')?.message).toMatch(/^expected a value/);
  });

  it('copes with deep nesting without running out of stack', () => {
    expect(jsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined();
    expect(jsonSyntaxError('['.repeat(200_000))?.line).toBe(1);
  });

  it('agrees with JSON.parse on every text: an error exactly when JSON.parse refuses it', () => {
    const jsonish = fc.oneof(
      fc.json(),
      fc.string(),
      fc
        .json()
        .chain((text) =>
          fc
            .tuple(
              fc.nat(text.length),
              fc.constantFrom('', ',', '}', ']', '"', ':', '\\', ' ', '0', '-', '\n'),
            )
            .map(([at, insert]) => text.slice(0, at) + insert + text.slice(at + 1)),
        ),
    );
    fc.assert(
      fc.property(jsonish, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(jsonSyntaxError(text) === undefined).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});
