import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locateJsonPaths } from './json-locations';

type Path = (string | number)[];

/** Every path in a JSON value, with the value there. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [path];
  return [
    path,
    ...Object.entries(value).flatMap(([key, child]) =>
      pathsIn(child, [...path, Array.isArray(value) ? Number(key) : key]),
    ),
  ];
}

/** The text from a location to the end of its line. */
const textAt = (text: string, { line, column }: { line: number; column: number }) =>
  (text.split('\n')[line - 1] ?? '').slice(column - 1);

describe('locateJsonPaths', () => {
  const text =
    '{\n  "reviews": [\n    { "id": "a", "title": "A" },\n    {\n      "id": "b"\n    }\n  ]\n}\n';

  it('points at the key of an object member and at the value of a list element', () => {
    expect(
      locateJsonPaths(text, [
        [],
        ['reviews'],
        ['reviews', 0],
        ['reviews', 0, 'title'],
        ['reviews', 1, 'id'],
      ]),
    ).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 3 },
      { line: 3, column: 5 },
      { line: 3, column: 18 },
      { line: 5, column: 7 },
    ]);
  });

  it('points a path that is not there at its nearest ancestor that is', () => {
    expect(
      locateJsonPaths(text, [
        ['reviews', 1, 'title'],
        ['reviews', 5],
        ['missing', 'x'],
      ]),
    ).toEqual([
      { line: 4, column: 5 },
      { line: 2, column: 3 },
      { line: 1, column: 1 },
    ]);
  });

  it('takes the last of duplicate keys, as JSON.parse does, and reads escaped keys', () => {
    const duplicate = '{"a": 1, "a": 2, "b\\u0022c": 3}';
    expect(locateJsonPaths(duplicate, [['a'], ['b"c']])).toEqual([
      { line: 1, column: 10 },
      { line: 1, column: 18 },
    ]);
  });

  it('copes with deep nesting without overflowing', () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}1${']'.repeat(depth)}`;
    const path = Array.from({ length: depth }, () => 0);
    expect(locateJsonPaths(deep, [path])).toEqual([{ line: 1, column: depth + 1 }]);
  });

  it('locates every path of any JSON, laid out any way, at its key or value (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        const json = JSON.stringify(value, null, indent);
        const paths = pathsIn(value);
        locateJsonPaths(json, paths).forEach((location, index) => {
          const path = paths[index] as Path;
          const last = path.at(-1);
          const found = textAt(json, location);
          if (typeof last === 'string') expect(found.startsWith(JSON.stringify(last))).toBe(true);
          else {
            const at = path.reduce<unknown>((v, key) => (v as Record<string, unknown>)[key], value);
            const start = JSON.stringify(at, null, indent)?.split('\n')[0] ?? '';
            expect(found.startsWith(start)).toBe(true);
          }
        });
      }),
    );
  });
});
