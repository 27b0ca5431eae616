import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnonymity } from './check-anonymity';

const found = (text: string, options?: Parameters<typeof checkAnonymity>[1]) =>
  checkAnonymity(text, options).map((finding) => [finding.kind, finding.match]);

describe('checkAnonymity', () => {
  it('finds nothing in text that identifies no one', () => {
    expect(
      checkAnonymity(
        'The review concerns the death of a baby known as Theo (TDS20), published in March 2024. Agencies met 15 times in 2023.',
      ),
    ).toEqual([]);
  });

  it('finds UK postcodes in every official form and any case, with their offset', () => {
    expect(checkAnonymity('Seen at DE22 1GT.')).toEqual([
      { kind: 'postcode', match: 'DE22 1GT', offset: 8 },
    ]);
    for (const postcode of [
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'W1A 0AX',
      'EC1A 1BB',
      'de221gt',
      'GIR 0AA',
    ]) {
      expect(found(`near ${postcode} today`), postcode).toEqual([['postcode', postcode]]);
    }
  });

  it('leaves out what only looks like a postcode', () => {
    for (const text of ['Room Q1 1AA', 'DE22 1GTX', 'XDE22 1GT', 'DE22 1CI', 'born 2019']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds NHS numbers with a valid check digit, spaced, hyphenated or not', () => {
    expect(found('NHS number 943 476 5919.')).toEqual([['nhs-number', '943 476 5919']]);
    expect(found('no. 9434765919')).toEqual([['nhs-number', '9434765919']]);
    expect(found('(943-476-5919)')).toEqual([['nhs-number', '943-476-5919']]);
  });

  it('does not report ten digits whose check digit is wrong, or longer numbers', () => {
    expect(found('943 476 5918')).toEqual([]);
    expect(found('19434765919')).toEqual([]);
  });

  it('finds UK telephone numbers in the usual ways of writing them', () => {
    for (const phone of [
      '01332 642351',
      '01332642351',
      '(01332) 642351',
      '+44 1332 642351',
      '+44 (0)1332 642351',
      '07700 900123',
      '020 7946 0958',
      '0800 123 456',
    ]) {
      expect(found(`call ${phone} now`), phone).toEqual([['phone-number', phone]]);
    }
  });

  it('does not take other numbers for telephone numbers', () => {
    for (const text of [
      'ref 1332 642351',
      '0044 0000 000000',
      '04123 456789',
      'in 2019 0 cases',
      '013326423511234',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds email addresses, not the full stop after them', () => {
    expect(found('Write to jane.doe+cspr@example.co.uk.')).toEqual([
      ['email', 'jane.doe+cspr@example.co.uk'],
    ]);
    expect(found('a@b, x@localhost, @handle, me@example.c')).toEqual([]);
  });

  it('finds dates phrased as dates of birth, and no other dates', () => {
    for (const phrase of [
      'date of birth 12/03/2019',
      'DOB: 2019-03-12',
      'D.O.B. 12.3.19',
      'born on 3rd March 2019',
      'born 3 Mar. 2019',
      'born in March 2019',
      'born on the 3rd of March 2019',
      'date of birth: March 3, 2019',
    ]) {
      expect(found(`Child A, ${phrase}, was seen.`), phrase).toEqual([['date-of-birth', phrase]]);
    }
    for (const text of [
      'published 12/03/2019',
      'born in 2019',
      'newborn 12/03/2019',
      'stubborn on 3 March 2019',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds known names as whole words in any case, longest first, with possessives', () => {
    const knownNames = ['Jane', 'Jane Smith', 'Zoë', ' '];
    expect(found("JANE  SMITH's flat; jane; Janet; zoë.", { knownNames })).toEqual([
      ['known-name', 'JANE  SMITH'],
      ['known-name', 'jane'],
      ['known-name', 'zoë'],
    ]);
    expect(found('(C++ and a.b)', { knownNames: ['C++', 'a.b'] })).toEqual([
      ['known-name', 'C++'],
      ['known-name', 'a.b'],
    ]);
  });

  it('reports overlapping details once: the longer, then the likelier kind', () => {
    expect(found('email jane.smith@example.org', { knownNames: ['Jane'] })).toEqual([
      ['email', 'jane.smith@example.org'],
    ]);
    // Ten digits that are a telephone number and a valid NHS number: reported once, as the NHS number.
    expect(found('0123456789')).toEqual([['nhs-number', '0123456789']]);
    expect(found('0123456788')).toEqual([['phone-number', '0123456788']]);
  });

  it("lets allowed details through, such as the partnership's own contact details", () => {
    const allow = ['01332 642351', 'ddscp@derby.gov.uk', 'DE22 1GT'];
    expect(
      found('Call +44 1332 642351, write to DDSCP@derby.gov.uk, DE22 1GT; or 01332 000001', {
        allow,
      }),
    ).toEqual([['phone-number', '01332 000001']]);
  });

  it('reports every finding inside the text, in order, with the text at its offset', () => {
    const detail = fc.constantFrom(
      'DE22 1GT',
      '943 476 5919',
      '01332 642351',
      'a@example.org',
      'DOB 1/2/2019',
      'Jane',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), detail), { maxLength: 12 }),
        (parts) => {
          const text = parts.join(' ');
          const findings = checkAnonymity(text, { knownNames: ['Jane'] });
          let end = -1;
          for (const finding of findings) {
            expect(text.slice(finding.offset, finding.offset + finding.match.length)).toBe(
              finding.match,
            );
            expect(finding.offset).toBeGreaterThanOrEqual(end);
            end = finding.offset + finding.match.length;
          }
        },
      ),
    );
  });
});

describe('checkAnonymity on long hostile input', () => {
  // Each of these makes a pattern with nested or ambiguous repetition take time that grows
  // with the square (or worse) of the length; these patterns stay linear, so each finishes
  // well within the test's time limit. 200,000 characters each.
  const n = 200_000;
  const hostile: [string, string][] = [
    ['letters and digits', 'a1'.repeat(n / 2)],
    ['one long word', 'a'.repeat(n)],
    ['a long local part with no @', `${'a.'.repeat(n / 2)}`],
    ['many @ signs', 'a@a'.repeat(n / 3)],
    ['a domain that never ends in a top-level name', `a@${'a-'.repeat(n / 2)}`],
    ['digits', '1'.repeat(n)],
    ['spaced zeros', '0 '.repeat(n / 2)],
    ['brackets and zeros', '(0) '.repeat(n / 4)],
    ['+44 again and again', '+44 '.repeat(n / 4)],
    ['date of birth phrases with no date', 'date of birth '.repeat(n / 14)],
    ['dob and spaces', `dob${' '.repeat(n)}`],
    ['born and numbers', 'born on 1 '.repeat(n / 10)],
    ['postcode-like runs', 'AA9A '.repeat(n / 5)],
  ];

  it.each(hostile)('finishes on %s', (_, text) => {
    const findings = checkAnonymity(text, { knownNames: ['Jane Smith', 'a a a'] });
    expect(Array.isArray(findings)).toBe(true);
  });
});
