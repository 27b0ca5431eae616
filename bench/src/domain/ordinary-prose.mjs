// Ordinary safeguarding prose with no identifying detail in it: what a published review,
// an annual report or a seven-minute briefing says, full of the numbers an anonymity check
// must let through (dates of meetings, report and case references, ISBNs, the national
// helplines, years, percentages, page and section numbers, ages, money, statistics).
// Anything a check flags here is a false alarm. Seeded: the same seed, the same text.
import { seededRandom } from '../random.mjs';
import { identifierSource, nhsCheckDigit } from './uk-identifiers.mjs';

/** The months' names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const AGENCIES = [
  'the local authority',
  'health visiting',
  'the police',
  "children's social care",
  'the school',
  'the GP practice',
  'the integrated care board',
  'early help',
  'the youth justice service',
  'adult mental health services',
  'the ambulance service',
  'the probation service',
];
const THEMES = [
  'neglect',
  'domestic abuse',
  'safe sleeping',
  'child criminal exploitation',
  'parental mental health',
  'professional curiosity',
  'information sharing',
  'escalation',
  'the voice of the child',
  'bruising in non-mobile babies',
];

/**
 * `{ text, words }`: paragraphs of ordinary prose, at least `words` words long, separated
 * by blank lines.
 */
export function ordinaryProse({ seed = 2013, words = 60_000 } = {}) {
  const random = seededRandom(seed);
  const sentence = proseSentences(random);
  const paragraphs = [];
  let count = 0;
  while (count < words) {
    const length = 4 + Math.floor(random() * 4);
    const paragraph = Array.from({ length }, sentence).join(' ');
    paragraphs.push(paragraph);
    count += wordCount(paragraph);
  }
  const text = paragraphs.join('\n\n');
  return { text, words: wordCount(text), paragraphs };
}

