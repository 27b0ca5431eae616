/**
 * Bytes of text as a string: UTF-8 (invalid bytes become U+FFFD), or UTF-16 when they start
 * with its byte order mark, as Windows Notepad saves "Unicode" and some XML writers do.
 * TextDecoder drops the byte order mark it recognises. @internal
 */
export function decodeText(bytes: Uint8Array): string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}
