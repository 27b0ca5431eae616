// The anonymity check (issue 13): accuracy on the labelled corpus and on ordinary prose,
// ours and a general-purpose PII detector side by side; throughput; the hostile inputs;
// a 100-page PDF scanned end to end. All in this process but the hostile inputs (a worker).

import { measureAccuracy } from './anonymity-accuracy.mjs';
import { CORPUS_KINDS, FIXED_FORM_KINDS, labelledCorpus } from './anonymity-corpus.mjs';
import { ourDetector, peerDetector } from './anonymity-detectors.mjs';
import { measureThroughput, throughputTexts } from './anonymity-throughput.mjs';
import { benchDocumentScan } from './document-scan-bench.mjs';
import { benchHostileInputs } from './hostile-inputs-bench.mjs';
import { ordinaryProse } from './ordinary-prose.mjs';

/** How many words of ordinary prose the false alarms are counted on. */
const PROSE_WORDS = 60_000;

/** Everything the report's anonymity section and targets need. */
export async function benchAnonymity({ quick = false, log = console.log } = {}) {
  const samples = labelledCorpus();
  const prose = ordinaryProse({ words: PROSE_WORDS });
  const forms = new Set(samples.map((s) => `${s.kind}/${s.form}`)).size;
  log(
    `  corpus: ${samples.length} labelled details in ${forms} forms; ${prose.words} words of prose`,
  );
  const texts = throughputTexts();

  const detectors = [];
  for (const detector of [await ourDetector(), await peerDetector()]) {
    if (detector.error) {
      log(`  ✘ ${detector.label} does not run here: ${detector.error}`);
      detectors.push({ id: detector.id, label: detector.label, error: detector.error });
      continue;
    }
    log(`  ${detector.label}: accuracy…`);
    const accuracy = measureAccuracy(detector, { samples, prose });
    log(`  ${detector.label}: throughput…`);
    const throughput = measureThroughput(detector, texts, {
      quick,
      slice: detector.id === 'ours' ? undefined : 50_000,
    });
    const { id, label, version } = detector;
    detectors.push({ id, label, version, accuracy, throughput });
  }

  log('  hostile inputs (a worker; each stopped after 10 s)…');
  const hostile = await benchHostileInputs({ log });
  log('  a 100-page PDF scanned end to end…');
  const documentScan = await benchDocumentScan({ quick }).catch((error) => ({
    error: error.message.split('\n')[0],
  }));
  if (documentScan.unavailable) log(`  – ${documentScan.unavailable}`);
  return {
    corpus: { samples: samples.length, forms, proseWords: prose.words },
    kinds: CORPUS_KINDS,
    fixedFormKinds: FIXED_FORM_KINDS,
    detectors,
    hostile,
    documentScan,
  };
}
