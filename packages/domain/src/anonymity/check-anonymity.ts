import { DATE_OF_BIRTH, EMAIL, PHONE, POSTCODE, TEN_DIGITS } from './identifying-patterns';
import { isValidNhsNumber } from './nhs-number';

/** The kinds of detail {@link checkAnonymity} finds, in the order it prefers them when two overlap. */
export type IdentifyingDetailKind =
  | 'nhs-number'
  | 'phone-number'
  | 'postcode'
  | 'email'
  | 'date-of-birth'
  | 'known-name';

/** A detail in published text that could identify the child or family. */
export interface AnonymityFinding {
  readonly kind: IdentifyingDetailKind;
  /** The text found, as written. */
  readonly match: string;
  /** Where it starts in the text (a string index). */
  readonly offset: number;
}

/** What {@link checkAnonymity} should also look for, or let through. */
export interface AnonymityOptions {
  /**
   * Names that must not appear: the child's and family's real names, from a list kept
   * apart from anything published. Matched as whole words, in any case.
   */
  readonly knownNames?: readonly string[];
  /**
   * Details that may appear, such as the partnership's own telephone number and email
   * address; compared ignoring case, spaces and punctuation (telephone numbers by digits).
   */
  readonly allow?: readonly string[];
}

const PRIORITY: readonly IdentifyingDetailKind[] = [
  'nhs-number',
  'phone-number',
  'postcode',
  'email',
  'date-of-birth',
  'known-name',
];

/**
 * The details in `text` that could identify a child or family, in order of where they
 * start: UK postcodes, NHS numbers (ten digits with a valid modulus 11 check digit, grouped
 * or not), UK telephone numbers, email addresses, dates phrased as dates of birth, and any
 * of `knownNames`. Where two overlap, the longer (then the earlier kind in
 * {@link IdentifyingDetailKind}) is reported.
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
 * A {@link checkAnonymity} with its options prepared once (the names' pattern compiled),
 * for checking many texts. @internal
 */
export function anonymityChecker(
  options: AnonymityOptions = {},
): (text: string) => AnonymityFinding[] {
  const names = namesPattern(options.knownNames ?? []);
  const allowed = new Set(
    (options.allow ?? []).flatMap((text) => [plainKey(text), phoneKey(text)]),
  );
  allowed.delete('');
  return (text) => {
    if (typeof text !== 'string' || text.length === 0) return [];
    const found: AnonymityFinding[] = [];
    // Every pattern but names and emails needs a digit, and emails an @: most published
    // text has neither, so most of it is scanned once or twice, not six times.
    if (/[0-9]/.test(text)) {
      collect(found, text, POSTCODE, 'postcode');
      collect(found, text, TEN_DIGITS, 'nhs-number', (match) =>
        isValidNhsNumber(match.replace(/[ -]/g, '')),
      );
      collect(found, text, PHONE, 'phone-number', (match) => /^[1235789]/.test(phoneKey(match)));
      collect(found, text, DATE_OF_BIRTH, 'date-of-birth');
    }
    if (text.includes('@')) {
      collect(found, text, EMAIL, 'email', (match) => /\.[A-Za-z]{2,}$/.test(match));
    }
    if (names) collect(found, text, names, 'known-name');
    return withoutOverlaps(found).filter(
      (finding) =>
        !allowed.has(
          finding.kind === 'phone-number' ? phoneKey(finding.match) : plainKey(finding.match),
        ),
    );
  };
}

function collect(
  found: AnonymityFinding[],
  text: string,
  pattern: RegExp,
  kind: IdentifyingDetailKind,
  accept: (match: string) => boolean = () => true,
): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (accept(match[0])) found.push({ kind, match: match[0], offset: match.index });
  }
}

/** Sorted by offset; a finding inside an earlier (longer, or preferred) one is dropped. */
function withoutOverlaps(found: AnonymityFinding[]): AnonymityFinding[] {
  found.sort(
    (a, b) =>
      a.offset - b.offset ||
      b.match.length - a.match.length ||
      PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind),
  );
  const kept: AnonymityFinding[] = [];
  let end = -1;
  for (const finding of found) {
    if (finding.offset + finding.match.length <= end) continue;
    kept.push(finding);
    end = Math.max(end, finding.offset + finding.match.length);
  }
  return kept;
}

/** One pattern for all the names, longest first, as whole words in any case. */
function namesPattern(names: readonly string[]): RegExp | undefined {
  const words = [...new Set(names.map((name) => name.trim()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

/** Letters and digits only, in lower case: "DE22 1GT" and "de221gt" are the same. */
function plainKey(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}@.]/gu, '');
}

/** A telephone number's digits after the country code or trunk 0: 1332642351. */
function phoneKey(text: string): string {
  const digits = text.replace(/[^0-9]/g, '');
  const national = text.trim().startsWith('+44') ? digits.slice(2) : digits;
  return national.replace(/^0+/, '');
}
