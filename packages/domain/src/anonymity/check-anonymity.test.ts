import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAnonymity, type IdentifyingDetailKind } from './check-anonymity';
import { publicNumbers } from './public-numbers';
import { isValidUpn } from './upn';

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

describe('checkAnonymity on details written in other ways', () => {
  it('finds postcodes however they are spaced, broken or written in full-width letters', () => {
    for (const postcode of [
      'DE22  1GT',
      'DE22\t1GT',
      'DE22\n1GT',
      'DE22\r\n1GT',
      'DE22-1GT',
      'DE22\u00A01GT',
      'ＤＥ２２ １ＧＴ',
      'ＤＥ２２\u3000１ＧＴ',
    ]) {
      expect(found(`Seen at ${postcode}, today`), JSON.stringify(postcode)).toEqual([
        ['postcode', postcode],
      ]);
    }
    expect(checkAnonymity('Zoë lived at ＤＥ２２ １ＧＴ.')).toEqual([
      { kind: 'postcode', match: 'ＤＥ２２ １ＧＴ', offset: 13 },
    ]);
  });

  it('finds NHS numbers in any grouping, with the check digit kept', () => {
    for (const nhs of [
      '943  476  5919',
      '943.476.5919',
      '943-476-5919',
      '9434 765 919',
      '94 34 76 59 19',
      '943\u2009476\u20095919',
      '943\u2013476\u20135919',
      '９４３ ４７６ ５９１９',
    ]) {
      expect(found(`NHS number ${nhs} given`), nhs).toEqual([['nhs-number', nhs]]);
    }
    expect(found('NHS number 943.476.5918')).toEqual([]);
    // Ten single digits are a list, not a number someone wrote down.
    expect(found('scores 9 4 3 4 7 6 5 9 1 9')).toEqual([]);
  });

  it('finds NHS numbers written with slashes in 3/3/4, and no other slashed digits', () => {
    for (const nhs of ['943/476/5919', '943 / 476 / 5919', '943\u2009/\u2009476/5919']) {
      expect(found(`NHS number ${nhs} given`), nhs).toEqual([['nhs-number', nhs]]);
    }
    for (const text of [
      'NHS number 943/476/5918',
      '9434/765/919',
      '94/34/76/59/19',
      '1/943/476/5919',
      '943/476/5919/2',
      '10/10/2019 and 1/1/20',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds National Insurance numbers with an allocated prefix, in any spacing', () => {
    for (const ni of [
      'AB 12 34 56 C',
      'AB123456C',
      'ab 12 34 56 c',
      'JG-10-37-95-A',
      'AB 123456 D',
    ]) {
      expect(found(`NI ${ni} held`), ni).toEqual([['ni-number', ni]]);
    }
    for (const text of [
      'QQ 12 34 56 C',
      'GB 12 34 56 A',
      'DA 12 34 56 A',
      'AO 12 34 56 A',
      'AB 12 34 56 E',
      'XAB123456C',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds Unique Pupil Numbers whose check letter is right, temporary ones too', () => {
    expect(found('UPN B801200005001.')).toEqual([['upn', 'B801200005001']]);
    expect(found('UPN q80120000500c.')).toEqual([['upn', 'q80120000500c']]);
    expect(found('UPN A801200005001.')).toEqual([]);
    expect(found('code B8012000050011')).toEqual([]);
  });

  it('finds Unique Pupil Numbers however they are grouped, and no lists of digits', () => {
    for (const upn of [
      'B 801 2000 05 001',
      'B801-2000-05-001',
      'B 801200005001',
      'B801 2000 05001',
      'B8012000\n05001',
      'B80 12 00 00 50 01',
      'b 801 2000 05 001',
      'B\u00A0801\u00A02000\u00A005\u00A0001',
      'Q80120000500C',
    ]) {
      expect(found(`UPN ${upn}, then`), JSON.stringify(upn)).toEqual([['upn', upn]]);
    }
    for (const text of [
      // A wrong check letter, lone digits, more digits after, a letter inside a word.
      'UPN A 801 2000 05 001',
      'B 8 0 1 2 0 0 0 0 5 0 0 1',
      'B 801 2000 05 001 12',
      'B 801 2000 05 001-7',
      'AB 801 2000 05 001',
      'Q3 2019 2020 47',
    ]) {
      expect(found(text), text).toEqual([]);
    }
    // A UPN's first digits are a local authority's number, never 0: a telephone number.
    expect(found('B 01332 642351 a@example.org')).toEqual([
      ['phone-number', '01332 642351'],
      ['email', 'a@example.org'],
    ]);
    expect(found('UPN B0120000500C').map(([kind]) => kind)).not.toContain('upn');
    // Findings never overlap: the first is kept.
    expect(found('943 476 5919 A SQ')).toEqual([['nhs-number', '943 476 5919']]);
  });

  it('finds telephone numbers in every national and international form', () => {
    for (const phone of [
      '+44 1332 642351',
      '+441332642351',
      '0044 7700 900123',
      '0044 (0)7700 900123',
      '+44 (0)1332 642351',
      '+44 (0) 1332 642351',
      '01332.642351',
      '07700  900123',
      '07700-900-123',
      '(01332) 642351',
      '０１３３２ ６４２３５１',
      '+44\u00A07700\u00A0900123',
    ]) {
      expect(found(`call ${phone} now`), phone).toEqual([['phone-number', phone]]);
    }
  });

  it('finds email addresses broken, spaced or spelled out', () => {
    for (const email of [
      'k.hughes@\ngmail.com',
      'k.hughes@\r\ngmail.com',
      'sam.taylor @ example.co.uk',
      'sam.taylor\n@example.co.uk',
      'mum_of_3 [at] example [dot] com',
      'mum_of_3[at]example[dot]com',
      'MUM (AT) EXAMPLE (DOT) ORG',
      'jo {at} example.nhs.uk',
      'jo <at> derby.sch.uk',
      'jo.bloggs at example dot co dot uk',
      'jo.bloggs AT example DOT com',
      'jo.bloggs at example.co dot uk',
      'ｊｏ ［ａｔ］ ｅｘａｍｐｌｅ ［ｄｏｔ］ ｃｏｍ',
    ]) {
      expect(found(`Write to ${email}, then`), JSON.stringify(email)).toEqual([['email', email]]);
    }
    expect(checkAnonymity('From jo [at] example [dot] com.')).toEqual([
      { kind: 'email', match: 'jo [at] example [dot] com', offset: 5 },
    ]);
  });

  it('leaves prose with "at", "dot" or a lone @ alone', () => {
    for (const text of [
      'Meet at school at 3 pm.',
      'Look at the report dot points.',
      'We met at school.Then we left.',
      'They were at home.com was down.',
      'See you @ home.Then we talk.',
      'Find us @ www.ddscp.org.uk for more.',
      'Follow @ddscp for news.',
      'The meeting at 10 dot 30 was moved.',
      'jo at example dot points',
      'jo at example.com',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('allows a spelled-out address when its plain form is allowed, and the other way', () => {
    expect(found('Write to jo [at] example [dot] com', { allow: ['jo@example.com'] })).toEqual([]);
    expect(found('Write to jo@example.com', { allow: ['jo at example dot com'] })).toEqual([]);
    expect(found('Write to jo @ example.com', { allow: ['jo@example.com'] })).toEqual([]);
  });

  it('finds dates of birth however they are phrased', () => {
    for (const phrase of [
      'born on Sunday 3rd March 2019',
      'birthday: 3rd March 2019',
      'date-of-birth: 03/03/2019',
      'Date\u2011of\u2011birth 03/03/2019',
      'b. 03/03/2019',
      'born on 3 March 19',
      'born Sun. 3 Mar 2019',
      'DOB 03 / 03 / 2019',
    ]) {
      expect(found(`Child A, ${phrase}, was seen.`), phrase).toEqual([['date-of-birth', phrase]]);
    }
    for (const text of ['Bob. 03/03/2019', 'born in 2019', 'birthday party in 2019']) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds a house number and a street, and leaves other numbers and words', () => {
    for (const address of [
      '12 Acacia Avenue',
      '12a Acacia Ave',
      'Flat 3, 14 Mill Lane',
      '10-12 High St',
      '3 St Mary’s Road',
      '7 ACACIA AVENUE',
      '１２ Ａｃａｃｉａ Ａｖｅｎｕｅ',
    ]) {
      expect(found(`They lived at ${address}, then moved.`), address).toEqual([
        ['address', address],
      ]);
    }
    for (const text of [
      '3 times the way',
      '12 children walk to school',
      'In 2019 Family Court',
      '12 acacia avenue',
    ]) {
      expect(found(text), text).toEqual([]);
    }
  });

  it('finds known names whatever the accents, apostrophes, hyphens, possessives and plurals', () => {
    const knownNames = ['Zoë', "O'Brien", 'Mary-Jane', 'Smith'];
    expect(found('Zoe, Zoë, Zoe\u0308, ZOË, Zoey', { knownNames })).toEqual([
      ['known-name', 'Zoe'],
      ['known-name', 'Zoë'],
      ['known-name', 'Zoe\u0308'],
      ['known-name', 'ZOË'],
    ]);
    expect(found("O’Brien, O'Brien, OBrien", { knownNames: ['O’Brien'] })).toEqual([
      ['known-name', 'O’Brien'],
      ['known-name', "O'Brien"],
      ['known-name', 'OBrien'],
    ]);
    expect(found('Mary Jane, mary-jane, Mary\u2013Jane, MaryJane', { knownNames })).toEqual([
      ['known-name', 'Mary Jane'],
      ['known-name', 'mary-jane'],
      ['known-name', 'Mary\u2013Jane'],
    ]);
    expect(found("Smith's, Smiths’ car, the Smiths, Smithson, Smithes", { knownNames })).toEqual([
      ['known-name', 'Smith'],
      ['known-name', 'Smith'],
      ['known-name', 'Smith'],
      ['known-name', 'Smith'],
    ]);
    expect(found('Mary Jane', { knownNames: ['Mary Jane'] })).toEqual([
      ['known-name', 'Mary Jane'],
    ]);
  });

  it('does not take books, labelled references or longer numbers for NHS or telephone numbers', () => {
    for (const text of [
      'ISBN 0-306-40615-7',
      'ISBN-13: 978-0-306-40615-7',
      '978-0-306-40615-7',
      '0-306-40615-2',
      'ref 943 476 5919',
      'Reference: 9434765919',
      'Case no. 943 476 5919',
      'invoice 01332 642351',
      'order #07700 900123',
      '9434765919 1',
      '1-943-476-5919',
      '943.476.59191',
    ]) {
      expect(found(text), text).toEqual([]);
    }
    // Not a hyphenated ISBN (the check fails), so it may be a telephone number.
    expect(found('0-306-40615-7')).toEqual([['phone-number', '0-306-40615-7']]);
  });

  it('lets public numbers through by default, and only the list given when one is', () => {
    const text =
      'NSPCC 0808 800 5000, +44 808 800 5000, Childline 0800 1111, Samaritans 116 123, 999';
    expect(found(text)).toEqual([]);
    expect(found(text, { allowPublicNumbers: [] })).toEqual([
      ['phone-number', '0808 800 5000'],
      ['phone-number', '+44 808 800 5000'],
    ]);
    expect(
      found('0808 800 5000 or 01332 642351', { allowPublicNumbers: ['01332 642351'] }),
    ).toEqual([['phone-number', '0808 800 5000']]);
    expect(found('ＤＥ２２ １ＧＴ', { allow: ['DE22 1GT'] })).toEqual([]);
  });

  it('lets the national helplines through however they are spaced, and only those', () => {
    const helplines = [
      'the Domestic Abuse Helpline on 0808 2000 247',
      'the Modern Slavery Helpline on 08000 121 700',
      'Stop It Now on 0808 1000 900',
      'the Forced Marriage Unit on +44 (0)20 7008 0151',
      'Crimestoppers: 0800-555-111',
      'the National Gambling Helpline (0808 802 0133)',
      'Karma Nirvana, 0800 599 9247',
    ];
    for (const text of helplines) {
      expect(found(`Call ${text}.`), text).toEqual([]);
      expect(found(`Call ${text}.`, { allowPublicNumbers: [] }), text).toHaveLength(1);
    }
    // One digit off a helpline is someone's number.
    expect(found('Call 0808 2000 248.')).toEqual([['phone-number', '0808 2000 248']]);
    expect(
      found('Call 0808 2000 247.', { allowPublicNumbers: [...publicNumbers, '01332 642351'] }),
    ).toEqual([]);
  });

  it('allows every default public number written with the +44 code and other spacing', () => {
    for (const number of publicNumbers) {
      const digits = number.replace(/[^0-9]/g, '');
      // The shorter ones (999, 116 123, 0800 1111) are never taken for telephone numbers.
      if (!digits.startsWith('0') || digits.length < 10) continue;
      for (const variant of [
        digits,
        `+44 ${digits.slice(1)}`,
        `0044 ${digits.slice(1, 4)} ${digits.slice(4)}`,
      ]) {
        expect(found(`call ${variant} now`), variant).toEqual([]);
        expect(found(`call ${variant} now`, { allowPublicNumbers: [] }), variant).toEqual([
          ['phone-number', variant],
        ]);
      }
    }
  });
});

/** A detail written as a careless or hostile writer might: spaces, dashes, case and width changed. */
const spaces = fc.constantFrom(' ', '  ', '\u00A0', '\u2009', '\u202F', '\u3000', '\t', '\n');
const dashes = fc.constantFrom('-', '\u2010', '\u2011', '\u2013', '\u2014', '\u2212', '\uFF0D');
const fullWidth = (text: string) =>
  text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

function written(detail: string, options: { caseless: boolean }): fc.Arbitrary<string> {
  const pieces = detail.split(/( |-)/);
  return fc
    .tuple(
      ...pieces.map((piece) => {
        if (piece === ' ') return spaces;
        if (piece === '-') return dashes;
        const cased = options.caseless
          ? fc.constantFrom(piece, piece.toUpperCase(), piece.toLowerCase())
          : fc.constant(piece);
        return cased.chain((text) => fc.constantFrom(text, fullWidth(text), text.normalize('NFD')));
      }),
    )
    .map((parts) => parts.join(''));
}

const details: readonly [IdentifyingDetailKind, string, boolean][] = [
  ['postcode', 'DE22 1GT', true],
  ['nhs-number', '943 476 5919', false],
  ['nhs-number', '943-476-5919', false],
  ['ni-number', 'AB 12 34 56 C', true],
  ['upn', 'B801200005001', true],
  ['upn', 'B 801 2000 05 001', true],
  ['upn', 'B801-2000-05-001', true],
  ['nhs-number', '943/476/5919', false],
  ['phone-number', '07700 900123', false],
  ['phone-number', '+44 1332 642351', false],
  ['email', 'jane.doe@example.org', true],
  ['email', 'jane.doe [at] example [dot] org', true],
  ['email', 'jane.doe at example dot co dot uk', true],
  ['email', 'jane.doe @ example.org', true],
  ['date-of-birth', 'born on 3 March 2019', true],
  ['date-of-birth', 'date of birth 03/03/2019', true],
  ['address', '12 Acacia Avenue', false],
  ['known-name', 'Zoë O’Brien', true],
  ['known-name', 'Mary-Jane', true],
];
const prose = fc.array(
  fc.constantFrom(
    'The',
    'review',
    'found',
    'that',
    'agencies',
    'met',
    'with',
    'the',
    'family',
    'and',
    'Café',
    'naïve',
    '—',
    '“so”',
    'it’s',
    'ﬁne',
  ),
  { maxLength: 8 },
);

describe('checkAnonymity on details embedded in prose (properties)', () => {
  it('finds a detail at its offset in the text as written, however it is written', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...details)
          .chain(([kind, detail, caseless]) =>
            fc.tuple(
              fc.constant(kind),
              written(detail, { caseless }),
              prose,
              prose,
              spaces,
              spaces,
            ),
          ),
        ([kind, detail, before, after, spaceBefore, spaceAfter]) => {
          const head = before.length > 0 ? `${before.join(' ')}${spaceBefore}` : '';
          const text = `${head}${detail}${spaceAfter}${after.join(' ')}`;
          const findings = checkAnonymity(text, { knownNames: ['Zoë O’Brien', 'Mary Jane'] });
          expect(findings).toContainEqual({ kind, match: detail, offset: head.length });
          for (const finding of findings) {
            expect(text.slice(finding.offset, finding.offset + finding.match.length)).toBe(
              finding.match,
            );
          }
        },
      ),
    );
  });

  it('finds a UPN grouped in any way at its offset, the groups as written', () => {
    const upn = fc
      .stringMatching(/^[1-9][0-9]{11}$/)
      .map(
        (digits) =>
          `${[...'ABCDEFGHJKLMNPQRTUVWXYZ'].find((l) => isValidUpn(l + digits))}${digits}`,
      );
    // Where the twelve digits are cut: groups of two or more, as people write them.
    const cuts = fc.array(fc.integer({ min: 2, max: 6 }), { maxLength: 5 });
    const gap = fc.constantFrom(' ', '  ', '-', ' - ', '\n', '\r\n', '\u00A0', '\u2009', '\u2011');
    fc.assert(
      fc.property(
        upn,
        cuts,
        fc.array(gap, { minLength: 7, maxLength: 7 }),
        prose,
        (code, sizes, gaps, before) => {
          const groups = [code[0] as string];
          let at = 1;
          for (const size of sizes) {
            if (at + size > 11) break; // the last group too has two digits or more
            groups.push(code.slice(at, at + size));
            at += size;
          }
          groups.push(code.slice(at));
          const detail = groups
            .map((group, index) => (index === 0 ? group : `${gaps[index - 1]}${group}`))
            .join('');
          const head = before.length > 0 ? `${before.join(' ')} UPN ` : '';
          const text = `${head}${detail}, then`;
          expect(checkAnonymity(text)).toContainEqual({
            kind: 'upn',
            match: detail,
            offset: head.length,
          });
        },
      ),
    );
  });

  it('finds no number, postcode, address, date or email in text with no digit and no @', () => {
    const noDigitOrAt = fc
      .string({ unit: 'binary', maxLength: 60 })
      .map((text) =>
        [...text].filter((c) => !/[0-9@]/.test(c.normalize('NFKC').normalize('NFD'))).join(''),
      );
    fc.assert(
      fc.property(noDigitOrAt, (text) => {
        expect(checkAnonymity(text)).toEqual([]);
      }),
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
    ['spaced @ signs', 'a @ '.repeat(n / 4)],
    ['spelled-out at and dot', 'a at a dot '.repeat(n / 11)],
    ['bracketed at and dot', 'a [at] a [dot] '.repeat(n / 15)],
    ['a long spelled-out domain', `a [at] ${'a [dot] '.repeat(n / 8)}`],
    ['a domain that never ends in a top-level name', `a@${'a-'.repeat(n / 2)}`],
    ['digits', '1'.repeat(n)],
    ['spaced zeros', '0 '.repeat(n / 2)],
    ['brackets and zeros', '(0) '.repeat(n / 4)],
    ['+44 again and again', '+44 '.repeat(n / 4)],
    ['date of birth phrases with no date', 'date of birth '.repeat(n / 14)],
    ['dob and spaces', `dob${' '.repeat(n)}`],
    ['born and numbers', 'born on 1 '.repeat(n / 10)],
    ['postcode-like runs', 'AA9A '.repeat(n / 5)],
    ['double-spaced digits', '1  '.repeat(n / 3)],
    ['dotted digits', '1.'.repeat(n / 2)],
    ['National Insurance-like runs', 'AB 12 '.repeat(n / 6)],
    ['UPN-like runs', 'A12345678901'.repeat(n / 12)],
    ['house numbers and words', '12 Acacia '.repeat(n / 10)],
    ['flats', 'Flat 1, '.repeat(n / 8)],
    ['full-width digits', '９'.repeat(n)],
    ['non-breaking spaces and digits', '1\u00A0'.repeat(n / 2)],
    ['combining accents', 'e\u0301'.repeat(n / 2)],
    ['names with hyphens', 'Mary Jane-'.repeat(n / 10)],
    ['lone surrogates', '\uD800a'.repeat(n / 2)],
  ];

  it.each(hostile)('finishes on %s, every finding inside the text', (_, text) => {
    const findings = checkAnonymity(text, { knownNames: ['Jane Smith', 'a a a', 'Mary-Jane'] });
    for (const finding of findings) {
      expect(text.slice(finding.offset, finding.offset + finding.match.length)).toBe(finding.match);
    }
  });
});
