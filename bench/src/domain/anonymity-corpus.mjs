// The labelled corpus of the anonymity benchmark: identifying details of every kind, each
// written in the many forms they take in real documents (spacing, punctuation, line breaks
// where a PDF wraps, full-width and decomposed characters, possessives), each embedded in a
// realistic sentence between ordinary ones, with its kind, its form and where it is. A
// detector's recall per kind and per form is measured against these labels. Seeded: the
// same seed gives the same corpus, so runs can be compared.
import { seededRandom } from '../random.mjs';
import { MONTHS, proseSentences } from './ordinary-prose.mjs';
import { identifierSource } from './uk-identifiers.mjs';

/**
 * The family's names as the partnership keeps them, apart from anything published: given
 * to the detectors as `knownNames` (whole names, first names and surnames, each an entry).
 */
export const FAMILY_NAMES = [
  { first: 'Siobhán', last: "O'Connor" },
  { first: 'Zoë', last: 'Müller-Smith' },
  { first: 'Jean-Luc', last: 'Dubois' },
  { first: 'Ngozi', last: 'Okafor' },
  { first: 'Renée', last: "D'Arcy-Lewis" },
  { first: 'Tomasz', last: 'Wiśniewski' },
];

/** `knownNames` for the detectors: each full name, first name and surname. */
export const KNOWN_NAMES = FAMILY_NAMES.flatMap(({ first, last }) => [
  `${first} ${last}`,
  first,
  last,
]);

const STREETS = ['Acacia', 'Oak', 'Mill', 'Station', 'Burton', 'Elm', 'Church', 'Victoria'];
const STREET_TYPES = ['Avenue', 'Road', 'Street', 'Lane', 'Close', 'Drive', 'Grove', 'Crescent'];
const FULL_WIDTH_OFFSET = 0xfee0; // '０' - '0'

/** Every character of `text` that has a full-width form (digits, letters) in that form. */
const fullWidth = (text) =>
  text.replace(/[0-9A-Za-z]/g, (char) =>
    String.fromCharCode(char.charCodeAt(0) + FULL_WIDTH_OFFSET),
  );

/**
 * The forms of each kind: `[form, write(source) => detail]`, where `source` is the
 * identifier factory and the detail is the text as written in the document.
 */
