// People (and PDF and Word exports) write the same detail in many ways: a postcode in
// full-width letters, an NHS number with non-breaking or thin spaces, a name with a curly
// apostrophe or a decomposed accent. The detectors match one plain form of the text and
// report each finding where it was in the text as written, so the text is folded here, one
// code point at a time, with a record of where each folded piece came from.

/** The text the detectors match, and how to find any of its indexes in the text as written. */
export interface NormalisedText {
  /** The folded text: NFKC, accents dropped, every space, dash and apostrophe folded. */
  readonly text: string;
  /** Where the folded `[start, end)` came from in the text as written. */
  readonly original: (start: number, end: number) => { start: number; end: number };
}

// Folded before NFKC, which leaves most of these alone or turns them into something else
// (NFKC makes the acute accent ´ a space and a combining accent).
const SPACES = /[\p{Zs}\u0085\u2028\u2029]/u;
const DASHES = /[\p{Pd}\u2212\u2043\uFE63\uFF0D]/u;
const APOSTROPHES =
  /[\u2018\u2019\u201A\u201B\u02B9\u02BB\u02BC\u02BD\u02C8\u2032\u2035\u00B4\u0060\uFF07]/u;
const QUOTES = /[\u201C\u201D\u201E\u201F\u2033\u2036\u00AB\u00BB\uFF02]/u;
// Accents (combining marks) and invisible format characters (soft hyphen, zero-width
// space and joiners, byte order mark) are dropped.
const DROPPED = /[\p{M}\p{Cf}]/gu;
const NOT_ASCII = /[\u0080-\u{10FFFF}]/gu;

/** One code point as the detectors see it. */
function foldCodePoint(character: string): string {
  if (SPACES.test(character)) return ' ';
  if (DASHES.test(character)) return '-';
  if (APOSTROPHES.test(character)) return "'";
  if (QUOTES.test(character)) return '"';
  const folded = character.normalize('NFKC').normalize('NFD').replace(DROPPED, '');
  if (folded.length <= 1 && folded === character) return folded;
  // NFKC can produce a character folded above (a non-breaking hyphen becomes a hyphen).
  let result = '';
  for (const part of folded) result += part === character ? part : foldCodePoint(part);
  return result;
}

/**
 * Folds `text` for matching. ASCII text is returned as it is (the detectors treat ASCII
 * whitespace as spaces themselves), so most text costs one scan. Each non-ASCII code point
 * is folded on its own, so a finding maps back to whole code points of the original; a
 * piece whose length changes (ﬁ → fi, a dropped accent) is recorded, and indexes between
 * pieces move by the same amount as the piece before them.
 * @internal
 */
export function normaliseForMatching(text: string): NormalisedText {
  NOT_ASCII.lastIndex = 0;
  if (!NOT_ASCII.test(text)) return { text, original: (start, end) => ({ start, end }) };
  // Written code unit by code unit into a buffer (text dense with non-ASCII would otherwise
  // make a million small strings), with each code point's fold worked out once.
  let out = new Uint16Array(text.length + 16);
  let length = 0;
  // Four numbers a piece (folded start, folded end, start, end): text dense with accents
  // has a piece every other character.
  let pieces = new Int32Array(64);
  let count = 0;
  // What each code point folds to, worked out once: for a BMP code point, 0 if not yet
  // known, its fold's one code unit + 1 when it folds to one (spaces, dashes, apostrophes,
  // full-width forms: the hot path), or MANY + an index in `folds` when it folds to none
  // or several.
  const folds: string[] = [];
  const foldOfBmp = new Int32Array(0x10000);
  const foldOfAstral = new Map<number, number>();
  let loneSurrogates = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      out[length++] = code;
      continue;
    }
    const known = foldOfBmp[code] as number;
    if (known > 0 && known <= MANY) {
      out[length++] = known - 1;
      continue;
    }
    let width = 1;
    let point = code;
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = index + 1 < text.length ? text.charCodeAt(index + 1) : 0;
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        point = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        width = 2;
      } else loneSurrogates = true;
    }
    let id = point < 0x10000 ? known - MANY - 1 : (foldOfAstral.get(point) ?? -1);
    if (id < 0) {
      const fold = foldCodePoint(text.slice(index, index + width));
      id = folds.push(fold) - 1;
      if (point >= 0x10000) foldOfAstral.set(point, id);
      else if (fold.length === 1) foldOfBmp[point] = fold.charCodeAt(0) + 1;
      else foldOfBmp[point] = MANY + 1 + id;
    }
    const replacement = folds[id] as string;
    if (length + replacement.length > out.length) {
      const grown = new Uint16Array(out.length * 2 + replacement.length);
      grown.set(out);
      out = grown;
    }
    if (replacement.length !== width) {
      if (count * 4 === pieces.length) {
        const grown = new Int32Array(pieces.length * 2);
        grown.set(pieces);
        pieces = grown;
      }
      pieces[count * 4] = length;
      pieces[count * 4 + 1] = length + replacement.length;
      pieces[count * 4 + 2] = index;
      pieces[count * 4 + 3] = index + width;
      count++;
    }
    for (let at = 0; at < replacement.length; at++) out[length++] = replacement.charCodeAt(at);
    index += width - 1;
  }
  const map = new PieceMap(pieces, count);
  return {
    text: fromCodeUnits(out, length, loneSurrogates),
    original: (start, end) => ({ start: map.originalStart(start), end: map.originalEnd(end) }),
  };
}

