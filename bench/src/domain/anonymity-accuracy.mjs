// How well a detector finds identifying details: recall and precision per kind on the
// labelled corpus, recall per written form (which forms it misses), and its false alarms
// on ordinary prose per 10,000 words. A finding is a true positive when it has the label's
// kind and overlaps the label's span (a detector may report "DOB: 12/03/2019" or only the
// date); a finding of another kind on a labelled detail is a false positive of that kind,
// and the detail still counts as missed.
import { CORPUS_KINDS } from './anonymity-corpus.mjs';

const overlaps = (finding, start, length) =>
  finding.offset < start + length && start < finding.offset + finding.length;

/** How many examples of each kind of miss or false alarm the results keep. */
const EXAMPLES = 4;

/**
 * `{ kinds, forms, prose, ms }` for `detector` on `samples` (from `labelledCorpus`) and
 * `prose` (from `ordinaryProse`, checked a paragraph at a time).
 */
export function measureAccuracy(detector, { samples, prose }) {
  const started = performance.now();
  const kinds = Object.fromEntries(
    CORPUS_KINDS.map((kind) => [
      kind,
      { labelled: 0, found: 0, truePositives: 0, falsePositives: 0, proseFalseAlarms: 0 },
    ]),
  );
  const forms = new Map();
  const falseExamples = {};
  const keepExample = (kind, text, finding) => {
    falseExamples[kind] ??= [];
    if (falseExamples[kind].length < EXAMPLES) {
      falseExamples[kind].push(text.slice(finding.offset, finding.offset + finding.length));
    }
  };

  for (const sample of samples) {
    const findings = detector.detect(sample.text);
    const stats = kinds[sample.kind];
    stats.labelled++;
    const found = findings.some(
      (finding) => finding.kind === sample.kind && overlaps(finding, sample.offset, sample.length),
    );
    if (found) stats.found++;
    const key = `${sample.kind}\u0000${sample.form}`;
    const form = forms.get(key) ?? { kind: sample.kind, form: sample.form, n: 0, found: 0 };
    form.n++;
    if (found) form.found++;
    else form.missed ??= sample.text.slice(sample.offset, sample.offset + sample.length);
    forms.set(key, form);
    for (const finding of findings) {
      if (!kinds[finding.kind]) continue; // a type outside our kinds: counted on prose only
      if (finding.kind === sample.kind && overlaps(finding, sample.offset, sample.length)) {
        kinds[finding.kind].truePositives++;
      } else {
        kinds[finding.kind].falsePositives++;
        keepExample(finding.kind, sample.text, finding);
      }
    }
  }

  let otherAlarms = 0;
  const otherTypes = {};
  for (const paragraph of prose.paragraphs) {
    for (const finding of detector.detect(paragraph)) {
      if (kinds[finding.kind]) {
        kinds[finding.kind].proseFalseAlarms++;
        kinds[finding.kind].falsePositives++;
        keepExample(finding.kind, paragraph, finding);
      } else {
        otherAlarms++;
        otherTypes[finding.kind] = (otherTypes[finding.kind] ?? 0) + 1;
      }
    }
  }

  for (const stats of Object.values(kinds)) {
    stats.recall = stats.labelled ? stats.found / stats.labelled : Number.NaN;
    const reported = stats.truePositives + stats.falsePositives;
    stats.precision = reported ? stats.truePositives / reported : Number.NaN;
  }
  const falseAlarms = Object.values(kinds).reduce((sum, k) => sum + k.proseFalseAlarms, 0);
  const perTenThousand = (count) => (count / prose.words) * 10_000;
  return {
    kinds,
    forms: [...forms.values()].map((form) => ({ ...form, recall: form.found / form.n })),
    falseExamples,
    prose: {
      words: prose.words,
      characters: prose.text.length,
      falseAlarms,
      perTenThousandWords: perTenThousand(falseAlarms),
      otherAlarms,
      otherPerTenThousandWords: perTenThousand(otherAlarms),
      otherTypes: Object.entries(otherTypes)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8),
    },
    ms: performance.now() - started,
  };
}
