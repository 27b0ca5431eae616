import {
  emailAddressOf,
  isPlausibleEmail,
  isPlausibleSpelledEmail,
  mayHoldSpelledEmail,
} from './email-address';
import type { IdentifyingDetailKind } from './identifying-detail-kind';
import {
  addressPattern,
  dateOfBirthPattern,
  emailLocalPartStart,
  emailPattern,
  flatBefore,
  niNumberPattern,
  phoneBracketStart,
  phonePattern,
  postcodePattern,
  spelledEmailPattern,
  tenDigitsPattern,
  upnPattern,
} from './identifying-patterns';
import { knownNamesPattern } from './known-names-pattern';
import { isValidNhsNumber } from './nhs-number';
import { isAllocatedNiNumber } from './ni-number';
import { normaliseForMatching } from './normalise-for-matching';
import { followsReferenceLabel, isHyphenatedIsbn } from './number-context';
import { publicNumbers } from './public-numbers';
import { isValidUpn } from './upn';

export type { IdentifyingDetailKind } from './identifying-detail-kind';

/** A detail in published text that could identify the child or family. */
export interface AnonymityFinding {
  readonly kind: IdentifyingDetailKind;
  /** The text found, as written: `text.slice(offset, offset + match.length)`. */
  readonly match: string;
  /** Where it starts in the text as written (a string index). */
  readonly offset: number;
}

/** What {@link checkAnonymity} should also look for, or let through. */
export interface AnonymityOptions {
  /**
   * Names that must not appear: the child's and family's real names, from a list kept
   * apart from anything published. Matched as whole words in any case, with or without
   * accents, with any apostrophe, a space or a hyphen between words, and with possessive
   * or plural endings ("Smith's", "the Smiths").
   */
  readonly knownNames?: readonly string[];
  /**
   * Details that may appear, such as the partnership's own telephone number, email
   * address and postcode; compared ignoring case, spaces and punctuation (telephone
   * numbers by their digits, so `01332 642351` also allows `+44 1332 642351`).
   */
  readonly allow?: readonly string[];
  /**
   * Public telephone numbers a report may rightly quote, compared as `allow` is. By
   * default {@link publicNumbers} (emergency services and the national safeguarding and
   * support helplines: NSPCC, Childline, the National Domestic Abuse Helpline and others);
   * a list given here replaces it (`[...publicNumbers, '0800 …']` adds to it, `[]` allows
   * none).
   */
  readonly allowPublicNumbers?: readonly string[];
}

const PRIORITY: Readonly<Record<IdentifyingDetailKind, number>> = {
  'nhs-number': 0,
  'ni-number': 1,
  upn: 2,
  'phone-number': 3,
  postcode: 4,
  email: 5,
  'date-of-birth': 6,
  address: 7,
  'known-name': 8,
};

/** A detector: a pattern over the folded text, and what a match must also be. */
interface Detector {
  readonly kind: IdentifyingDetailKind;
  readonly pattern: RegExp;
  /**
   * Only run when the folded text has a digit (all but emails and names need one), an
   * `@`, or passes a quick test of its own.
   */
  readonly needs: 'digit' | '@' | 'nothing' | ((text: string) => boolean);
  readonly accept?: (match: string, text: string, start: number) => boolean;
  /** Where a finding starts when the pattern matches only from a later point of it. */
  readonly startOf?: (text: string, matchStart: number) => number;
}

/**
 * The details in `text` that could identify a child or family, in order of where they
 * start: NHS numbers (ten digits, grouped in any way, with a valid modulus 11 check digit),
 * National Insurance numbers (allocated prefixes only), Unique Pupil Numbers (with a valid
 * check letter), UK telephone numbers (national and international forms), UK postcodes,
 * email addresses, dates phrased as dates of birth, street addresses (a house number and a
 * street), and any of `knownNames`.
 *
 * The text is folded before matching (Unicode NFKC, accents dropped, every kind of space,
 * line break, dash and apostrophe made one), so "ＤＥ２２ １ＧＴ" and "DE22&nbsp;1GT" are
 * postcodes; each finding is reported where it starts in `text` as written, with the text
 * as written. Digits labelled as a reference ("ref", "case no.", "invoice", "order",
 * "ISBN") or that are a hyphenated ISBN are not NHS or telephone numbers; the public
 * numbers in {@link publicNumbers} are allowed unless `allowPublicNumbers` says otherwise.
 * Where two findings overlap, one is reported: the one that starts first, then the longer,
 * then the earlier kind in {@link IdentifyingDetailKind}.
 *
 * Published reviews must not identify the child or family. This finds the details with a
 * fixed form; a person still reads the text for the rest. Runs in time linear in the text.
 *
 * @example
 * checkAnonymity('Seen at DE22 1GT.'); // [{ kind: 'postcode', match: 'DE22 1GT', offset: 8 }]
 */
