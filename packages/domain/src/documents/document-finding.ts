import type { IdentifyingDetailKind } from '../anonymity/check-anonymity';
import type { DocumentType } from './document-type';

/**
 * Where in a document a text is: the body, or one of the places names hide that a reader
 * of the printed page never sees (properties, comments, tracked changes, headers, footers).
 */
export type DocumentPart =
  /** The text of a page (PDF, with its printed headers and footers), the document (Word) or the file (text). */
  | 'body'
  /** A Word header. */
  | 'header'
  /** A Word footer. */
  | 'footer'
  /** A Word footnote. */
  | 'footnote'
  /** A Word endnote. */
  | 'endnote'
  /** A Word comment. */
  | 'comment'
  /** A PDF annotation (a sticky note, a comment, a form field's value). */
  | 'annotation'
  /** A PDF bookmark (outline) title. */
  | 'bookmark'
  /** A document property (`property` says which): author, title, a comment's author… */
  | 'property';

/** The place of a text in a document, as an editor finds it there. */
export interface DocumentPlace {
  readonly part: DocumentPart;
  /** PDF: the page, from 1. */
  readonly page?: number;
  /** Word: the paragraph, from 1, counted within its part (the body, the headers, the comments…). */
  readonly paragraph?: number;
  /**
   * The line, from 1: on a PDF page, counted from the top of the page; in a Word
   * paragraph, counted from its start at each line break; in a text file, of the file.
   */
  readonly line: number;
  /** Which property, for `part: 'property'`: `author`, `title`, `lastModifiedBy`, `comment author`… */
  readonly property?: string;
  /** Word: the text is a tracked change, still in the file until it is accepted or rejected. */
  readonly revision?: 'inserted' | 'deleted';
}

/** A detail that could identify a child or family, found in a document, with its place. */
export interface DocumentFinding extends DocumentPlace {
  readonly kind: IdentifyingDetailKind;
  /** The text found, as written. */
  readonly match: string;
  /** The column in its line where it starts, from 1 (in UTF-16 code units). */
  readonly column: number;
  /** The text around it on its line (cut with … when long), for finding it by eye. */
  readonly excerpt: string;
}

/** Something a person must check because the scan could not: a page with no text layer. */
export interface DocumentWarning {
  readonly kind: 'page-without-text';
  /** The page, from 1. */
  readonly page: number;
  /** For a person, e.g. "page 3 has no text: check it by eye". */
  readonly message: string;
}

/** What {@link scanDocument} found in one document. */
export interface DocumentScan {
  readonly type: DocumentType;
  /** PDF: how many pages it has. */
  readonly pages?: number;
  /** Word: how many paragraphs its body has. */
  readonly paragraphs?: number;
  /** In the order of the document: the body first, then the other parts, then properties. */
  readonly findings: readonly DocumentFinding[];
  readonly warnings: readonly DocumentWarning[];
}
