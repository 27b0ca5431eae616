import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogInput as anyCatalog } from '../../test/support/catalog-arbitrary';
import { catalogInput, documentInput, reviewInput } from '../../test/support/reviews';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { formatPath } from '../findings/format-path';
import { parseCatalog } from './parse-catalog';

const issuesOf = (input: unknown) => {
  const result = parseCatalog(input);
  return result.ok
    ? []
    : result.findings.map((finding) => `${formatPath(finding.path)}: ${finding.message}`);
};

describe('parseCatalog', () => {
  it('returns the catalogue when it is valid', () => {
    const result = parseCatalog(catalogInput([reviewInput()]));
    expect(result.ok).toBe(true);
    expect(result.ok && result.catalog.reviews[0]?.id).toBe('example');
  });

  it('gives paths a person can follow, such as reviews[0].documents[2].published', () => {
    const documents = [
      documentInput({ id: 'a' }),
      documentInput({ id: 'b' }),
      documentInput({ id: 'c', published: 'March 2024' }),
    ];
    expect(issuesOf(catalogInput([reviewInput({ documents })]))).toEqual([
      'reviews[0].documents[2].published: Invalid date "March 2024": expected a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024", "2024-03" or "2024-03-15". Did you mean "2024-03"?',
    ]);
  });

  it('says what is missing, what was expected and what was found', () => {
    const { title: _, ...untitled } = reviewInput();
    expect(
      issuesOf(
        catalogInput([
          untitled,
          reviewInput({ id: 'b', reference: 'B', kind: 'scr', themes: 'neglect' }),
        ]),
      ),
    ).toEqual([
      'reviews[0].title: Missing: expected text in double quotes.',
      'reviews[1].kind: Expected one of "rapid-review", "lcspr", "national-review", "learning-review", "serious-case-review"; found "scr". Did you mean "serious-case-review"?',
      'reviews[1].themes: Expected a list ([ … ]); found "neglect".',
    ]);
    expect(issuesOf([])).toEqual([': Expected an object ({ … }); found [].']);
    expect(issuesOf(catalogInput([reviewInput({ title: '   ' })]))).toEqual([
      'reviews[0].title: Expected some text; found none.',
    ]);
  });

  it('names each unknown field at its own path, with the field meant and the fields allowed there', () => {
    expect(issuesOf(catalogInput([reviewInput({ sumary: 'typo' })]))).toEqual([
      'reviews[0].sumary: Unknown field "sumary": did you mean "summary"? The fields in reviews[0] are id, reference, pseudonym, kind, title, summary, themes, agencies, familyInvolvement, learning, timeline, documents.',
    ]);
    expect(issuesOf({ ...catalogInput([]), extra: 1, partnrship: 2 })).toEqual([
      'extra: Unknown field "extra". The fields at the top of a catalogue are $schema, partnership, reviews.',
      'partnrship: Unknown field "partnrship": did you mean "partnership"? The fields at the top of a catalogue are $schema, partnership, reviews.',
    ]);
    const timeline = { became_aware: '2024-01-10' };
    expect(issuesOf(catalogInput([reviewInput({ timeline })]))).toEqual([
      'reviews[0].timeline.became_aware: Unknown field "became_aware": did you mean "becameAware"? The fields in reviews[0].timeline are becameAware, notifiedPanel, rapidReviewCompleted, decisionToCommission, completed, sentToPanel, published.',
    ]);
  });

  it('suggests the value meant, and the ISO form of a UK-style date', () => {
    const documents = [documentInput({ published: '31/03/2024' })];
    expect(issuesOf(catalogInput([reviewInput({ kind: 'LCSPR', documents })]))).toEqual([
      'reviews[0].kind: Expected one of "rapid-review", "lcspr", "national-review", "learning-review", "serious-case-review"; found "LCSPR". Did you mean "lcspr"?',
      'reviews[0].documents[0].published: Invalid date "31/03/2024": expected a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024", "2024-03" or "2024-03-15". Did you mean "2024-03-31"?',
    ]);
    expect(
      issuesOf(catalogInput([reviewInput({ timeline: { becameAware: '5 March 2024' } })])),
    ).toEqual([
      'reviews[0].timeline.becameAware: Invalid date "5 March 2024": expected a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15". Did you mean "2024-03-05"?',
    ]);
  });

  it('keeps the old name of the findings, issues, working but out of the way', () => {
    const result = parseCatalog([]);
    expect(result.ok || result.issues).toBe(result.ok || result.findings);
    expect(Object.keys(result)).toEqual(['ok', 'findings']);
  });

  it('refuses two reviews with one id or one code', () => {
    expect(
      issuesOf(
        catalogInput([
          reviewInput(),
          reviewInput({ reference: 'EX2' }),
          reviewInput({ id: 'other' }),
        ]),
      ),
    ).toEqual([
      'reviews[1].id: reviews[1] has the id "example" of reviews[0]: each review needs its own id.',
      'reviews[2].reference: reviews[2] has the reference "EX1" of reviews[0]: each review needs its own reference.',
    ]);
  });

  it('refuses agencies that are not partners of the partnership', () => {
    expect(issuesOf(catalogInput([reviewInput({ agencies: ['council', 'school'] })]))).toEqual([
      'reviews[0].agencies[1]: "school" is not a partner of Test Safeguarding Children Partnership: expected the id of one of partnership.partners, e.g. "council".',
    ]);
  });

  it('reports problems in the partnership with their paths', () => {
    const catalog = catalogInput([]);
    const partnership = catalog.partnership as { partners: { id: string }[] };
    expect(
      issuesOf({
        ...catalog,
        partnership: { ...partnership, partners: [{ ...partnership.partners[0], id: 'Council' }] },
      }),
    ).toEqual([
      'partnership.partners[0].id: Expected an id of lower-case letters, digits and single hyphens, e.g. "derby-city-council"; found "Council".',
    ]);
  });

  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withObjectString: true, withMap: true }),
        (input) => {
          const result = parseCatalog(input);
          expect(result.ok).toBe(false);
        },
      ),
    );
  });

  it('never throws on a valid catalogue with one part replaced by anything, and reports where', () => {
    const json = JSON.parse(JSON.stringify(ddscpCatalog)) as unknown;
    const paths = pathsIn(json);
    fc.assert(
      fc.property(
        fc.constantFrom(...paths),
        fc.oneof(
          fc.jsonValue(),
          fc.string(),
          fc.constant(undefined),
          fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        ),
        (path, value) => {
          const changed = withValueAt(structuredClone(json), path, value);
          const result = parseCatalog(changed);
          if (!result.ok) {
            expect(result.issues.length).toBeGreaterThan(0);
            for (const issue of result.findings) {
              expect(issue.message.length).toBeGreaterThan(0);
              expect(issue).toMatchObject({ severity: 'error', code: 'invalid-catalog' });
              expect(Array.isArray(issue.path)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts every catalogue that keeps the rules, and gives it back through JSON', () => {
    fc.assert(
      fc.property(anyCatalog(), (input) => {
        const result = parseCatalog(input);
        expect(result.ok).toBe(true);
        expect(result.ok && parseCatalog(JSON.parse(JSON.stringify(result.catalog)))).toEqual(
          result,
        );
      }),
    );
  });

  it('parses the JSON of a parsed catalogue to the same catalogue', () => {
    const first = parseCatalog(JSON.parse(JSON.stringify(ddscpCatalog)));
    expect(first.ok && first.catalog).toEqual(ddscpCatalog);
  });
});

type Path = (string | number)[];

/** Every path in a JSON value, the root included. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  const children =
    value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([key, child]) =>
          pathsIn(child, [...path, Array.isArray(value) ? Number(key) : key]),
        )
      : [];
  return [path, ...children];
}

/** `root` with the value at `path` replaced (or removed, for undefined). */
function withValueAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  let parent = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return root;
}
