import { type AnonymityOptions, anonymityChecker } from '../anonymity/check-anonymity';
import { DocumentError } from './document-error';
import type { DocumentScan } from './document-finding';
import type { DocumentTexts } from './document-text';
import { type DocumentType, detectDocumentType } from './document-type';
import { locateFindings } from './locate-findings';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';
import { readText } from './read-text';

/** The limits {@link scanDocument} reads a document within, unless told otherwise. */
export const DOCUMENT_LIMITS = {
  /** The largest file read: 50 MB, past any report but one of scanned images. */
  maxBytes: 50 * 1024 * 1024,
  /** Word: what its text parts may unpack to, together (a zip bomb unpacks to gigabytes). */
  maxUnpackedBytes: 200 * 1024 * 1024,
  /** Word: the parts its zip may have. */
  maxEntries: 10_000,
  /** PDF: the pages it may have. */
  maxPages: 5_000,
  /** PDF: how long reading it may take, in milliseconds. */
  timeoutMs: 120_000,
} as const;

/** What {@link scanDocument} reads and looks for. */
export interface ScanDocumentOptions extends AnonymityOptions {
  /**
   * What the document should be, e.g. from its file's extension: bytes of another type
   * are refused (`wrong-type`). When not given, the type is taken from the bytes.
   */
  readonly type?: DocumentType;
  /** The largest document read, in bytes; by default {@link DOCUMENT_LIMITS}.maxBytes (50 MB). */
  readonly maxBytes?: number;
  /** Word: what its text parts may unpack to, in bytes; by default 200 MB. */
  readonly maxUnpackedBytes?: number;
}

/**
 * Scans a document for details that could identify a child or family (the details
 * `checkAnonymity` finds, and `knownNames`), in its text and where names hide: a PDF's
 * pages, annotations, bookmarks and properties (author, title, subject, keywords, XMP); a
 * Word document's body, headers, footers, footnotes, endnotes, comments and their authors,
 * tracked insertions and deletions and their authors, and properties (author, last
 * modified by, title, subject, keywords, description, company); a text file's lines.
 *
 * Each finding has its place: the page (PDF) or paragraph (Word), the line and column, and
 * an excerpt. A PDF page without text (a scanned image) cannot be checked and is a warning,
 * "page N has no text: check it by eye".
 *
 * `bytes` are only read, never changed. A document that cannot be read is a
 * {@link DocumentError} with a `code` and a one-line message: not of its `type`
 * (`wrong-type`), password-protected (`encrypted`), damaged (`corrupt`), past a limit
 * (`too-large`, `too-complex`), or a PDF while `pdfjs-dist` (an optional dependency) is
 * not installed (`extractor-missing`). Reading PDFs needs Node (20.19 or later).
 */
export async function scanDocument(
  bytes: Uint8Array,
  options: ScanDocumentOptions = {},
): Promise<DocumentScan> {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError('scanDocument expects the document as a Uint8Array (or a Buffer).');
  }
  const maxBytes = options.maxBytes ?? DOCUMENT_LIMITS.maxBytes;
  if (bytes.length > maxBytes) {
    throw new DocumentError(
      'too-large',
      `it is ${megabytes(bytes.length)} MB, more than the limit of ${megabytes(maxBytes)} MB: split it into parts and scan each.`,
    );
  }
  if (bytes.length === 0) {
    throw new DocumentError('corrupt', 'the file is empty: save or export the document again.');
  }
  const type = detectDocumentType(bytes, options.type);
  const texts = await read(type, bytes, options);
  const check = anonymityChecker(options);
  return {
    type,
    ...(texts.pages !== undefined && { pages: texts.pages }),
    ...(texts.paragraphs !== undefined && { paragraphs: texts.paragraphs }),
    findings: locateFindings(texts.texts, check),
    warnings: texts.warnings,
  };
}

function read(
  type: DocumentType,
  bytes: Uint8Array,
  options: ScanDocumentOptions,
): Promise<DocumentTexts> | DocumentTexts {
  switch (type) {
    case 'pdf':
      return readPdf(bytes, DOCUMENT_LIMITS);
    case 'docx':
      return readDocx(bytes, {
        maxUnpackedBytes: options.maxUnpackedBytes ?? DOCUMENT_LIMITS.maxUnpackedBytes,
        maxEntries: DOCUMENT_LIMITS.maxEntries,
      });
    case 'txt':
      return readText(bytes);
  }
}

const megabytes = (bytes: number) => {
  const value = bytes / 1024 / 1024;
  return value < 10 ? value.toFixed(1).replace(/\.0$/, '') : String(Math.round(value));
};