/** In `foldOfBmp`, the values above this are indexes in `folds`, those up to it one code unit. */
const MANY = 0x10000;

/**
 * Whether this engine stores a Uint16Array's code units in little-endian order (nearly all
 * do). Asked when needed: a module-level typed array would be kept in every bundle.
 */
function isLittleEndian(): boolean {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
}

/**
 * A string of the first `length` code units. A UTF-16 decoder makes it in one step; it
 * would turn a lone surrogate into U+FFFD, so text with one is made in chunks small
 * enough for any engine's argument limit instead.
 */
function fromCodeUnits(units: Uint16Array, length: number, loneSurrogates: boolean): string {
  if (!loneSurrogates && typeof TextDecoder === 'function' && isLittleEndian()) {
    return new TextDecoder('utf-16le').decode(units.subarray(0, length));
  }
  const chunks: string[] = [];
  for (let at = 0; at < length; at += 8192) {
    chunks.push(
      String.fromCharCode.apply(
        null,
        units.subarray(at, Math.min(length, at + 8192)) as unknown as number[],
      ),
    );
  }
  return chunks.join('');
}

/** The pieces whose length changed, sorted by where they are in the folded text. */
class PieceMap {
  constructor(
    private readonly pieces: Int32Array,
    private readonly count: number,
  ) {}

  /** The last piece that starts at or before `index` (`strictly` before, for an end); -1 if none. */
  private before(index: number, strictly: boolean): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = this.pieces[middle * 4] as number;
      if (strictly ? start < index : start <= index) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  originalStart(index: number): number {
    const piece = this.before(index, false);
    if (piece < 0) return index;
    const [, foldedEnd, start, end] = this.pieces.subarray(piece * 4, piece * 4 + 4) as unknown as [
      number,
      number,
      number,
      number,
    ];
    // Inside a piece that grew (ﬁ → fi): the whole original code point.
    if (index < foldedEnd) return start;
    return end + (index - foldedEnd);
  }

  originalEnd(index: number): number {
    // Accents dropped just after the end belong to the last letter ("Zoe" + U+0308 is "Zoë").
    const dropped = this.before(index, false);
    if (
      dropped >= 0 &&
      this.pieces[dropped * 4] === index &&
      this.pieces[dropped * 4 + 1] === index
    ) {
      return this.pieces[dropped * 4 + 3] as number;
    }
    const piece = this.before(index, true);
    if (piece < 0) return index;
    const foldedEnd = this.pieces[piece * 4 + 1] as number;
    const end = this.pieces[piece * 4 + 3] as number;
    if (index <= foldedEnd) return end;
    return end + (index - foldedEnd);
  }
}