export function checkAnonymity(text: string, options: AnonymityOptions = {}): AnonymityFinding[] {
  return anonymityChecker(options)(text);
}

/**
 * A {@link checkAnonymity} with its options prepared once (the patterns compiled), for
 * checking many texts. @internal
 */
export function anonymityChecker(
  options: AnonymityOptions = {},
): (text: string) => AnonymityFinding[] {
  const names = knownNamesPattern(options.knownNames ?? []);
  const allowed = new Set(
    [...(options.allow ?? []), ...(options.allowPublicNumbers ?? publicNumbers)].flatMap(
      (detail) => {
        const folded = normaliseForMatching(String(detail)).text;
        return [plainKey(folded), phoneKey(folded), plainKey(emailAddressOf(folded))];
      },
    ),
  );
  allowed.delete('');
  const detectors: Detector[] = [
    { kind: 'postcode', pattern: postcodePattern(), needs: 'digit' },
    {
      kind: 'nhs-number',
      pattern: tenDigitsPattern(),
      needs: 'digit',
      accept: (match, text, start) =>
        isPlausibleGrouping(match) &&
        isValidNhsNumber(match.replace(/[^0-9]/g, '')) &&
        !isHyphenatedIsbn(match) &&
        !followsReferenceLabel(text, start),
    },
    {
      kind: 'phone-number',
      pattern: phonePattern(),
      needs: 'digit',
      startOf: phoneBracketStart,
      accept: (match, text, start) =>
        /^[1235789]/.test(phoneKey(match)) &&
        !isHyphenatedIsbn(match) &&
        !followsReferenceLabel(text, start),
    },
    {
      kind: 'ni-number',
      pattern: niNumberPattern(),
      needs: 'digit',
      accept: isAllocatedNiNumber,
    },
    {
      kind: 'upn',
      pattern: upnPattern(),
      needs: 'digit',
      accept: (match) => isPlausibleUpnGrouping(match) && isValidUpn(match.replace(/[\s-]/g, '')),
    },
    { kind: 'date-of-birth', pattern: dateOfBirthPattern(), needs: 'digit' },
    {
      kind: 'address',
      pattern: addressPattern(),
      needs: 'digit',
      startOf: flatBefore,
      accept: isPlausibleAddress,
    },
    {
      kind: 'email',
      pattern: emailPattern(),
      needs: '@',
      startOf: emailLocalPartStart,
      accept: isPlausibleEmail,
    },
    {
      kind: 'email',
      pattern: spelledEmailPattern(),
      needs: mayHoldSpelledEmail,
      accept: isPlausibleSpelledEmail,
    },
  ];
  if (names) detectors.push({ kind: 'known-name', pattern: names, needs: 'nothing' });
  return (text) => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const folded = normaliseForMatching(text);
    // Most published text has no digit and no @: it is scanned for names alone.
    const hasDigit = /[0-9]/.test(folded.text);
    const hasAt = folded.text.includes('@');
    const found: AnonymityFinding[] = [];
    for (const detector of detectors) {
      if (detector.needs === 'digit' && !hasDigit) continue;
      if (detector.needs === '@' && !hasAt) continue;
      if (typeof detector.needs === 'function' && !detector.needs(folded.text)) continue;
      collect(found, folded.text, detector);
    }
    const findings: AnonymityFinding[] = [];
    for (const finding of withoutOverlaps(found)) {
      // A name on the list is never allowed, so names skip the (costlier) comparison.
      if (finding.kind !== 'known-name' && allowed.has(allowKey(finding))) continue;
      const { start, end } = folded.original(finding.offset, finding.offset + finding.match.length);
      findings.push({ kind: finding.kind, match: text.slice(start, end), offset: start });
    }
    return findings;
  };
}

