// Real documents for the scan's tests, made by the tools partnerships' documents are made
// with: a PDF printed by Chromium from HTML, a .docx written by the `docx` library, PDFs
// drawn and encrypted with pdf-lib. Each names the same invented family in a different
// hiding place. They are made once per test run (the suite runs once per time zone, in
// several processes) into a folder under the system's temp folder named for the run, and
// never into the repository.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, rgb, StandardFonts } from '@cantoo/pdf-lib';
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import { Zip, ZipDeflate } from 'fflate';
import { chromium } from 'playwright-core';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { chromiumArgs, findChromium } from '../../../../scripts/lib/chromium.mjs';

/** The invented family's details, and where each fixture puts them. */
export const FAMILY = {
  knownNames: ['Jane Doe', 'Kenny Doe'],
  /** PDF page 1 body. */
  postcode: 'DE22 1GT',
  /** PDF page 2 body. */
  phone: '07700 900123',
  /** PDF header (every page). */
  headerEmail: 'jane.doe@example.org',
  /** Word header. */
  headerPostcode: 'NG1 5FS',
  /** Word footer. */
  footerPhone: '01632 960001',
} as const;

const RUN_FOLDER = join(tmpdir(), `ddscp-document-fixtures-${process.ppid}`);
const ROOT_PREFIX = 'ddscp-document-fixtures-';

/** Whether Chromium is here: the printed PDF needs it (CI always has it). */
export function chromiumMissing(): string | undefined {
  try {
    findChromium();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** The path of fixture `name`, made by `make` the first time in this test run. */
async function cached(name: string, make: () => Promise<Uint8Array>): Promise<string> {
  const path = join(RUN_FOLDER, name);
  if (existsSync(path)) return path;
  if (!existsSync(RUN_FOLDER)) {
    removeStaleRunFolders();
    mkdirSync(RUN_FOLDER, { recursive: true });
  }
  const bytes = await make();
  // Written aside, then renamed: another process of the run reads it whole or not at all.
  const partial = `${path}.${process.pid}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
  return path;
}

/** Folders left by runs that have ended (their process is gone). */
function removeStaleRunFolders(): void {
  for (const entry of readdirSync(tmpdir())) {
    if (!entry.startsWith(ROOT_PREFIX)) continue;
    const pid = Number(entry.slice(ROOT_PREFIX.length));
    if (!Number.isInteger(pid) || pid === process.ppid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(join(tmpdir(), entry), { recursive: true, force: true });
    }
  }
}

/** A path and the bytes there. */
export interface Fixture {
  readonly path: string;
  readonly bytes: Uint8Array;
}

const fixture = async (name: string, make: () => Promise<Uint8Array>): Promise<Fixture> => {
  const path = await cached(name, make);
  return { path, bytes: new Uint8Array(await readFile(path)) };
};

/**
 * A two-page report printed by Chromium: the postcode on page 1, the telephone number on
 * page 2, a known name in the body, the email in the running header; then its properties
 * (author, subject, keywords) set with pdf-lib, as a publishing tool would.
 */
export const printedPdf = () =>
  fixture('printed-report.pdf', async () => {
    const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<title>Learning review for Jane Doe</title>
<style>@page { size: A4; margin: 25mm 18mm; } body { font: 11pt/1.4 sans-serif; }
section { break-after: page; } section:last-child { break-after: auto; }</style></head><body>
<section><h1>Learning review</h1><p>This review looks at how agencies worked together.</p>
<p>The family lived at an address near ${FAMILY.postcode} for two years.</p>
<p>Jane Doe was seen by the health visitor in the spring.</p></section>
<section><h2>What we learned</h2><p>Practitioners should share concerns early.</p>
<p>The school rang the family on ${FAMILY.phone} when she was absent.</p></section>
</body></html>`;
    const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
    let printed: Uint8Array;
    try {
      const page = await browser.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      printed = new Uint8Array(
        await page.pdf({
          format: 'A4',
          displayHeaderFooter: true,
          headerTemplate: `<div style="font-size:9pt;width:100%;text-align:center">Draft: send comments to ${FAMILY.headerEmail}</div>`,
          footerTemplate:
            '<div style="font-size:9pt;width:100%;text-align:center">Page <span class="pageNumber"></span></div>',
          margin: { top: '25mm', bottom: '25mm', left: '18mm', right: '18mm' },
        }),
      );
    } finally {
      await browser.close();
    }
    const document = await PDFDocument.load(printed);
    document.setAuthor('Kenny Doe');
    document.setSubject('Review of the Doe family');
    document.setKeywords(['safeguarding', 'Jane Doe']);
    return document.save();
  });

/** Two pages drawn with pdf-lib: text on page 1; on page 2 only a shape, as a scan is. */
export const imageOnlyPagePdf = () =>
  fixture('image-only-page.pdf', async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    const first = document.addPage([595, 842]);
    first.drawText('Summary of the review, with no identifying details.', {
      x: 50,
      y: 780,
      size: 12,
      font,
    });
    const second = document.addPage([595, 842]);
    second.drawRectangle({ x: 50, y: 300, width: 495, height: 400, color: rgb(0.6, 0.6, 0.6) });
    return document.save();
  });

