import { normaliseForMatching } from './normalise-for-matching';

/** Between the words of a name: spaces, a line break or a hyphen ("Mary-Jane", "Mary Jane"). */
const NAME_GAP = String.raw`(?:\s{1,3}|\s?-\s?)`;
/** What may follow a name: a possessive ("Smith's", "Smiths'") or a plural ("the Smiths"). */
const NAME_ENDING = String.raw`(?=(?:'s|s'|'|es|s)?(?![\p{L}\p{N}]))`;

/**
 * One pattern for all the names, longest first, as whole words, matched against text
 * folded like the names: in any case, with or without accents (Zoë, Zoe), any apostrophe
 * (O'Brien, O’Brien, OBrien), a space or a hyphen between words, and followed by a
 * possessive or plural ending (which is not part of the match). @internal
 */
export function knownNamesPattern(names: readonly string[]): RegExp | undefined {
  const folded = names.map((name) =>
    normaliseForMatching(typeof name === 'string' ? name : '')
      .text.split(/[\s-]+/)
      .filter(Boolean)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "'?"))
      .join(NAME_GAP),
  );
  const words = [...new Set(folded.filter(Boolean))].sort((a, b) => b.length - a.length);
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})${NAME_ENDING}`, 'giu');
}
