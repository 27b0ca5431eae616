/** Why a document could not be scanned: each has a one-line message that says what to do. */
export type DocumentErrorCode =
  /** The bytes are not of the type the name or `type` says (a PNG named `.pdf`), or of none scanned. */
  | 'wrong-type'
  /** The document needs a password to open. */
  | 'encrypted'
  /** The file is damaged or not a valid document of its type. */
  | 'corrupt'
  /** The file, or what it unpacks to, is larger than the limit. */
  | 'too-large'
  /** Reading it took longer than the limit, or more memory than the limit. */
  | 'too-complex'
  /** Reading PDFs needs the optional package `pdfjs-dist`, which is not installed. */
  | 'extractor-missing';

/**
 * A document that {@link scanDocument} cannot read, with a one-line message that says what
 * was wrong and how to fix it (without the file's name: the caller adds it).
 */
export class DocumentError extends Error {
  override readonly name = 'DocumentError';
  /** What kind of problem it is, for programs. */
  readonly code: DocumentErrorCode;

  constructor(code: DocumentErrorCode, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}
