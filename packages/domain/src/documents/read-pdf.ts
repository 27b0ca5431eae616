// A PDF as texts with their places, read with Mozilla's pdf.js (pdfjs-dist, an optional
// dependency: loaded here, on the first PDF, so that nothing else in the package pays for
// it). pdf.js runs with what a scan needs and nothing more: no eval of code from the file,
// no fonts fetched or loaded from the system, no rendering.
import { DocumentError } from './document-error';
import type { DocumentWarning } from './document-finding';
import type { DocumentTexts, PlacedText } from './document-text';

/** How far a PDF is read: past the limits it is refused, not half-read. @internal */
export interface PdfLimits {
  readonly maxPages: number;
  /** Milliseconds for the whole document, checked between pages. */
  readonly timeoutMs: number;
}

/** The part of a text item of pdf.js that lines are rebuilt from. */
interface TextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** A line of a page being rebuilt: its baseline and the pieces of text on it. */
interface Line {
  readonly y: number;
  readonly height: number;
  readonly pieces: { readonly x: number; readonly width: number; readonly text: string }[];
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<PdfJs> | undefined;

/** pdf.js, imported once; an `extractor-missing` error when it is not installed. */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').catch((error: unknown) => {
    pdfjs = undefined;
    throw new DocumentError(
      'extractor-missing',
      'reading PDFs needs the package pdfjs-dist, which is not installed: run npm install pdfjs-dist (it is an optional dependency of @ddscp/domain).',
      { cause: error },
    );
  });
  return pdfjs;
}

/** The texts of a PDF, within `limits`. @internal */
export async function readPdf(bytes: Uint8Array, limits: PdfLimits): Promise<DocumentTexts> {
  const { getDocument } = await loadPdfJs();
  const started = Date.now();
  const task = getDocument({
    // A copy: pdf.js takes over (detaches) the buffer it is given, and the caller's bytes
    // must stay as they were.
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw openError(error);
    });
    const pages = document.numPages;
    if (pages > limits.maxPages) {
      throw new DocumentError(
        'too-large',
        `it has ${pages} pages, more than the limit of ${limits.maxPages}: split it into parts and scan each.`,
      );
    }
    const texts: PlacedText[] = [];
    const later: PlacedText[] = [];
    const warnings: DocumentWarning[] = [];
    for (let number = 1; number <= pages; number++) {
      if (Date.now() - started > limits.timeoutMs) {
        throw new DocumentError(
          'too-complex',
          `reading it took longer than the limit of ${Math.round(limits.timeoutMs / 1000)} s (at page ${number} of ${pages}): split it into parts and scan each.`,
        );
      }
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const lines = rebuildLines(content.items.filter((item) => 'str' in item) as TextItem[]);
      if (lines.length === 0) {
        warnings.push({
          kind: 'page-without-text',
          page: number,
          message: `page ${number} has no text: check it by eye`,
        });
      } else {
        texts.push({ text: lines.join('\n'), place: { part: 'body', page: number, line: 1 } });
      }
      for (const annotation of await page.getAnnotations()) {
        later.push(...annotationTexts(annotation, number));
      }
      page.cleanup();
    }
    texts.push(...later);
    texts.push(...outlineTexts(await document.getOutline().catch(() => null)));
    texts.push(...(await metadataTexts(document)));
    return { texts, warnings, pages };
  } finally {
    await task.destroy();
  }
}

/** What failed to open, as a DocumentError: a password, damage, or pdf.js's own words. */
function openError(error: unknown): DocumentError {
  const name = (error as Error | undefined)?.name;
  if (name === 'PasswordException') {
    return new DocumentError(
      'encrypted',
      'it is password-protected: save a copy without the password (in Acrobat: File, Properties, Security) and scan that.',
      { cause: error },
    );
  }
  const detail = ((error as Error | undefined)?.message?.split('\n')[0] ?? String(error)).replace(
    /\.$/,
    '',
  );
  return new DocumentError(
    'corrupt',
    `the PDF is damaged or incomplete (${detail}): export it again from the program that made it.`,
    { cause: error },
  );
}