function formsByKind() {
  const postcode = (write) => (s) => {
    const { outward, inward } = s.postcode();
    return write(outward, inward);
  };
  const nhs = (write) => (s) => {
    const d = s.nhsNumber();
    return write(d.slice(0, 3), d.slice(3, 6), d.slice(6));
  };
  const ni = (write) => (s) => {
    const n = s.niNumber();
    return write(n.slice(0, 2), n.slice(2, 4), n.slice(4, 6), n.slice(6, 8), n[8]);
  };
  const upn = (write) => (s) => {
    const u = s.upn();
    return write(u[0], u.slice(1, 4), u.slice(4, 8), u.slice(8, 10), u.slice(10));
  };
  const phone = (write) => (s) => {
    const { area, local } = s.phone();
    // The local number in two groups, as written with dots or hyphens: 7946 0123, 960 123.
    const groups = local.length === 2 ? local : [local[0].slice(0, 3), local[0].slice(3)];
    return write(area, local, local.join(''), groups);
  };
  const email = (write) => (s) => {
    const user = s.pick(['jo.bloggs', 'sam.taylor', 'k.hughes', 'mum_of_3', 'dave1984', 'lee.w']);
    const domain = s.pick(['example.co.uk', 'example.com', 'hotmail.co.uk', 'gmail.com']);
    return write(user, domain);
  };
  const dob = (write) => (s) => {
    const [d, m, y] = [s.int(1, 28), s.int(1, 12), s.int(2006, 2024)];
    const two = (n) => String(n).padStart(2, '0');
    const month = MONTHS[m - 1];
    const th =
      d === 1 || d === 21 ? 'st' : d === 2 || d === 22 ? 'nd' : d === 3 || d === 23 ? 'rd' : 'th';
    return write({ d, m, y, two, month, th });
  };
  const address = (write) => (s) =>
    write({
      number: s.int(1, 240),
      street: s.pick(STREETS),
      type: s.pick(STREET_TYPES),
      flat: s.int(1, 12),
    });
  const name = (write) => (s) => write(s.pick(FAMILY_NAMES), s);
  const withApostrophe = FAMILY_NAMES.filter(({ last }) => last.includes("'"));
  const withAccent = FAMILY_NAMES.filter(({ first, last }) => /[^\0-\x7f]/.test(first + last));
  const withHyphen = FAMILY_NAMES.filter(({ first, last }) => /-/.test(first + last));
  const stripAccents = (text) => text.normalize('NFD').replace(/\p{M}/gu, '');
  const accented = ({ first, last }) => (/[^\0-\x7f]/.test(first) ? first : last);

  return {
    postcode: [
      ['A9 9AA', postcode((o, i) => `${o} ${i}`)],
      ['no space', postcode((o, i) => `${o}${i}`)],
      ['lower case', postcode((o, i) => `${o} ${i}`.toLowerCase())],
      ['two spaces', postcode((o, i) => `${o}  ${i}`)],
      ['tab', postcode((o, i) => `${o}\t${i}`)],
      ['line break', postcode((o, i) => `${o}\n${i}`)],
      ['hyphen', postcode((o, i) => `${o}-${i}`)],
      ['no-break space', postcode((o, i) => `${o}\u00a0${i}`)],
      ['thin space', postcode((o, i) => `${o}\u2009${i}`)],
      ['full-width', postcode((o, i) => `${fullWidth(o)}\u3000${fullWidth(i)}`)],
      ['in brackets', postcode((o, i) => ['(', `${o} ${i}`, ')'])],
    ],
    'nhs-number': [
      ['3 3 4', nhs((a, b, c) => `${a} ${b} ${c}`)],
      ['3-3-4', nhs((a, b, c) => `${a}-${b}-${c}`)],
      ['3  3  4 (two spaces)', nhs((a, b, c) => `${a}  ${b}  ${c}`)],
      ['dots', nhs((a, b, c) => `${a}.${b}.${c}`)],
      ['no grouping', nhs((a, b, c) => `${a}${b}${c}`)],
      ['line break', nhs((a, b, c) => `${a} ${b}\n${c}`)],
      ['no-break spaces', nhs((a, b, c) => `${a}\u00a0${b}\u00a0${c}`)],
      ['full-width digits', nhs((a, b, c) => fullWidth(`${a} ${b} ${c}`))],
      ['slashes', nhs((a, b, c) => `${a}/${b}/${c}`)],
    ],
    'ni-number': [
      ['AB123456C', ni((p, a, b, c, x) => `${p}${a}${b}${c}${x}`)],
      ['AB 12 34 56 C', ni((p, a, b, c, x) => `${p} ${a} ${b} ${c} ${x}`)],
      ['lower case', ni((p, a, b, c, x) => `${p}${a}${b}${c}${x}`.toLowerCase())],
      ['AB 123456 C', ni((p, a, b, c, x) => `${p} ${a}${b}${c} ${x}`)],
      ['hyphens', ni((p, a, b, c, x) => `${p}-${a}-${b}-${c}-${x}`)],
      ['two spaces', ni((p, a, b, c, x) => `${p}  ${a}  ${b}  ${c}  ${x}`)],
      ['AB 12 34 56C', ni((p, a, b, c, x) => `${p} ${a} ${b} ${c}${x}`)],
      ['AB123456 C', ni((p, a, b, c, x) => `${p}${a}${b}${c} ${x}`)],
      ['no-break spaces', ni((p, a, b, c, x) => [p, a, b, c, x].join('\u00a0'))],
      ['line break', ni((p, a, b, c, x) => `${p} ${a} ${b}\n${c} ${x}`)],
    ],
    upn: [
      ['A801200111006', upn((l, la, e, y, n) => `${l}${la}${e}${y}${n}`)],
      ['lower case', upn((l, la, e, y, n) => `${l}${la}${e}${y}${n}`.toLowerCase())],
      ['A 801 2001 11 006', upn((l, la, e, y, n) => `${l} ${la} ${e} ${y} ${n}`)],
      ['A801-2001-11-006', upn((l, la, e, y, n) => `${l}${la}-${e}-${y}-${n}`)],
      ['A 801200111006', upn((l, la, e, y, n) => `${l} ${la}${e}${y}${n}`)],
      ['A801 2001 11006', upn((l, la, e, y, n) => `${l}${la} ${e} ${y}${n}`)],
      ['line break', upn((l, la, e, y, n) => `${l}${la}${e}\n${y}${n}`)],
    ],
    'phone-number': [
      ['01332 960123', phone((a, local) => `0${a} ${local.join(' ')}`)],
      ['no spaces', phone((a, _, d) => `0${a}${d}`)],
      ['(01332) 960123', phone((a, local) => `(0${a}) ${local.join(' ')}`)],
      ['+44 1332 960123', phone((a, local) => `+44 ${a} ${local.join(' ')}`)],
      ['+44 (0)1332 960123', phone((a, local) => `+44 (0)${a} ${local.join(' ')}`)],
      ['+44 (0) 1332 960123', phone((a, local) => `+44 (0) ${a} ${local.join(' ')}`)],
      ['0044 1332 960123', phone((a, local) => `0044 ${a} ${local.join(' ')}`)],
      ['+441332960123', phone((a, _, d) => `+44${a}${d}`)],
      ['dots', phone((a, _, _d, g) => `0${a}.${g.join('.')}`)],
      ['hyphens', phone((a, _, _d, g) => `0${a}-${g.join('-')}`)],
      ['grouped in two', phone((a, _, _d, g) => `0${a} ${g.join(' ')}`)],
      ['two spaces', phone((a, local) => `0${a}  ${local.join('  ')}`)],
      ['line break', phone((a, local) => `0${a}\n${local.join(' ')}`)],
      ['+44-1332-960123', phone((a, _, d) => `+44-${a}-${d}`)],
    ],
    email: [
      ['plain', email((u, d) => `${u}@${d}`)],
      ['upper case', email((u, d) => `${u}@${d}`.toUpperCase())],
      ['plus tag', email((u, d) => `${u}+school@${d}`)],
      ['subdomain', email((u) => `${u}@mail.derby.sch.uk`)],
      ['mailto:', email((u, d) => ['mailto:', `${u}@${d}`, ''])],
      ['angle brackets', email((u, d) => ['<', `${u}@${d}`, '>'])],
      ['line break after @', email((u, d) => `${u}@\n${d}`)],
      ['[at] [dot]', email((u, d) => `${u} [at] ${d.replaceAll('.', ' [dot] ')}`)],
      ['at … dot', email((u, d) => `${u} at ${d.replaceAll('.', ' dot ')}`)],
      ['spaces round @', email((u, d) => `${u} @ ${d}`)],
    ],
    'date-of-birth': [
      ['date of birth 12/03/2019', dob((x) => `date of birth ${x.two(x.d)}/${x.two(x.m)}/${x.y}`)],
      ['DOB: 12/03/2019', dob((x) => `DOB: ${x.two(x.d)}/${x.two(x.m)}/${x.y}`)],
      ['D.O.B. 12.03.19', dob((x) => `D.O.B. ${x.two(x.d)}.${x.two(x.m)}.${String(x.y).slice(2)}`)],
      ['dob 2019-03-12', dob((x) => `dob ${x.y}-${x.two(x.m)}-${x.two(x.d)}`)],
      ['born on 3rd March 2019', dob((x) => `born on ${x.d}${x.th} ${x.month} ${x.y}`)],
      ['born 3 March 2019', dob((x) => `born ${x.d} ${x.month} ${x.y}`)],
      [
        'born on the 3rd of March, 2019',
        dob((x) => `born on the ${x.d}${x.th} of ${x.month}, ${x.y}`),
      ],
      ['born in March 2019', dob((x) => `born in ${x.month} ${x.y}`)],
      ['born March 3, 2019', dob((x) => `born ${x.month} ${x.d}, ${x.y}`)],
      [
        'date of birth: 3 Mar 2019',
        dob((x) => `date of birth: ${x.d} ${x.month.slice(0, 3)} ${x.y}`),
      ],
      ['b. 12/03/2019', dob((x) => `b. ${x.two(x.d)}/${x.two(x.m)}/${x.y}`)],
      ['born on 3/3/19', dob((x) => `born on ${x.d}/${x.m}/${String(x.y).slice(2)}`)],
      ['birthday 3 March (no year)', dob((x) => `birthday is on ${x.d} ${x.month}`)],
      [
        'date of birth, line break',
        dob((x) => `Date of birth\n${x.two(x.d)}/${x.two(x.m)}/${x.y}`),
      ],
      [
        'DOB 3rd Sept. 2019',
        dob(
          (x) =>
            `DOB ${x.d}${x.th} ${x.month === 'September' ? 'Sept' : x.month.slice(0, 3)}. ${x.y}`,
        ),
      ],
    ],
    address: [
      ['12 Acacia Avenue', address((a) => `${a.number} ${a.street} ${a.type}`)],
      ['12a Acacia Avenue', address((a) => `${a.number}a ${a.street} ${a.type}`)],
      ['Flat 3, 27 Oak Road', address((a) => `Flat ${a.flat}, ${a.number} ${a.street} ${a.type}`)],
      ['27 Oak Rd', address((a) => `${a.number} ${a.street} ${a.type === 'Road' ? 'Rd' : 'St'}`)],
      ["4 St John's Close", address((a) => `${a.number} St John’s ${a.type}`)],
      ['147 Burton Road, Derby', address((a) => `${a.number} ${a.street} ${a.type}, Derby`)],
      ['lower case', address((a) => `${a.number} ${a.street} ${a.type}`.toLowerCase())],
      ['2-4 High Street', address((a) => `${a.number}-${a.number + 2} High Street`)],
      ['line break', address((a) => `${a.number} ${a.street}\n${a.type}`)],
      ['12, Acacia Avenue', address((a) => `${a.number}, ${a.street} ${a.type}`)],
    ],
    'known-name': [
      ['full name as listed', name((n) => `${n.first} ${n.last}`)],
      ['first name', name((n) => n.first)],
      ['surname', name((n) => n.last)],
      ['upper case', name((n) => `${n.first} ${n.last}`.toUpperCase())],
      ['curly apostrophe', (s) => s.pick(withApostrophe).last.replace("'", '’')],
      ['decomposed accents (NFD)', (s) => accented(s.pick(withAccent)).normalize('NFD')],
      ['accents dropped', (s) => stripAccents(accented(s.pick(withAccent)))],
      [
        'hyphen as space',
        (s) => s.pick(withHyphen)[s.int(0, 1) ? 'first' : 'last'].replace('-', ' '),
      ],
      ['Unicode hyphen (U+2010)', (s) => s.pick(withHyphen).last.replace('-', '\u2010')],
      ['line break inside', name((n) => `${n.first}\n${n.last}`)],
      ['two spaces inside', name((n) => `${n.first}  ${n.last}`)],
    ],
  };
}

