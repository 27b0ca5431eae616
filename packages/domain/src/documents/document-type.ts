// What a file is, from its first bytes rather than its name: a report saved with the wrong
// extension, or a picture renamed .pdf, must be refused with a message that says what it
// is, not read as something it is not.
import { DocumentError } from './document-error';

/** The kinds of document {@link scanDocument} reads. */
export type DocumentType = 'pdf' | 'docx' | 'txt';

/** The document types by file extension (lower case, with the dot). */
export const DOCUMENT_EXTENSIONS: Readonly<Record<string, DocumentType>> = {
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.txt': 'txt',
};

const NAMES: Readonly<Record<DocumentType, string>> = {
  pdf: 'a PDF',
  docx: 'a Word document (.docx)',
  txt: 'a text file',
};

/** Other formats worth naming when they turn up, by their first bytes. */
const KNOWN: readonly { readonly magic: readonly number[]; readonly name: string }[] = [
  { magic: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { magic: [0x49, 0x49, 0x2a, 0x00], name: 'a TIFF image' },
  { magic: [0x4d, 0x4d, 0x00, 0x2a], name: 'a TIFF image' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], name: 'an RTF document (save it as .docx or PDF)' },
  { magic: [0x1f, 0x8b], name: 'a gzip archive' },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = new TextEncoder().encode('%PDF-');
/** How far into the file the PDF signature may be: readers accept junk before it. */
const PDF_SIGNATURE_WINDOW = 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((byte, index) => bytes[at + index] === byte);

/** What `bytes` are: a type scanned, or a description of what else they are. */
function sniff(bytes: Uint8Array): { type: DocumentType } | { other: string } {
  const window = Math.min(bytes.length - PDF.length, PDF_SIGNATURE_WINDOW);
  for (let at = 0; at <= window; at++) {
    if (bytes[at] === 0x25 && startsWith(bytes, [...PDF], at)) return { type: 'pdf' };
  }
  // A zip: whether it is a Word document is for the reader to say, from its parts.
  if (startsWith(bytes, ZIP)) return { type: 'docx' };
  if (startsWith(bytes, OLE)) {
    // Word saves a password-protected .docx inside an OLE container, as an EncryptedPackage.
    return {
      other: includesUtf16(bytes, 'EncryptedPackage')
        ? 'a password-protected Office document (remove the password in Word: File, Info, Protect Document)'
        : 'an old Office document (.doc): open it in Word and save it as .docx',
    };
  }
  for (const known of KNOWN) if (startsWith(bytes, known.magic)) return { other: known.name };
  if (looksLikeText(bytes)) return { type: 'txt' };
  return { other: 'not a PDF, Word document or text file' };
}

/**
 * The type of `bytes`, checked against `expected` (from the file's extension or the
 * caller) when given: a mismatch, or bytes of no type scanned, is a `wrong-type`
 * {@link DocumentError}.
 */
export function detectDocumentType(bytes: Uint8Array, expected?: DocumentType): DocumentType {
  const found = sniff(bytes);
  if ('other' in found) {
    throw new DocumentError(
      'wrong-type',
      `it is ${found.other}${expected ? `, not ${NAMES[expected]}` : ''}; scan reads PDF, .docx and .txt files.`,
    );
  }
  if (expected && found.type !== expected) {
    throw new DocumentError(
      'wrong-type',
      `it is ${NAMES[found.type]}, not ${NAMES[expected]}: give it the right extension (${extensionOf(found.type)}).`,
    );
  }
  return found.type;
}

const extensionOf = (type: DocumentType) =>
  Object.entries(DOCUMENT_EXTENSIONS).find(([, value]) => value === type)?.[0] ?? '';

/**
 * Text: a byte order mark, or no NUL and no other control characters but tab, line feed,
 * carriage return and form feed in the first 8 kB, and valid UTF-8 there (a character cut
 * at the end of the window is allowed).
 */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return true;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const head = bytes.subarray(0, 8192);
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) {
      return false;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: head.length < bytes.length });
    return true;
  } catch {
    return false;
  }
}

function includesUtf16(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index++) needle[index * 2] = text.charCodeAt(index);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length;
  outer: for (let at = 0; at <= limit; at++) {
    for (let index = 0; index < needle.length; index++) {
      if (bytes[at + index] !== needle[index]) continue outer;
    }
    return true;
  }
  return false;
}
