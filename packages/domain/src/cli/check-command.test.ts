import { describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli-io';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';

const theo = ddscpCatalog.reviews[0] as (typeof ddscpCatalog.reviews)[number];

/** The sample with `changes` to Theo, as an editor's file: indented, one field a line. */
function sampleWith(changes: Record<string, unknown>, partnership = ddscpCatalog.partnership) {
  return JSON.stringify(
    { ...ddscpCatalog, partnership, reviews: [{ ...theo, ...changes }] },
    null,
    2,
  );
}

/** The text at `line:column` of `text`. */
function at(text: string, line: number, column: number): string {
  return (text.split('\n')[line - 1] ?? '').slice(column - 1);
}

describe('ddscp check, schema errors an editor can fix', () => {
  const { summary, ...withoutSummary } = theo;
  const misspelt = JSON.stringify(
    {
      ...ddscpCatalog,
      reviews: [
        {
          ...withoutSummary,
          sumary: summary,
          kind: 'lcpsr',
          documents: theo.documents.map((d, i) =>
            i === 2 ? { ...d, published: '31/07/2024' } : d,
          ),
        },
      ],
    },
    null,
    2,
  );

  it('gives file:line:column for each problem, in the order of the file, pointing at it', async () => {
    const { status, out } = await run(['check', 'misspelt.json', '--json'], {
      'misspelt.json': misspelt,
    });
    expect(status).toBe(1);
    const { findings } = JSON.parse(out);
    expect(findings.map((f: { path: string }) => f.path)).toEqual([
      'reviews[0].kind',
      'reviews[0].documents[2].published',
      'reviews[0].sumary',
    ]);
    const lines = findings.map((f: { line: number }) => f.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    const [kind, published, sumary] = findings;
    expect(at(misspelt, kind.line, kind.column)).toMatch(/^"kind": "lcpsr"/);
    expect(at(misspelt, published.line, published.column)).toMatch(/^"published": "31\/07\/2024"/);
    expect(at(misspelt, sumary.line, sumary.column)).toMatch(/^"sumary":/);
  });

  it('suggests the field and the value meant, lists the fields allowed, and gives the ISO date', async () => {
    const { out } = await run(['check', 'misspelt.json', '--json'], { 'misspelt.json': misspelt });
    const messages = JSON.parse(out).findings.map((f: { message: string }) => f.message);
    expect(messages[0]).toContain('found "lcpsr". Did you mean "lcspr"?');
    expect(messages[1]).toContain('Invalid date "31/07/2024"');
    expect(messages[1]).toContain('Did you mean "2024-07-31"?');
    expect(messages[2]).toBe(
      'Unknown field "sumary": did you mean "summary"? The fields in reviews[0] are id, reference, pseudonym, kind, title, summary, themes, agencies, familyInvolvement, learning, timeline, documents.',
    );
  });

  it('prints each problem under its head line with its place, for a person', async () => {
    const { out } = await run(['check', 'misspelt.json'], { 'misspelt.json': misspelt });
    const line = misspelt.split('\n').findIndex((text) => text.includes('"sumary"')) + 1;
    expect(out).toContain(
      `error    reviews[0].sumary  invalid-catalog\n         misspelt.json:${line}:7\n         Unknown field "sumary": did you mean "summary"?`,
    );
  });

  it('accepts the "$schema" line an editor adds for VS Code', async () => {
    const withSchema = JSON.stringify({
      $schema: './node_modules/@ddscp/domain/catalog.schema.json',
      ...ddscpCatalog,
    });
    const { status } = await run(['check', 'c.json', '--today', '2025-03-31'], {
      'c.json': withSchema,
    });
    expect(status).toBe(0);
  });
});

describe("ddscp check, the partnership's own data", () => {
  it('reports a statutory partner missing, as an error (exit 1), at partnership.partners', async () => {
    const partnership = {
      ...ddscpCatalog.partnership,
      partners: ddscpCatalog.partnership.partners.filter((p) => p.kind !== 'police'),
    };
    const file = sampleWith({}, partnership);
    const { status, out } = await run(['check', 'c.json', '--today', '2025-03-31', '--json'], {
      'c.json': file,
    });
    expect(status).toBe(1);
    const [first] = JSON.parse(out).findings;
    expect(first).toMatchObject({
      severity: 'error',
      code: 'missing-statutory-partner',
      path: 'partnership.partners',
    });
    expect(at(file, first.line, first.column)).toMatch(/^"partners": \[/);
  });
});

describe('ddscp check --json, whatever goes wrong', () => {
  it('prints JSON with the place of a JSON syntax error, and exits 2', async () => {
    const result = await run(['check', 'bad.json', '--json'], {
      'bad.json': '{\n  "partnership": {},\n  "reviews": [,]\n}\n',
    });
    expect(result.status).toBe(2);
    expect(JSON.parse(result.out)).toEqual({
      error: {
        message:
          'bad.json:3:15: not valid JSON: expected a value (an object, list, text in double quotes, number, true, false or null), found ",".',
        file: 'bad.json',
        line: 3,
        column: 15,
      },
    });
    expect(result.err).toBe(`ddscp: ${JSON.parse(result.out).error.message}\n`);
  });

  it('prints JSON for a file that cannot be read, and for a usage error', async () => {
    const missing = await run(['check', 'missing.json', '--json']);
    expect(missing.status).toBe(2);
    expect(JSON.parse(missing.out)).toEqual({
      error: { message: 'cannot read missing.json: there is no such file.', file: 'missing.json' },
    });
    const usage = await run(['takedowns', 'c.json', '--json', '--within', 'soon']);
    expect(JSON.parse(usage.out).error.message).toMatch(/^--within must be a number of days/);
  });
});

describe('ddscp COMMAND -, the catalogue from standard input', () => {
  const sample = JSON.stringify(ddscpCatalog);

  it.each([
    ['check', 0],
    ['takedowns', 0],
    ['calendar', 0],
    ['listing', 0],
    ['deadlines', 0],
  ])('%s - reads the catalogue from standard input', async (command, status) => {
    const fromStdin = await run([command, '-', '--today', '2025-03-31', '--json'], { '-': sample });
    const fromFile = await run([command, 'c.json', '--today', '2025-03-31', '--json'], {
      'c.json': sample,
    });
    expect(fromStdin.status).toBe(status);
    expect(JSON.parse(fromStdin.out)).toEqual({ ...JSON.parse(fromFile.out), file: '-' });
  });

  it('names standard input <stdin> for a person', async () => {
    const { out } = await run(['check', '-', '--today', '2025-03-31'], { '-': sample });
    expect(out.split('\n')[0]).toBe('<stdin> on 2025-03-31: 0 errors, 2 warnings.');
    expect(out).toContain('         <stdin>:1:');
    const broken = await run(['listing', '-'], { '-': '{' });
    expect(broken.err).toMatch(/^ddscp: <stdin>:1:2: not valid JSON/);
  });
});
