// What each reader hands to the scan: the document as a list of texts, each with its place.
// Keeping the readers to this one shape is what lets one scan (locate-findings.ts) report
// every format alike.
import type { DocumentPlace, DocumentWarning } from './document-finding';

/** One text of a document with its place; `line` is the place's first line. @internal */
export interface PlacedText {
  readonly text: string;
  readonly place: DocumentPlace;
  /**
   * The line number of each line of `text` (split at `\n`), when they are not consecutive
   * from `place.line`: a PDF page's lines are numbered from the top of the page.
   */
  readonly lineNumbers?: readonly number[];
  /** Word: the ranges of `text` (start, end) that are tracked insertions. */
  readonly inserted?: readonly (readonly [number, number])[];
}

/** What a reader found in a document. @internal */
export interface DocumentTexts {
  readonly texts: readonly PlacedText[];
  readonly warnings: readonly DocumentWarning[];
  readonly pages?: number;
  readonly paragraphs?: number;
}
