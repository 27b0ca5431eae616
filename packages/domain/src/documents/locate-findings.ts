import type { AnonymityFinding } from '../anonymity/check-anonymity';
import type { DocumentFinding } from './document-finding';
import type { PlacedText } from './document-text';
import { excerptAround } from './excerpt';

/**
 * The findings of `check` in each of `texts`, each with its line, column and excerpt, in the
 * order of the texts. @internal
 */
export function locateFindings(
  texts: readonly PlacedText[],
  check: (text: string) => readonly AnonymityFinding[],
): DocumentFinding[] {
  const located: DocumentFinding[] = [];
  for (const placed of texts) {
    const found = check(placed.text);
    if (found.length === 0) continue;
    const starts = lineStarts(placed.text);
    for (const finding of found) {
      const index = lineIndexOf(starts, finding.offset);
      const start = starts[index] ?? 0;
      const end = placed.text.indexOf('\n', start);
      const lineText = placed.text.slice(start, end === -1 ? undefined : end);
      const findingEnd = finding.offset + finding.match.length;
      const inserted = placed.inserted?.some(
        ([from, to]) => from < findingEnd && to > finding.offset,
      );
      located.push({
        ...placed.place,
        ...(inserted && { revision: 'inserted' as const }),
        kind: finding.kind,
        match: finding.match,
        line: placed.lineNumbers?.[index] ?? placed.place.line + index,
        column: finding.offset - start + 1,
        excerpt: excerptAround(lineText, finding.offset - start, finding.match.length),
      });
    }
  }
  return located;
}

/** The index where each line of `text` starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    starts.push(at + 1);
  }
  return starts;
}

/** The line (index into `starts`) that holds `offset`, by binary search. */
function lineIndexOf(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