/** Findings in the folded text (offsets and matches there, mapped back at the end). */
function collect(found: AnonymityFinding[], text: string, detector: Detector): void {
  const { pattern, kind, accept, startOf } = detector;
  pattern.lastIndex = 0;
  let end = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = startOf ? startOf(text, match.index) : match.index;
    // Read back from a later point, a match may reach into the one before ("a@b.com@c.org").
    if (start < end) continue;
    const whole = start === match.index ? match[0] : text.slice(start, pattern.lastIndex);
    if (!accept || accept(whole, text, start)) {
      found.push({ kind, match: whole, offset: start });
      end = pattern.lastIndex;
    }
  }
}

/**
 * NHS numbers are written 3-3-4, 4-3-3, in pairs or not grouped at all; ten digits split
 * into more than five groups, or with a lone digit, are a list of numbers. Slashes are
 * taken only in 3/3/4 (`943/476/5919`): other slashed digits are dates and fractions.
 */
function isPlausibleGrouping(match: string): boolean {
  if (match.includes('/')) return /^[0-9]{3}\s?\/\s?[0-9]{3}\s?\/\s?[0-9]{4}$/.test(match);
  return hasNoLoneDigit(match, 5);
}

/**
 * A UPN is written whole or in groups of two or more digits (`A 801 2001 11 006`); the
 * check letter may stand alone. A letter and spaced single digits are a list.
 */
function isPlausibleUpnGrouping(match: string): boolean {
  return hasNoLoneDigit(match.slice(1), 6);
}

/** Every run of digits in `match` is two or more long, and there are at most `most` runs. */
function hasNoLoneDigit(match: string, most: number): boolean {
  // A loop, not a split: text of spaced digits makes this the hot path.
  let groups = 1;
  let run = 0;
  for (let index = 0; index < match.length; index++) {
    const code = match.charCodeAt(index);
    if (code >= 48 && code <= 57) run++;
    else if (run > 0) {
      if (run < 2 || ++groups > most) return false;
      run = 0;
    }
  }
  // A UPN may end with a letter, after which no digits are left to count.
  return run === 0 || run >= 2;
}

/**
 * An address's street name and type are capitalised ("12 Acacia Avenue", "12 ACACIA
 * AVENUE"), which "3 times the way" is not; a four-digit year is not a house number
 * ("In 2019 Family Court").
 */
function isPlausibleAddress(match: string): boolean {
  const words = match.split(/[\s,]+/).filter((word) => /^[A-Za-z]/.test(word));
  const named = words.filter((word) => !/^(?:flat|apartment|apt\.?|unit)$/i.test(word));
  if (!named.every((word) => /^[A-Z]/.test(word))) return false;
  const number = /(?:^|[^0-9])([0-9]{4})[a-z]?(?:\s?-\s?[0-9]{1,4}[a-z]?)?,?\s+[A-Za-z]/i.exec(
    match,
  );
  return !(number && /^(?:19|20)/.test(number[1] as string));
}

/**
 * Sorted by offset; a finding that overlaps an earlier (or as early and longer, or
 * preferred) one is dropped, so findings never overlap: "943 476 5919 A SQ" is an NHS
 * number, not also the address "5919 A SQ".
 */
function withoutOverlaps(found: AnonymityFinding[]): AnonymityFinding[] {
  found.sort(
    (a, b) =>
      a.offset - b.offset || b.match.length - a.match.length || PRIORITY[a.kind] - PRIORITY[b.kind],
  );
  const kept: AnonymityFinding[] = [];
  let end = -1;
  for (const finding of found) {
    if (finding.offset < end) continue;
    kept.push(finding);
    end = finding.offset + finding.match.length;
  }
  return kept;
}

function allowKey(finding: AnonymityFinding): string {
  if (finding.kind === 'phone-number') return phoneKey(finding.match);
  if (finding.kind === 'email') return plainKey(emailAddressOf(finding.match));
  return plainKey(finding.match);
}

/** Letters and digits only, in lower case: "DE22 1GT" and "de221gt" are the same. */
function plainKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}@.]/gu, '');
}

/** A telephone number's digits after the country code or trunk 0: 1332642351. */
function phoneKey(text: string): string {
  const trimmed = text.trim();
  const digits = trimmed.replace(/[^0-9]/g, '');
  const international = trimmed.startsWith('+')
    ? digits.slice(2)
    : trimmed.startsWith('00')
      ? digits.slice(4)
      : digits;
  return international.replace(/^0+/, '');
}