/**
 * Possessive and plural forms wrap a name rather than rewrite it: the label covers the name
 * as written, the rest goes round it ("Ngozi’s", "the Okafors").
 */
const NAME_WRAPPED_FORMS = [
  ["possessive 's", ({ first, last }, s) => ['', s.pick([first, last]), "'s"]],
  ['possessive ’s', ({ first, last }, s) => ['', s.pick([first, last]), '’s']],
  ['plural (the Okafors)', (_, s) => ['the ', s.pick(['Okafor', "O'Connor", 'Müller-Smith']), 's']],
];

/** Sentences that carry a detail of each kind: `{}` is where it goes. */
const CONTEXTS = {
  postcode: [
    'The family moved to a flat near {} shortly before the referral.',
    'The address on the GP record ended {}, which was out of area.',
    'Police attended the property ({}) on two occasions.',
    'A home visit was made to the house at {} the following week.',
  ],
  'nhs-number': [
    'The baby’s NHS number, {}, appeared on the discharge letter.',
    'Health records for NHS No. {} were requested by the reviewer.',
    'The referral form gave the NHS number as {} and listed no allergies.',
  ],
  'ni-number': [
    "The mother's National Insurance number ({}) was on the benefits letter.",
    'HMRC confirmed that NI number {} belonged to the father.',
    'The tenancy form recorded NINO {} for the lead tenant.',
  ],
  upn: [
    'The school census listed the child under UPN {} until the transfer.',
    'Unique pupil number: {}.',
    'The pupil file ({}) was passed to the new school late.',
  ],
  'phone-number': [
    'Mum could be reached on {} during the day.',
    'The health visitor left a message on {} but no one called back.',
    'A second number, {}, was recorded for the father.',
    'Tel: {}',
  ],
  email: [
    'The school emailed {} about the missed appointments.',
    'Contact details on the form: {}.',
    'The father wrote from {} to complain about the visit.',
  ],
  'date-of-birth': [
    'The child, {}, was the youngest of three.',
    'Records show the baby was {} at the city hospital.',
    'The assessment gave her {} and her school as the local primary.',
    'Her details ({}) were checked by the registrar.',
  ],
  address: [
    'The family lived at {} for most of the period under review.',
    'Neighbours at {} raised concerns about noise.',
    'The address given was {}.',
  ],
  'known-name': [
    'Practitioners described {} as quiet and watchful.',
    'The review heard from {} about the support offered.',
    '{} attended the nursery until the spring.',
    'The social worker met {} at home.',
  ],
};

