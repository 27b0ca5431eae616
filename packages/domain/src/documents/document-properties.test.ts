// Invariants of the document scan, over generated input: places point at what was found,
// excerpts hold it, lines do not depend on the order a PDF draws its text in, and no
// bytes, however damaged, make the scan fail other than with a DocumentError.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordDocument } from '../../test/support/document-fixtures';
import { anonymityChecker } from '../anonymity/check-anonymity';
import { DocumentError } from './document-error';
import { detectDocumentType } from './document-type';
import { excerptAround } from './excerpt';
import { locateFindings } from './locate-findings';
import { rebuildLines } from './read-pdf';
import { scanDocument } from './scan-document';

// Words that label a number as a reference ("ref 07700 900123") rightly hide it: not these.
const word = fc
  .stringMatching(/^[a-z]{1,8}$/)
  .filter((text) => !/^(?:ref|refs|reference|case|no|invoice|order|isbn)$/.test(text));
const line = fc.array(word, { maxLength: 20 }).map((words) => words.join(' '));

describe('locateFindings and excerptAround', () => {
  it('the line and column of each finding point at its match, and its excerpt holds it', () => {
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('DE22 1GT', 'Jane Doe', 'jane@example.org', '07700 900123'),
        fc.integer({ min: 1, max: 40 }),
        (lines, at, column, detail, firstLine) => {
          const index = at % lines.length;
          const target = lines[index] as string;
          const cut = target.indexOf(' ', column % (target.length + 1));
          const start = cut === -1 ? target.length : cut;
          const changed = [...lines];
          changed[index] = `${target.slice(0, start)} ${detail} ${target.slice(start)}`;
          const text = changed.join('\n');
          const [finding] = locateFindings(
            [{ text, place: { part: 'body', page: 3, line: firstLine } }],
            anonymityChecker({ knownNames: ['Jane Doe'] }),
          ).filter((found) => found.match === detail);
          expect(finding).toBeDefined();
          expect(finding?.page).toBe(3);
          expect(finding?.line).toBe(firstLine + index);
          const found = changed[index] as string;
          expect(found.slice((finding?.column ?? 0) - 1).startsWith(detail)).toBe(true);
          expect(finding?.excerpt).toContain(detail);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an excerpt keeps at most 40 characters each side, and the match whole', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.nat(),
        fc.nat({ max: 30 }),
        (text, at, length) => {
          const start = at % (text.length + 1);
          const end = Math.min(text.length, start + length);
          const excerpt = excerptAround(text, start, end - start);
          expect(excerpt.length).toBeLessThanOrEqual(end - start + 2 * 40 + 4);
          const match = text.slice(start, end).replace(/\s+/g, ' ').trim();
          expect(excerpt.replace(/\s+/g, ' ')).toContain(match);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('rebuildLines', () => {
  it('gives the same lines whatever order the pieces are drawn in, top to bottom', () => {
    const pieces = fc
      .array(
        fc.record({
          row: fc.integer({ min: 0, max: 30 }),
          column: fc.integer({ min: 0, max: 9 }),
          text: word,
        }),
        { maxLength: 60 },
      )
      // One piece per slot: two pieces drawn on top of each other have no order to keep.
      .map((all) => [
        ...new Map(all.map((piece) => [`${piece.row}:${piece.column}`, piece])).values(),
      ]);
    fc.assert(
      fc.property(pieces, fc.nat(), (all, seed) => {
        const items = all.map((piece) => ({
          str: piece.text,
          transform: [10, 0, 0, 10, 50 + piece.column * 60, 800 - piece.row * 14],
          width: piece.text.length * 5,
          height: 10,
        }));
        const shuffled = [...items].sort(
          (a, b) =>
            (((a.transform[4] as number) * 31 + seed) % 17) -
            (((b.transform[4] as number) * 31 + seed) % 17),
        );
        const lines = rebuildLines(items);
        expect(rebuildLines(shuffled)).toEqual(lines);
        const rows = new Set(all.map((piece) => piece.row));
        expect(lines).toHaveLength(rows.size);
        for (const [index, row] of [...rows].sort((a, b) => a - b).entries()) {
          const expected = all
            .filter((piece) => piece.row === row)
            .sort((a, b) => a.column - b.column)
            .map((piece) => piece.text)
            .join(' ');
          expect(lines[index]).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

/** A DocumentError, or a result: never another error. */
async function scanOrRefuse(bytes: Uint8Array): Promise<void> {
  try {
    await scanDocument(bytes);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    expect(error.message).not.toContain('\n');
  }
}

describe('hostile bytes', () => {
  it('any bytes are a document type or a wrong-type DocumentError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        try {
          expect(['pdf', 'docx', 'txt']).toContain(detectDocumentType(bytes));
        } catch (error) {
          expect(error).toBeInstanceOf(DocumentError);
          expect((error as DocumentError).code).toBe('wrong-type');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('a Word document with bytes changed, cut or lengthened is read or refused, never a crash', async () => {
    const { bytes } = await wordDocument();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat()),
        async (changes, cut) => {
          const damaged = bytes.slice(
            0,
            cut === null ? undefined : Math.max(4, cut % bytes.length),
          );
          for (const change of changes) damaged[change.at % damaged.length] = change.value;
          await scanOrRefuse(damaged);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('a PDF of random bytes after its signature is refused as a DocumentError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), async (tail) => {
        const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...tail]);
        await scanOrRefuse(bytes);
      }),
      { numRuns: 40 },
    );
  });
});
