import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  chromiumMissing,
  encryptedPdf,
  FAMILY,
  imageOnlyPagePdf,
  printedPdf,
  wordDocument,
  zipBomb,
  zipBombDocx,
} from '../../test/support/document-fixtures';
import { DocumentError, type DocumentErrorCode, type DocumentFinding, scanDocument } from './index';

const knownNames = [...FAMILY.knownNames];
const encode = (text: string) => new TextEncoder().encode(text);

/** The findings as `part page/paragraph line kind match`, for readable comparisons. */
const brief = (findings: readonly DocumentFinding[]) =>
  findings.map((finding) =>
    [
      finding.part,
      finding.property ?? '',
      finding.page ?? finding.paragraph ?? '',
      finding.line,
      finding.revision ?? '',
      finding.kind,
      finding.match,
    ].join(' '),
  );

/** The DocumentError `scan` rejects with (the test fails if it resolves or throws another). */
async function refusal(scan: Promise<unknown>): Promise<DocumentError> {
  const error = await scan.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(error).toBeInstanceOf(DocumentError);
  const refused = error as DocumentError;
  // One line, that says what to do.
  expect(refused.message).not.toContain('\n');
  expect(refused.message.length).toBeLessThan(300);
  return refused;
}

const expectRefused = async (scan: Promise<unknown>, code: DocumentErrorCode) =>
  expect((await refusal(scan)).code).toBe(code);

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx of hand-written parts, for what no library writes (text boxes, fallbacks…). */
const handMadeDocx = (parts: Record<string, string>) =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([name, xml]) => [name, encode(xml)])));

