// A synthetic catalogue of n reviews for timing the catalogue checks: the partnership of the
// package's sample catalogue, and reviews of every kind with full lifecycles, learning
// points, agencies and one to four documents published over ten years, so that the checks
// meet expired documents, open and missed deadlines and, now and then, text that the
// anonymity check must flag. Seeded: the same n gives the same catalogue.
import { seededRandom } from '../random.mjs';

const KINDS = [
  'rapid-review',
  'lcspr',
  'national-review',
  'learning-review',
  'serious-case-review',
];
const DOCUMENT_KINDS = [
  'report',
  'executive-summary',
  'multi-agency-progress-summary',
  'learning-on-one-page',
  'seven-minute-briefing',
];
const THEMES = ['reunification', 'neglect', 'domestic abuse', 'safe sleeping', 'exploitation'];
const FAMILY = ['participated', 'declined', 'not-asked', 'unknown'];
const DAY_MS = 86_400_000;
const SENTENCE =
  'Practitioners across agencies shared information about the family, and the review found that earlier escalation would have helped.';
// What the anonymity check exists to catch, slipped into one review in fifty (a number from
// Ofcom's range for drama, and a postcode that is not the partnership's own, which is allowed).
const SLIPS = ['Call 01632 960123 for details.', 'The family lived near DE1 3AA.'];

/** A catalogue object (not JSON) with `count` reviews and the given partnership. */
export function syntheticCatalog(count, partnership) {
  const random = seededRandom(count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Agencies must be partners on every date: those without a start or an end.
  const agencies = partnership.partners
    .filter((partner) => !partner.validFrom && !partner.validTo)
    .map((partner) => partner.id);
  const reviews = [];
  for (let i = 1; i <= count; i++) {
    const aware = Date.UTC(2015, 0, 1) + Math.floor(random() * 3650) * DAY_MS;
    const day = (offset) => new Date(aware + offset * DAY_MS).toISOString().slice(0, 10);
    const stage = Math.floor(random() * 7); // how far along its lifecycle this review is
    const steps = [
      ['becameAware', 0],
      ['notifiedPanel', 3 + Math.floor(random() * 6)],
      ['rapidReviewCompleted', 20 + Math.floor(random() * 10)],
      ['decisionToCommission', 35 + Math.floor(random() * 10)],
      ['completed', 150 + Math.floor(random() * 60)],
      ['sentToPanel', 215 + Math.floor(random() * 10)],
      ['published', 240 + Math.floor(random() * 30)],
    ];
    const timeline = Object.fromEntries(
      steps.slice(0, stage + 1).map(([step, at]) => [step, day(at)]),
    );
    const documents = [];
    if (timeline.published) {
      const documentCount = 1 + Math.floor(random() * 4);
      for (let d = 0; d < documentCount; d++) {
        const published = day(240 + 30 + d * 40);
        documents.push({
          id: `${DOCUMENT_KINDS[d]}`,
          kind: DOCUMENT_KINDS[d],
          title: `${DOCUMENT_KINDS[d].replaceAll('-', ' ')} for review R${i}`,
          // Some known only to the month, as the seed page's are.
          published: d % 2 === 0 ? published : published.slice(0, 7),
          link: `/documents/r${i}/${DOCUMENT_KINDS[d]}.pdf`,
          format: 'pdf',
          size: 100_000 + Math.floor(random() * 900_000),
        });
      }
    }
    const slip = i % 50 === 0 ? ` ${pick(SLIPS)}` : '';
    reviews.push({
      id: `review-${i}`,
      reference: `R${i}`,
      pseudonym: `Child ${i}`,
      kind: pick(KINDS),
      title: `Child Safeguarding Practice Review: Child ${i} (R${i})`,
      // One in twenty has no summary, which lintCatalog warns about.
      ...(i % 20 === 0 ? {} : { summary: SENTENCE }),
      themes: [pick(THEMES)],
      agencies: [pick(agencies), pick(agencies)].filter((id, n, all) => all.indexOf(id) === n),
      familyInvolvement: pick(FAMILY),
      learning: {
        whatHappened: [`${SENTENCE}${slip}`],
        whatWorkedWell: [SENTENCE],
        whatNeedsToImprove: [SENTENCE, SENTENCE],
        howSafeguardingCanBeStrengthened: [SENTENCE],
      },
      timeline,
      documents,
    });
  }
  return { partnership, reviews };
}
