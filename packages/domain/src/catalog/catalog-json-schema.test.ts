// The catalogue's JSON Schema, checked by an independent validator (ajv) against
// parseCatalog: on the sample, on every catalogue the generators make, and on catalogues
// with one part broken the way editors break them.
import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogInput } from '../../test/support/catalog-arbitrary';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { catalogJsonSchema } from './catalog-json-schema';
import { parseCatalog } from './parse-catalog';

const file = new URL('../../catalog.schema.json', import.meta.url);
const shipped = JSON.parse(readFileSync(file, 'utf8'));
// Formats are left to the patterns next to them (editors do not all check formats).
const validate = new Ajv({
  allErrors: true,
  strict: true,
  strictTypes: false,
  formats: { uri: true, email: true },
}).compile(shipped);
const sample = JSON.parse(JSON.stringify(ddscpCatalog));

type Path = (string | number)[];

/** `root` with the value at `path` replaced, or removed for `undefined`. */
function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** Every path in a JSON value, the root left out. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const next = [...path, Array.isArray(value) ? Number(key) : key];
    return [next, ...pathsIn(child, next)];
  });
}

describe('catalog.schema.json', () => {
  it('is in sync with the zod schemas (npm run build writes it)', () => {
    expect(shipped).toEqual(catalogJsonSchema());
  });

  it('is a draft-07 schema that refuses unknown fields, for VS Code', () => {
    expect(shipped.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(shipped.additionalProperties).toBe(false);
    expect(shipped.properties.$schema).toMatchObject({ type: 'string' });
  });

  it('accepts the sample, with or without the "$schema" line', () => {
    expect(validate(sample), JSON.stringify(validate.errors)).toBe(true);
    const withLine = { $schema: './node_modules/@ddscp/domain/catalog.schema.json', ...sample };
    expect(validate(withLine)).toBe(true);
    expect(parseCatalog(withLine).ok).toBe(true);
  });

  it('accepts every catalogue parseCatalog accepts from the generators (property)', () => {
    fc.assert(
      fc.property(catalogInput(), (input) => {
        const json = JSON.parse(JSON.stringify(input));
        expect(parseCatalog(json).ok).toBe(true);
        expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  // Breaks in the structure, each as an editor makes them: what the schema can see, so it
  // and parseCatalog must agree on every one.
  const structural = fc.oneof(
    fc.constant(undefined), // a field left out
    fc.constantFrom(
      '', // emptied
      '   ', // only spaces
      '31/03/2024', // a UK-style date
      '2024-13-01', // no such month
      'March 2024',
      'javascript:alert(1)',
      '//evil.example/x',
      'http://insecure.example/',
      'not-a-kind',
      'Upper Case Id',
      'x'.repeat(6000), // too long for any text
    ),
    fc.constantFrom(null, true, 0, -1, 1.5, 123456789, [], {}, ['a'], { unknown: 1 }),
  );

  it('agrees with parseCatalog on the sample with one part broken (property)', () => {
    const paths = pathsIn(sample);
    fc.assert(
      fc.property(fc.constantFrom(...paths), structural, (path, value) => {
        const broken = withValueAt(sample, path, value);
        const parsed = parseCatalog(broken);
        const valid = validate(broken);
        // A rule across fields (unique ids, dates in order) is parseCatalog's alone: such a
        // catalogue may pass the schema. Everything else they decide alike.
        const crossField =
          !parsed.ok &&
          parsed.findings.every((f) =>
            /each review needs its own|is before|not a partner|ids must be unique|successor|must be unique within/.test(
              f.message,
            ),
          );
        if (crossField) return;
        expect(
          valid,
          `${JSON.stringify(path)} = ${JSON.stringify(value)?.slice(0, 40)}: ${parsed.ok ? 'parseCatalog accepts' : parsed.findings[0]?.message}`,
        ).toBe(parsed.ok);
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees on unknown and misspelt fields, anywhere', () => {
    for (const path of pathsIn(sample).filter((p) => typeof p.at(-1) === 'string')) {
      const parent = path.slice(0, -1);
      const broken = withValueAt(sample, [...parent, 'sumary'], 'x');
      expect(validate(broken), JSON.stringify(parent)).toBe(false);
      expect(parseCatalog(broken).ok).toBe(false);
    }
  });
});