/**
 * The labelled corpus: for each kind and each form, `perForm` samples, each a short
 * paragraph `{ text, kind, form, offset, length }` (the detail at `offset`, `length` code
 * units long) with an ordinary sentence before and after it.
 */
export function labelledCorpus({ seed = 13, perForm = 20 } = {}) {
  const random = seededRandom(seed);
  const source = identifierSource(random);
  const ordinary = proseSentences(random);
  const samples = [];
  // A form writes the detail alone, or [what comes before it, the detail, what follows].
  const add = (kind, form, written) => {
    const [prefix, detail, suffix] = typeof written === 'string' ? ['', written, ''] : written;
    const context = source.pick(CONTEXTS[kind]);
    const at = context.indexOf('{}');
    const before = `${ordinary()} ${context.slice(0, at)}${prefix}`;
    const text = `${before}${detail}${suffix}${context.slice(at + 2)} ${ordinary()}`;
    samples.push({ text, kind, form, offset: before.length, length: detail.length });
  };
  const forms = formsByKind();
  forms['known-name'].push(
    ...NAME_WRAPPED_FORMS.map(([form, wrap]) => [form, (s) => wrap(s.pick(FAMILY_NAMES), s)]),
  );
  for (const [kind, kindForms] of Object.entries(forms)) {
    for (const [form, write] of kindForms) {
      for (let n = 0; n < perForm; n++) add(kind, form, write(source));
    }
  }
  return samples;
}

/** The kinds in the corpus, in the order the report lists them. */
export const CORPUS_KINDS = Object.keys(CONTEXTS);

/** The kinds with a fixed form, which the recall goal (≥ 0.99) applies to. */
export const FIXED_FORM_KINDS = [
  'postcode',
  'nhs-number',
  'ni-number',
  'upn',
  'phone-number',
  'email',
];