/** Words as a reader counts them: runs of anything but white space. */
export function wordCount(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * A function returning one ordinary sentence at a time, for the prose and for the context
 * around the labelled details.
 */
export function proseSentences(random) {
  const s = identifierSource(random);
  const { pick, int, digits } = s;
  const year = () => int(2012, 2026);
  /** A financial or reporting year, "2023/24" or "2023-24". */
  const yearSpan = (separator) => {
    const first = year();
    return `${first}${separator}${String(first + 1).slice(2)}`;
  };
  const day = () => int(1, 28);
  const ordinal = (n) =>
    `${n}${n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th'}`;
  const two = (n) => String(n).padStart(2, '0');
  const date = () => {
    const [d, m, y] = [day(), int(1, 12), year()];
    return pick([
      `${d} ${MONTHS[m - 1]} ${y}`,
      `${two(d)}/${two(m)}/${y}`,
      `${y}-${two(m)}-${two(d)}`,
      `${WEEKDAYS[int(0, 4)]} ${ordinal(d)} ${MONTHS[m - 1]} ${y}`,
      `${MONTHS[m - 1]} ${y}`,
      `${two(d)}.${two(m)}.${String(y).slice(2)}`,
      `${ordinal(d)} of ${MONTHS[m - 1]} ${y}`,
      `${MONTHS[m - 1].slice(0, 3)} ${d}, ${y}`,
    ]);
  };
  const reference = () =>
    pick([
      `DDSCP/${year()}/${String(int(1, 99)).padStart(3, '0')}`,
      `CSPR ${year()}-${two(int(1, 12))}`,
      `${year()}/${String(int(1, 200)).padStart(3, '0')}`,
      `RR-${year()}-${String(int(1, 30)).padStart(3, '0')}`,
      `${digits(8)}`,
      `${int(1000, 9999)} ${int(1000, 9999)}`,
      // Ten digits, like an NHS number; about one in eleven has a valid check digit by chance.
      `${int(1, 9)}${digits(9)}`,
      `${int(100, 999)} ${int(100, 999)} ${digits(4)}`,
    ]);
  const isbn10 = () => {
    for (;;) {
      const nine = `${pick(['0', '1'])}${digits(8)}`;
      const check = nhsCheckDigit(nine); // ISBN-10 uses the same weights as NHS numbers
      if (check === undefined) continue;
      return pick([`${nine[0]}-${nine.slice(1, 6)}-${nine.slice(6)}-${check}`, `${nine}${check}`]);
    }
  };
  const isbn = () => pick([() => s.isbn(), () => s.isbn().replaceAll('-', ''), isbn10])();
  const percent = () =>
    pick([`${int(1, 99)}%`, `${int(1, 99)}.${int(0, 9)}%`, `${int(1, 99)} per cent`]);
  const count = () => pick([`${int(2, 99)}`, `${int(1, 9)},${digits(3)}`, `${int(100, 999)}`]);
  const helpline = () =>
    pick([
      'the NSPCC helpline on 0808 800 5000',
      'Childline on 0800 1111',
      'Childline (0800 1111)',
      'the police on 999 in an emergency',
      'the police on 101',
      'NHS 111',
      'the Samaritans on 116 123',
      'the NSPCC (0808 800 5000)',
      'the Domestic Abuse Helpline on 0808 2000 247',
      'the Modern Slavery Helpline on 08000 121 700',
    ]);
  const page = () =>
    pick([
      `page ${int(2, 120)}`,
      `pp. ${int(2, 60)}–${int(61, 99)}`,
      `paragraph ${int(1, 9)}.${int(1, 30)}`,
      `section ${pick([11, 17, 47, 20, 31])}`,
      `Appendix ${int(1, 6)}`,
      `chapter ${int(1, 12)}`,
      `Table ${int(1, 9)}.${int(1, 9)}`,
    ]);
  const agency = () => pick(AGENCIES);
  const theme = () => pick(THEMES);
  const templates = [
    () => `The panel met on ${date()} to consider the rapid review (report ref ${reference()}).`,
    () =>
      `Practitioners from ${agency()} and ${agency()} attended the learning event on ${date()}.`,
    () =>
      `In ${MONTHS[int(0, 11)]} ${year()} the partnership published its thematic review of ${theme()}.`,
    () => `Case ref ${reference()} was closed to ${agency()} on ${date()}.`,
    () =>
      `The findings echo Working Together to Safeguard Children 2023 (${page()}) and the Children Act 1989.`,
    () =>
      `See ${page()} of the national panel's report, ISBN ${isbn()}, for the wider picture of ${theme()}.`,
    () => `Anyone worried about a child can contact ${helpline()}, or ${helpline()}, at any time.`,
    () =>
      `Of ${count()} contacts received in ${yearSpan('/')}, ${percent()} led to a referral and ${percent()} to a section 47 enquiry.`,
    () =>
      `Attendance at multi-agency training rose to ${percent()} in ${year()}, against ${percent()} the year before.`,
    () =>
      `The strategy discussion took place at ${int(8, 17)}:${two(int(0, 59))} on ${date()}, ${int(2, 5)} working days after the referral.`,
    () =>
      `A child aged ${int(2, 17)} was discussed at ${int(3, 12)} meetings between ${year()} and ${year()}.`,
    () =>
      `The review found that ${agency()} did not escalate concerns about ${theme()} when it should have.`,
    () =>
      `Funding of £${int(1, 9)}.${int(1, 9)} million was agreed for ${yearSpan('-')}, with £${int(10, 99)},${digits(3)} for training.`,
    () =>
      `Learning was shared through ${int(2, 40)} seven-minute briefings, ${int(2, 12)} Rapid Reviews and the ${ordinal(int(2, 9))} annual report.`,
    () =>
      `Level ${int(1, 4)} safeguarding training is now required for staff working with Year ${int(1, 11)} pupils and Key Stage ${int(1, 4)}.`,
    () =>
      `The pre-birth conference was held on ${date()}, and the learning born of it was shared across ${int(2, 40)} Children's Centres.`,
    () =>
      `The school (DfE number ${int(800, 938)}/${int(1000, 7999)}, Ofsted URN ${digits(6)}) reviewed its policy on ${date()}.`,
    () =>
      `Between ${date()} and ${date()}, ${count()} notifications were made to the national panel, ${percent()} of them about babies under ${int(1, 12)} months.`,
    () =>
      `Recommendation ${int(1, 12)}.${int(1, 9)} asks ${agency()} to report progress by ${date()} (${page()}).`,
    () => `The family was not involved in the review; the reasons are set out at ${page()}.`,
    () =>
      `Statutory guidance (SI ${year()}/${int(100, 999)}) sets a deadline of ${int(5, 15)} working days for the rapid review.`,
    () =>
      `Professionals should record the child's own words, as ${page()} of the ${year()} briefing on ${theme()} explains.`,
  ];
  return () => pick(templates)();
}

/**
 * Ordinary text that is mostly numbers, `{ text, words }` of at least `characters`
 * characters: the statistical tables of an annual report (years, counts, percentages,
 * dates, references, helplines), where every digit makes a detector look twice.
 */
export function digitDenseText({ seed = 2014, characters = 1_000_000 } = {}) {
  const random = seededRandom(seed);
  const { pick, int, digits } = identifierSource(random);
  const two = (n) => String(n).padStart(2, '0');
  const rows = [];
  let length = 0;
  while (length < characters) {
    const year = int(2012, 2025);
    const row = [
      `${year}/${String(year + 1).slice(2)}`,
      `${int(1, 9)},${digits(3)}`,
      `${int(0, 99)}.${int(0, 9)}%`,
      `${two(int(1, 28))}/${two(int(1, 12))}/${year}`,
      `ref ${year}/${digits(3)}`,
      `${int(100, 999)} ${int(100, 999)}`,
      pick(['0808 800 5000', '0800 1111', '116 123', '999', '101', '111']),
      `p. ${int(1, 240)}`,
      `${digits(int(4, 9))}`,
      `${int(1, 12)}.${int(1, 30)}.${int(1, 9)}`,
    ].join(' | ');
    rows.push(`| ${row} |`);
    length += row.length + 5;
  }
  const text = rows.join('\n');
  return { text, words: wordCount(text) };
}
