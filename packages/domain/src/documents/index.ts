/// <reference types="node" />
// @ddscp/domain/documents: scanning PDF, Word and text documents for identifying details.
// Node only, and apart from the main entry, which browsers load: reading PDFs pulls in
// pdf.js (an optional dependency), and nothing here belongs in a page.
export { DocumentError, type DocumentErrorCode } from './document-error';
export type {
  DocumentFinding,
  DocumentPart,
  DocumentPlace,
  DocumentScan,
  DocumentWarning,
} from './document-finding';
export { DOCUMENT_EXTENSIONS, type DocumentType, detectDocumentType } from './document-type';
export { DOCUMENT_LIMITS, type ScanDocumentOptions, scanDocument } from './scan-document';