/**
 * The lines of a page, top to bottom, each read left to right: pieces whose baselines are
 * within half a line's height of the line's first (highest) piece are one line. (pdf.js
 * gives pieces in the order they are drawn, which is not always the order they are read:
 * a footer can be drawn first.) Sorting first makes the lines the same whatever that order.
 * @internal
 */
export function rebuildLines(items: readonly TextItem[]): string[] {
  const pieces = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({
      x: item.transform[4] ?? 0,
      y: item.transform[5] ?? 0,
      width: item.width,
      height: Math.abs(item.height) || Math.abs(item.transform[3] ?? 0) || 1,
      text: item.str,
    }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const piece of pieces) {
    const line = lines.at(-1);
    if (line && line.y - piece.y <= Math.max(line.height, piece.height) / 2) {
      line.pieces.push(piece);
    } else {
      lines.push({ y: piece.y, height: piece.height, pieces: [piece] });
    }
  }
  return lines.map((line) => {
    let text = '';
    let end = Number.NEGATIVE_INFINITY;
    for (const piece of line.pieces.sort((a, b) => a.x - b.x)) {
      // A gap wider than a fifth of the line's height is a space the PDF did not draw.
      const gap = piece.x - end > line.height * 0.2;
      if (text !== '' && gap && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
      text += piece.text;
      end = piece.x + piece.width;
    }
    return text.replace(/\s+$/, '');
  });
}

/** An annotation's texts: its note or value, and its author. */
function annotationTexts(annotation: Record<string, unknown>, page: number): PlacedText[] {
  const texts: PlacedText[] = [];
  const text = (value: unknown) =>
    typeof value === 'string'
      ? value
      : Array.isArray(value)
        ? value.filter((entry) => typeof entry === 'string').join('\n')
        : '';
  const str = (value: unknown) => text((value as { str?: unknown } | undefined)?.str);
  const contents = str(annotation.contentsObj) || text(annotation.contents);
  const value = text(annotation.fieldValue);
  for (const body of [contents, value]) {
    if (body.trim() !== '') {
      texts.push({
        text: body.replace(/\r\n?/g, '\n'),
        place: { part: 'annotation', page, line: 1 },
      });
    }
  }
  const author = str(annotation.titleObj);
  if (author.trim() !== '') {
    texts.push({
      text: author,
      place: { part: 'property', property: 'annotation author', page, line: 1 },
    });
  }
  return texts;
}

interface OutlineNode {
  readonly title: string;
  readonly items: readonly OutlineNode[];
}

/** The bookmarks' titles, depth first, at most 10,000 of them. */
function outlineTexts(outline: readonly OutlineNode[] | null): PlacedText[] {
  const texts: PlacedText[] = [];
  const stack = [...(outline ?? [])].reverse();
  while (stack.length > 0 && texts.length < 10_000) {
    const node = stack.pop() as OutlineNode;
    if (typeof node.title === 'string' && node.title.trim() !== '') {
      texts.push({ text: node.title, place: { part: 'bookmark', line: 1 } });
    }
    stack.push(...[...(node.items ?? [])].reverse());
  }
  return texts;
}

/** The document information (author, title…) and the XMP metadata's text values. */
async function metadataTexts(document: {
  getMetadata(): Promise<{ info: object; metadata: Iterable<[string, unknown]> | null }>;
}): Promise<PlacedText[]> {
  const { info, metadata } = await document.getMetadata();
  const texts: PlacedText[] = [];
  const seen = new Set<string>();
  const add = (property: string, value: unknown) => {
    const values = Array.isArray(value) ? value : [value];
    for (const text of values) {
      if (typeof text !== 'string' || text.trim() === '') continue;
      const key = `${property}\u0000${text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      texts.push({ text, place: { part: 'property', property, line: 1 } });
    }
  };
  const fields = info as Record<string, unknown>;
  for (const field of ['Author', 'Title', 'Subject', 'Keywords', 'Creator', 'Producer']) {
    add(field.toLowerCase(), fields[field]);
  }
  const custom = fields.Custom;
  if (custom && typeof custom === 'object') {
    for (const [name, value] of Object.entries(custom)) add(`custom: ${name}`, value);
  }
  if (metadata) for (const [name, value] of metadata) add(name, value);
  return texts;
}
