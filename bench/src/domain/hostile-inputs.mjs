// Worst cases for an anonymity check's patterns, each up to a million characters: long runs
// of what a pattern would start on, repeated near-misses that make a careless regular
// expression backtrack, and characters a normaliser might expand. A published document is
// never this, but a pasted spreadsheet or a corrupted PDF's text can come close, and the
// check must answer in bounded time whatever it is given.
import { seededRandom } from '../random.mjs';

const MILLION = 1_000_000;

/** `text` repeated to `length` characters (cut at the end). */
const repeat = (text, length = MILLION) =>
  text.repeat(Math.ceil(length / text.length)).slice(0, length);

/** `[{ id, label, make() => string }]`: made on demand, so only one is in memory at a time. */
export const HOSTILE_INPUTS = [
  ['digits', 'one digit run', () => repeat('7')],
  ['spaced-zeros', "'0 0 0 0 …'", () => repeat('0 ')],
  ['hyphened-digits', "'1-1-1-1 …'", () => repeat('1-')],
  ['at-signs', "'@@@@ …'", () => repeat('@')],
  ['dotted-local', "'a.a.a.a… @' (no domain)", () => `${repeat('a.', MILLION - 1)}@`],
  ['at-pairs', "'a@a@a@ …'", () => repeat('a@')],
  ['born', "'born born born …'", () => repeat('born ')],
  ['date-of-birth', "'date of birth date of birth …'", () => repeat('date of birth ')],
  ['born-on-the', "'born on the 1st of born on the …'", () => repeat('born on the 1st of ')],
  ['spaced-letters', "'A B C D …'", () => repeat('A B C D E F G H J K ')],
  ['long-word', 'one word of a million letters', () => repeat('x')],
  ['outward-codes', "'DE22 DE22 …' (outward codes, no inward)", () => repeat('DE22 ')],
  ['plus-44', "'+44 +44 …'", () => repeat('+44 ')],
  ['open-brackets', "'(0(0(0 …'", () => repeat('(0')],
  ['slashes', "'1/1/1/ …'", () => repeat('1/')],
  ['house-numbers', "'12 Acacia 12 Acacia …' (no street type)", () => repeat('12 Acacia ')],
  ['ni-prefixes', "'AB 12 AB 12 …'", () => repeat('AB 12 ')],
  ['upn-prefixes', "'A8012A8012 …'", () => repeat('A8012')],
  ['nhs-groups', "'943 476 943 476 …'", () => repeat('943 476 ')],
  ['combining', "'e' and a combining accent, 500,000 times", () => repeat('e\u0301')],
  ['apostrophes', "'’s ’s ’s …'", () => repeat('’s ')],
  ['name-prefixes', "'Siobh Siobh …' (a known name's start)", () => repeat('Siobh ')],
  ['white-space', 'tabs, line breaks and spaces', () => repeat('\t\n \u00a0\r\n')],
  ['full-width-digits', "'０' a million times", () => repeat('\uff10')],
  [
    'random-symbols',
    'seeded random from "0a@.- ("',
    () => {
      const random = seededRandom(25);
      const alphabet = '0a@.- (';
      return Array.from({ length: MILLION }, () => alphabet[Math.floor(random() * 7)]).join('');
    },
  ],
].map(([id, label, make]) => ({ id, label, make }));
