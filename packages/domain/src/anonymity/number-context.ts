import { isValidIsbn10, isValidIsbn13 } from './isbn';

// A label just before a number says what it is: "ref 943 476 5919" is a reference that
// happens to pass the NHS check, "ISBN 0-306-40615-7" a book. Read in a window of a few
// dozen characters before the number, so the check costs the same for any text.
const LABEL_WINDOW = 40;
const LABEL =
  /(?<![\p{L}\p{N}])(?:ref(?:erence)?|case|invoice|inv|order|isbn(?:-?1[03])?|issn|doi|account|a\/c|policy|claim|ticket|crime|incident)\.?\s{0,3}(?:no\.?|nos\.?|number|num\.?|#|ref\.?)?\s{0,3}[:#.-]?\s{0,3}$/iu;

/**
 * Whether the digits at `start` in `text` follow a label that makes them a reference, an
 * invoice or order number, or an ISBN, and not an NHS or telephone number. @internal
 */
export function followsReferenceLabel(text: string, start: number): boolean {
  return LABEL.test(text.slice(Math.max(0, start - LABEL_WINDOW), start));
}

/**
 * Whether a number written in hyphenated groups is a valid ISBN: four groups an ISBN-10
 * ("0-306-40615-2"), five an ISBN-13 ("978-0-306-40615-7"). A book, not an NHS or
 * telephone number. @internal
 */
export function isHyphenatedIsbn(match: string): boolean {
  const groups = match.split('-').map((group) => group.trim());
  if (!groups.every((group) => /^[0-9]+$/.test(group))) return false;
  if (groups.length === 4) return isValidIsbn10(groups.join(''));
  return groups.length === 5 && isValidIsbn13(groups.join(''));
}