/** A one-page PDF that needs a password to open. */
export const encryptedPdf = () =>
  fixture('encrypted.pdf', async () => {
    const document = await PDFDocument.create();
    const font = await document.embedFont(StandardFonts.Helvetica);
    document
      .addPage([595, 842])
      .drawText(`Lives at ${FAMILY.postcode}`, { x: 50, y: 780, size: 12, font });
    document.encrypt({ userPassword: 'secret', ownerPassword: 'owner-secret' });
    return document.save();
  });

const change = (id: number, author: string) => ({ id, author, date: '2025-03-01T10:00:00Z' });

/**
 * A Word document written with the `docx` library: a known name in the body, the postcode
 * in the header, the telephone number in the footer, a comment naming the child (by an
 * author who is on the list), a tracked insertion and a tracked deletion that name them,
 * a footnote, and the properties.
 */
export const wordDocument = () =>
  fixture('report.docx', async () => {
    const document = new Document({
      creator: 'Jane Doe',
      lastModifiedBy: 'Kenny Doe',
      title: 'Review for the Doe family',
      subject: 'Learning review',
      keywords: 'safeguarding, Kenny Doe',
      description: 'Draft',
      comments: {
        children: [
          {
            id: 0,
            author: 'Kenny Doe',
            initials: 'KD',
            date: new Date('2025-03-01T10:00:00Z'),
            children: [new Paragraph({ children: [new TextRun('Is this Jane Doe? Check.')] })],
          },
        ],
      },
      footnotes: {
        1: { children: [new Paragraph('Letter to 14 Acacia Avenue, kept on file.')] },
      },
      sections: [
        {
          headers: {
            default: new Header({
              children: [new Paragraph(`Draft report, office at ${FAMILY.headerPostcode}`)],
            }),
          },
          footers: {
            default: new Footer({
              children: [
                new Paragraph({
                  alignment: AlignmentType.CENTER,
                  children: [new TextRun(`Questions: ${FAMILY.footerPhone}`)],
                }),
              ],
            }),
          },
          children: [
            new Paragraph('Learning review'),
            new Paragraph({
              children: [
                new TextRun('The review was asked for in 2024.'),
                new FootnoteReferenceRun(1),
              ],
            }),
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('The child, Jane Doe, was known to services.'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun('Her brother '),
                new InsertedTextRun({ text: 'Kenny Doe', ...change(1, 'Reviewer One') }),
                new TextRun(' went to the same school.'),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun('The family moved '),
                new DeletedTextRun({ text: 'to DE22 1GT ', ...change(2, 'Reviewer Two') }),
                new TextRun('in the summer.'),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun({ text: 'First line', break: 0 }),
                new TextRun({ text: 'Seen at DE1 3AA', break: 1 }),
              ],
            }),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(document));
  });

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A .docx whose document.xml unpacks to `megabytes` of spaces (a "zip bomb": a few hundred
 * kilobytes), its zip directory claiming `claimed` bytes when given (a lie the scan must
 * not believe).
 */
export function zipBomb(megabytes: number, claimed?: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const entry = new ZipDeflate('word/document.xml', { level: 1 });
  zip.add(entry);
  const encode = (text: string) => new TextEncoder().encode(text);
  entry.push(encode(`<w:document ${W}><w:body>`));
  const spaces = new Uint8Array(1 << 20).fill(0x20);
  for (let index = 0; index < megabytes; index++) entry.push(spaces);
  entry.push(encode('</w:body></w:document>'), true);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  if (claimed !== undefined) {
    const view = new DataView(bytes.buffer);
    const central = lastCentralEntry(bytes);
    view.setUint32(central + 24, claimed, true);
  }
  return bytes;
}

/** A zip bomb past the default limit (210 MB of text), made once a run: making it takes seconds. */
export const zipBombDocx = () => fixture('zip-bomb.docx', async () => zipBomb(210));

/** Where the last entry of a zip's central directory starts. */
function lastCentralEntry(bytes: Uint8Array): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = bytes.length - 4; at >= 0; at--) {
    if (view.getUint32(at, true) === 0x02014b50) return at;
  }
  throw new Error('no central directory entry');
}