const body = (paragraphs: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;

describe.skipIf(chromiumMissing())('scanDocument, a PDF printed by Chromium', () => {
  it('finds details on each page with page and line, in the running header and in the properties', async () => {
    const { bytes } = await printedPdf();
    const scan = await scanDocument(bytes, { type: 'pdf', knownNames });
    expect(scan.type).toBe('pdf');
    expect(scan.pages).toBe(2);
    expect(scan.warnings).toEqual([]);
    expect(brief(scan.findings)).toEqual([
      'body  1 1  email jane.doe@example.org',
      'body  1 4  postcode DE22 1GT',
      'body  1 5  known-name Jane Doe',
      'body  2 1  email jane.doe@example.org',
      'body  2 4  phone-number 07700 900123',
      'property author  1  known-name Kenny Doe',
      'property title  1  known-name Jane Doe',
      'property keywords  1  known-name Jane Doe',
    ]);
    const postcode = scan.findings.find((finding) => finding.kind === 'postcode');
    expect(postcode?.excerpt).toBe('The family lived at an address near DE22 1GT for two years.');
    expect(postcode?.column).toBe(37);
  });

  it('without known names, finds the fixed-form details only', async () => {
    const { bytes } = await printedPdf();
    const scan = await scanDocument(bytes);
    expect(scan.findings.map((finding) => finding.kind)).toEqual([
      'email',
      'postcode',
      'email',
      'phone-number',
    ]);
  });

  it('leaves the bytes it is given as they were', async () => {
    const { bytes } = await printedPdf();
    const copy = bytes.slice();
    await scanDocument(bytes, { type: 'pdf' });
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it('refuses it cut short, or as another type', async () => {
    const { bytes } = await printedPdf();
    await expectRefused(
      scanDocument(bytes.subarray(0, bytes.length >> 1), { type: 'pdf' }),
      'corrupt',
    );
    const asWord = await refusal(scanDocument(bytes, { type: 'docx' }));
    expect(asWord.code).toBe('wrong-type');
    expect(asWord.message).toMatch(
      /^it is a PDF, not a Word document \(\.docx\): give it the right extension \(\.pdf\)/,
    );
  });
});

describe('scanDocument, PDFs drawn with pdf-lib', () => {
  it('warns of a page with no text (a scan), and passes the page with text', async () => {
    const { bytes } = await imageOnlyPagePdf();
    const scan = await scanDocument(bytes, { type: 'pdf', knownNames });
    expect(scan).toEqual({
      type: 'pdf',
      pages: 2,
      findings: [],
      warnings: [
        { kind: 'page-without-text', page: 2, message: 'page 2 has no text: check it by eye' },
      ],
    });
  });

  it('refuses a password-protected PDF as encrypted', async () => {
    const { bytes } = await encryptedPdf();
    const error = await refusal(scanDocument(bytes, { type: 'pdf' }));
    expect(error.code).toBe('encrypted');
    expect(error.message).toMatch(/^it is password-protected: save a copy without the password/);
  });

  it('refuses damaged PDFs as corrupt', async () => {
    await expectRefused(scanDocument(encode(`%PDF-1.7\n${'x'.repeat(5000)}`)), 'corrupt');
    await expectRefused(scanDocument(encode('%PDF-')), 'corrupt');
  });
});

describe('scanDocument, a Word document written by the docx library', () => {
  it('finds details in the body, tracked changes, header, footer, footnote, comment and properties', async () => {
    const { bytes } = await wordDocument();
    const scan = await scanDocument(bytes, { type: 'docx', knownNames });
    expect(scan.type).toBe('docx');
    expect(scan.paragraphs).toBe(6);
    expect(scan.warnings).toEqual([]);
    expect(brief(scan.findings)).toEqual([
      'body  3 1  known-name Jane Doe',
      'body  4 1 inserted known-name Kenny Doe',
      'body  5 1 deleted postcode DE22 1GT',
      'body  6 2  postcode DE1 3AA',
      `header  1 1  postcode ${FAMILY.headerPostcode}`,
      `footer  1 1  phone-number ${FAMILY.footerPhone}`,
      'footnote  3 1  address 14 Acacia Avenue',
      'comment  1 1  known-name Jane Doe',
      'property comment author  1  known-name Kenny Doe',
      'property author  1  known-name Jane Doe',
      'property keywords  1  known-name Kenny Doe',
      'property lastModifiedBy  1  known-name Kenny Doe',
    ]);
    const inserted = scan.findings[1];
    expect(inserted?.excerpt).toBe('Her brother Kenny Doe went to the same school.');
    expect(inserted?.column).toBe(13);
  });

  it('finds the authors of tracked changes when they are known names', async () => {
    const { bytes } = await wordDocument();
    const scan = await scanDocument(bytes, { knownNames: ['Reviewer Two'] });
    expect(brief(scan.findings)).toContain(
      'property tracked change author  1  known-name Reviewer Two',
    );
  });

  it('refuses it cut short, or as a PDF', async () => {
    const { bytes } = await wordDocument();
    await expectRefused(scanDocument(bytes.subarray(0, bytes.length - 100)), 'corrupt');
    const asPdf = await refusal(scanDocument(bytes, { type: 'pdf' }));
    expect(asPdf.code).toBe('wrong-type');
    expect(asPdf.message).toMatch(/^it is a Word document \(\.docx\), not a PDF/);
  });
});

describe('scanDocument, Word documents that no library writes', () => {
  it('reads a text box inside a paragraph once (not its fallback copy), numbered where it starts', async () => {
    const xml = body(
      `<w:p><w:r><w:t>Before</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:txbxContent><w:p><w:r><w:t>Box DE22 1GT</w:t></w:r></w:p></w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>Box DE22 1GT</w:t></w:r></w:p></w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p><w:p><w:r><w:t xml:space="preserve">After</w:t><w:tab/><w:t>NG1 5FS</w:t></w:r></w:p>`,
    );
    const scan = await scanDocument(handMadeDocx({ 'word/document.xml': xml }));
    expect(scan.paragraphs).toBe(3);
    expect(brief(scan.findings)).toEqual([
      'body  2 1  postcode DE22 1GT',
      'body  3 1  postcode NG1 5FS',
    ]);
    expect(scan.findings[1]?.excerpt).toBe('After NG1 5FS');
  });

  it('reads custom properties and the company', async () => {
    const scan = await scanDocument(
      handMadeDocx({
        'word/document.xml': body('<w:p/>'),
        'docProps/app.xml': '<Properties><Company>Doe Ltd, DE22 1GT</Company></Properties>',
        'docProps/custom.xml':
          '<Properties><property name="Case"><vt:lpwstr xmlns:vt="urn:vt">Jane Doe</vt:lpwstr></property></Properties>',
      }),
      { knownNames },
    );
    expect(brief(scan.findings)).toEqual([
      'property company  1  postcode DE22 1GT',
      'property custom: Case  1  known-name Jane Doe',
    ]);
  });

  it('names what another zip is: a workbook, a presentation, an OpenDocument file', async () => {
    for (const [name, what] of [
      ['xl/workbook.xml', 'an Excel workbook'],
      ['ppt/presentation.xml', 'a PowerPoint presentation'],
      ['mimetype', 'an OpenDocument file'],
      ['notes.txt', 'a zip archive'],
    ] as const) {
      const error = await refusal(scanDocument(handMadeDocx({ [name]: 'x' }), { type: 'docx' }));
      expect(error.code).toBe('wrong-type');
      expect(error.message.startsWith(`it is ${what}`)).toBe(true);
    }
  });

  it('refuses XML that is not well formed, and nesting past the limit', async () => {
    await expectRefused(
      scanDocument(handMadeDocx({ 'word/document.xml': body('<w:p><w:t>open') })),
      'corrupt',
    );
    const deep = `${'<w:tbl><w:tr><w:tc>'.repeat(400)}${'</w:tc></w:tr></w:tbl>'.repeat(400)}`;
    await expectRefused(
      scanDocument(handMadeDocx({ 'word/document.xml': body(deep) })),
      'too-complex',
    );
  });

  it('never expands entities declared in the file (no "billion laughs")', async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "DE22 1GT"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ${W}><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const outcome = await scanDocument(handMadeDocx({ 'word/document.xml': xml })).then(
      (scan) => scan.findings.length,
      (error: DocumentError) => error.code,
    );
    // Either refused or read without the entity's text: never ten postcodes.
    expect([0, 'corrupt']).toContain(outcome);
  });

  it('refuses a part marked as encrypted', async () => {
    const bytes = handMadeDocx({ 'word/document.xml': body('<w:p/>') });
    // The central directory entry's flags (offset 8) and the local header's (offset 6).
    const view = new DataView(bytes.buffer);
    const central = lastCentralEntry(bytes);
    view.setUint16(central + 8, 1, true);
    view.setUint16(6, 1, true);
    await expectRefused(scanDocument(bytes), 'encrypted');
  });
});

describe('scanDocument, limits', () => {
  it('refuses a zip bomb past the default limit of what a .docx may unpack to', async () => {
    const { bytes: bomb } = await zipBombDocx();
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(scanDocument(bomb, { type: 'docx' }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/more than the limit of 200 MB/);
  });

  it('refuses a bomb whose directory claims it is small: the bytes unpacked are counted', async () => {
    await expectRefused(
      scanDocument(zipBomb(3, 100), { maxUnpackedBytes: 1024 * 1024 }),
      'too-large',
    );
    // And within the limit, the same document reads.
    expect(
      (await scanDocument(zipBomb(3, 100), { maxUnpackedBytes: 4 * 1024 * 1024 })).paragraphs,
    ).toBe(0);
  });

  it('refuses a file over maxBytes before reading it', async () => {
    const error = await refusal(scanDocument(encode('a'.repeat(2048)), { maxBytes: 1024 }));
    expect(error.code).toBe('too-large');
  });

  it('refuses an empty file, and bytes of no type it reads', async () => {
    await expectRefused(scanDocument(new Uint8Array(0)), 'corrupt');
    const png = await refusal(
      scanDocument(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), { type: 'pdf' }),
    );
    expect(png.code).toBe('wrong-type');
    expect(png.message).toMatch(/^it is a PNG image, not a PDF/);
    await expectRefused(scanDocument(new Uint8Array([1, 2, 3, 0, 5])), 'wrong-type');
  });
});

describe('scanDocument, text files', () => {
  it('reports each line of a text file, UTF-8 or UTF-16 with its byte order mark', async () => {
    const text = 'Learning review\r\nThe family lived near DE22 1GT.\nJane Doe moved.';
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer),
    ]);
    for (const bytes of [encode(text), utf16]) {
      const scan = await scanDocument(bytes, { type: 'txt', knownNames });
      expect(brief(scan.findings)).toEqual([
        'body   2  postcode DE22 1GT',
        'body   3  known-name Jane Doe',
      ]);
      expect(scan.findings[0]?.column).toBe(23);
    }
  });
});

/** Where the last entry of a zip's central directory starts. */
function lastCentralEntry(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 4; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) return at;
  }
  throw new Error('no central directory entry');
}
