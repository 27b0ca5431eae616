// The patterns of details that identify a person, matched against text folded by
// `normaliseForMatching` (every space is a space, every dash "-", every apostrophe "'").
// Each is written to run in time linear in the text, whatever the text: each starts only at
// the beginning of a run (a lookbehind), every count is bounded, and no two repetitions
// next to each other can take the same characters for long. The tests feed them long
// hostile input.
//
// They are built by functions, not at import time, so that bundles leave them out of pages
// that never check text, and each checker has its own (a global pattern keeps state).

/** Between the parts of a number or code: up to a few spaces or a line break, or one dash or dot. */
const GAP = String.raw`(?:\s{1,3}|\s?[.\-]\s?)`;
/** Between the halves of a postcode: spaces or a line break, or a dash. */
const POSTCODE_GAP = String.raw`(?:\s{1,4}|\s?-\s?)`;
/** Not in the middle of a longer number: no digit just after, nor a gap and a digit. */
const NO_DIGITS_AFTER = String.raw`(?![0-9]|[.\-][0-9]|[ \t][0-9])`;

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY =
  '(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)';
const ORDINAL = '(?:st|nd|rd|th)';

/** The street-type words an address ends with: a bounded list, so "12 children" is not one. */
export const STREET_TYPES = [
  'Street',
  'St',
  'Road',
  'Rd',
  'Avenue',
  'Ave',
  'Lane',
  'Ln',
  'Close',
  'Drive',
  'Dr',
  'Way',
  'Crescent',
  'Cres',
  'Grove',
  'Place',
  'Pl',
  'Gardens',
  'Gdns',
  'Terrace',
  'Tce',
  'Court',
  'Ct',
  'Square',
  'Sq',
  'Walk',
  'Mews',
  'Row',
  'Hill',
  'View',
  'Rise',
  'Park',
  'Green',
  'Parade',
  'Boulevard',
  'Vale',
  'Croft',
  'Fold',
  'Meadows',
  'Wharf',
  'Yard',
] as const;

/** UK postcodes in every official form (A9 9AA … AA9A 9AA, and GIR 0AA), any case and spacing. @internal */
export function postcodePattern(): RegExp {
  return new RegExp(
    `(?<![A-Za-z0-9])(?:GIR${POSTCODE_GAP}?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)${POSTCODE_GAP}?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])`,
    'gi',
  );
}

/**
 * Ten digits, grouped in any way (with spaces, line breaks, dashes, dots or slashes:
 * `943/476/5919`); the grouping and check digit are tested apart. @internal
 */
export function tenDigitsPattern(): RegExp {
  const gap = String.raw`(?:\s{1,3}|\s?[.\-/]\s?)`;
  return new RegExp(
    // The second digit is written out of the loop: a lone digit is given up at once.
    String.raw`(?<![0-9]|[0-9][.\-/]|[0-9][ \t])[0-9](?:[0-9]|${gap}[0-9])(?:${gap}?[0-9]){8}(?![0-9]|[.\-/][0-9]|[ \t][0-9])`,
    'g',
  );
}

/**
 * UK telephone numbers: `0`, `(0`, `+44` or `0044` (with an optional `(0)`), then 9 or 10
 * digits with gaps or a closing bracket between them: `01332 642351`, `(01332) 642351`,
 * `+44 (0)1332 642351`, `0044 7700 900123`, `01332.642351`. @internal
 */
export function phonePattern(): RegExp {
  return new RegExp(
    // The first digit after the prefix is written out of the loop, and a bracket before
    // the 0 is left to phoneBracketStart: on text dense with brackets and zeros ("(0(0(0")
    // fewer places can start a match, and each gives up sooner.
    String.raw`(?<![0-9+]|[0-9][.\-]|[0-9][ \t])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|0)(?:[0-9]|(?:${GAP}|\)\s?)[0-9])(?:(?:${GAP}|\)\s?)?[0-9]){8,9}${NO_DIGITS_AFTER}`,
    'g',
  );
}

/** Where a telephone number whose 0 is at `start` starts: at the bracket before it, as in `(01332) 642351`. @internal */
export function phoneBracketStart(text: string, start: number): number {
  return start > 0 && text.charCodeAt(start - 1) === 0x28 ? start - 1 : start;
}

/** National Insurance numbers: two letters, three pairs of digits, a letter A–D; prefixes tested apart. @internal */
export function niNumberPattern(): RegExp {
  return /(?<![A-Za-z0-9])[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:[\s-]{0,2}[0-9]{2}){3}[\s-]{0,2}[A-D](?![A-Za-z0-9])/gi;
}

/**
 * Unique Pupil Numbers: a check letter, 11 digits, a digit or letter, with any spaces,
 * line breaks or hyphens between them (`A801200111006`, `A 801 2001 11 006`,
 * `A801-2001-11-006`); not followed by more digits. The first digits are a local
 * authority's number (201–938), never 0, so a letter, a telephone number and a letter
 * ("B 01332 642351 a") is not one; a temporary UPN's letter follows its last digit. The
 * check letter and the grouping are tested apart. @internal
 */
export function upnPattern(): RegExp {
  const gap = String.raw`(?:\s{1,3}|\s?-\s?)`;
  return new RegExp(
    `(?<![A-Za-z0-9])[A-HJ-NP-RT-Z]${gap}?[1-9](?:${gap}?[0-9]){10}(?:${gap}?[0-9]|[A-HJ-NP-RT-Z])(?![A-Za-z0-9]|${gap}[0-9])`,
    'gi',
  );
}

