// The patterns of details that identify a person, compiled once. Each is written to run in
// time linear in the text, whatever the text: every repetition consumes a character no
// other branch can, each pattern starts only at the beginning of a run (a lookbehind), and
// counts are bounded. The tests feed them long hostile input.

/** UK postcodes in the official forms (A9 9AA … AA9A 9AA, and GIR 0AA), in any case. @internal */
export const POSTCODE =
  /(?<![A-Za-z0-9])(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?)[ \u00A0]?[0-9][ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])/gi;

/** Ten digits, grouped 3-3-4 by spaces or hyphens or not at all; the check digit is tested apart. @internal */
export const TEN_DIGITS = /(?<![0-9])[0-9]{3}[ -]?[0-9]{3}[ -]?[0-9]{4}(?![0-9])/g;

/**
 * UK telephone numbers: `0` or `+44` (with an optional `(0)`), then 9 or 10 digits, with
 * single spaces, hyphens or a closing bracket between them, e.g. `01332 642351`,
 * `(01332) 642351`, `+44 (0)1332 642351`, `07700 900123`. @internal
 */
export const PHONE =
  /(?<![0-9+])(?:\+44 ?(?:\(0\) ?)?|\(?0)(?:(?:[ -]|\) ?)?[0-9]){9,10}(?![0-9])/g;

/** Email addresses: a local part, `@`, and a domain of two or more labels. @internal */
export const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/**
 * A date phrased as a date of birth: "date of birth 12/03/2019", "DOB: 2019-03-12",
 * "born on 3rd March 2019", "born in March 2019". A year alone is not reported.
 *
 * The phrase, up to ten separators, an optional "the", then one of: 12/03/2019 (or with
 * dots or hyphens, two-digit years too); 2019-03-12; 3rd (of) March(,) 2019; March 3rd(,)
 * 2019; March 2019 — month names in full or short (`Mar`, `Sept.`). One literal, so that
 * bundles leave it out of pages that never check text. @internal
 */
export const DATE_OF_BIRTH =
  /(?<![A-Za-z])(?:date of birth|birth date|d\.?o\.?b\.?|born(?: on| in)?)[\s:,.-]{0,10}(?:the\s+)?(?:[0-9]{1,2}[/.-][0-9]{1,2}[/.-](?:[0-9]{4}|[0-9]{2})(?![0-9])|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+[0-9]{4}|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+[0-9]{1,2}(?:st|nd|rd|th)?,?\s+[0-9]{4}|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+[0-9]{4})/gi;
