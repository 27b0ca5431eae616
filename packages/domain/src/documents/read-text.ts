import { decodeText } from './decode-text';
import type { DocumentTexts } from './document-text';

/**
 * A text file as one text, its lines numbered from 1: UTF-8 (invalid bytes become U+FFFD),
 * or UTF-16 when it starts with that byte order mark, as Windows Notepad saves "Unicode".
 * Line ends of Windows and old Macs count as one line end. @internal
 */
export function readText(bytes: Uint8Array): DocumentTexts {
  const text = decodeText(bytes).replace(/\r\n?/g, '\n');
  return { texts: [{ text, place: { part: 'body', line: 1 } }], warnings: [] };
}