/**
 * Email addresses from their `@` on: `@` after a local part (with up to three spaces or a
 * line break either side: `jo @ example.com`, `jo@⏎example.com`), and a domain of two or
 * more labels. The match starts at the `@` (a pattern that started at every letter that
 * might begin a local part would look at every word of the text); the local part before
 * it is {@link emailLocalPartStart}'s. @internal
 */
export function emailPattern(): RegExp {
  return /@(?<=[A-Za-z0-9._%+-]\s{0,3}@)\s{0,3}[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
}

/**
 * Where the local part of the address whose `@` (or the spaces before it) is at `at`
 * starts: back over up to three spaces, then over the characters a local part may have.
 * Each character is looked at once (a scan stops at the `@` before it). @internal
 */
export function emailLocalPartStart(text: string, at: number): number {
  let start = at;
  for (let spaces = 0; spaces < 3 && start > 0 && /\s/.test(text.charAt(start - 1)); spaces++) {
    start--;
  }
  while (start > 0 && LOCAL_PART_CHARACTER.test(text.charAt(start - 1))) start--;
  return start;
}

const LOCAL_PART_CHARACTER = /[A-Za-z0-9._%+-]/;

/**
 * Email addresses spelled out: `jo [at] example [dot] com`, `jo (at) example.com`, `jo at
 * example dot co dot uk`; `at` and `dot` bracketed or between spaces, in any case, and
 * dots as they are. Each part is bounded (a local part of 64, labels of 63, up to six
 * dots); that the domain ends in a known top-level domain is tested apart. @internal
 */
export function spelledEmailPattern(): RegExp {
  const at = String.raw`(?:\s{0,3}[[({<]\s?at\s?[\])}>]\s{0,3}|\s{1,3}at\s{1,3})`;
  const dot = String.raw`(?:\.|\s{0,3}[[({<]\s?dot\s?[\])}>]\s{0,3}|\s{1,3}dot\s{1,3})`;
  const label = '[A-Za-z0-9-]{1,63}';
  return new RegExp(
    `(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}${at}${label}(?:${dot}${label}){1,6}(?![A-Za-z0-9-])`,
    'gi',
  );
}

/**
 * A date phrased as a date of birth: "date of birth 12/03/2019", "date-of-birth: 03/03/2019",
 * "DOB: 2019-03-12", "b. 03/03/2019", "birthday: 3rd March 2019", "born on Sunday 3rd
 * March 2019", "born on 3 March 19", "born in March 2019". A year alone is not reported.
 *
 * The phrase, up to ten separators, an optional weekday and "the", then one of: 12/03/2019
 * (or with dots or hyphens, two-digit years too); 2019-03-12; 3rd (of) March(,) 2019 (or
 * 19); March 3rd(,) 2019; March 2019 — month names in full or short (`Mar`, `Sept.`).
 * @internal
 */
export function dateOfBirthPattern(): RegExp {
  const year = '(?:[0-9]{4}|[0-9]{2})(?![0-9])';
  const date = [
    String.raw`[0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}\s?[/.\-]\s?${year}`,
    '[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?![0-9])',
    String.raw`[0-9]{1,2}${ORDINAL}?(?:\s{1,3}of)?\s{1,3}${MONTH}\.?,?\s{1,3}${year}`,
    String.raw`${MONTH}\.?\s{1,3}[0-9]{1,2}${ORDINAL}?,?\s{1,3}[0-9]{4}(?![0-9])`,
    String.raw`${MONTH}\.?\s{1,3}[0-9]{4}(?![0-9])`,
  ].join('|');
  const phrase = String.raw`date[\s\-]{1,3}of[\s\-]{1,3}birth|birth[\s\-]{0,3}date|birthday|d\.?\s?o\.?\s?b\.?|born(?:\s{1,3}on|\s{1,3}in)?|b\.`;
  return new RegExp(
    String.raw`(?<![A-Za-z])(?:${phrase})[\s:,.\-]{0,10}(?:${WEEKDAY}\.?,?\s{1,3})?(?:the\s{1,3})?(?:${date})`,
    'gi',
  );
}

/**
 * A house number and a street: "12 Acacia Avenue", "12a Acacia Ave", "10-12 High St". Up
 * to three words of the street's name before a word of {@link STREET_TYPES}; that the
 * words are capitalised is tested apart. The match starts at the house number (a pattern
 * that might start at a word would look at every word); a flat before it ("Flat 3, 14
 * Mill Lane") is {@link flatBefore}'s. @internal
 */
export function addressPattern(): RegExp {
  const number = '[0-9]{1,4}[a-z]?';
  return new RegExp(
    String.raw`[0-9](?<![A-Za-z0-9][0-9])[0-9]{0,3}[a-z]?(?:\s?-\s?${number})?,?\s{1,3}(?:[A-Za-z][A-Za-z'\-]{0,24}\s{1,3}){1,3}(?:${STREET_TYPES.join('|')})\.?(?![A-Za-z0-9])`,
    'gi',
  );
}

/** "Flat 3, " (or apartment, apt., unit) just before a house number, read in a short window. */
const FLAT = /(?<![A-Za-z0-9])(?:flat|apartment|apt\.?|unit)\s{1,3}[0-9]{1,4}[a-z]?,?\s{1,3}$/i;

/**
 * Where an address whose house number is at `start` starts: at the flat written before it
 * ("Flat 3, 14 Mill Lane"), if there is one. @internal
 */
export function flatBefore(text: string, start: number): number {
  const window = text.slice(Math.max(0, start - 24), start);
  const flat = FLAT.exec(window);
  return flat ? start - window.length + flat.index : start;
}
