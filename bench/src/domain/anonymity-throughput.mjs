// How fast a detector reads text: MB of text (UTF-8) per second, on a long document of
// ordinary prose and on digit-dense tables, timed with the shared loop (warm-up, batches,
// median of samples). The peer is timed on a shorter slice of the same texts, because it
// reads some hundred times slower and the benchmark must stay within a minute.
import { opsPerSecond } from '../ops-per-second.mjs';
import { summarize } from '../stats.mjs';
import { digitDenseText, ordinaryProse } from './ordinary-prose.mjs';

/** The texts timed, about 1 MB each; made once, shared by every detector. */
export function throughputTexts() {
  return [
    {
      id: 'prose',
      label: 'ordinary prose',
      text: ordinaryProse({ seed: 77, words: 170_000 }).text,
    },
    { id: 'digits', label: 'digit-dense tables', text: digitDenseText({ seed: 78 }).text },
  ];
}

/** `[{ id, label, bytes, mbPerSecond: summary }]` for `detector` on `texts`. */
export function measureThroughput(detector, texts, { quick = false, slice } = {}) {
  return texts.map(({ id, label, text }) => {
    const input = slice ? text.slice(0, slice) : text;
    const bytes = Buffer.byteLength(input, 'utf8');
    const timing = opsPerSecond((t) => detector.detect(t).length, [input], {
      warmupMs: slice ? 50 : quick ? 100 : 300,
      sampleMs: quick ? 100 : 200,
      samples: quick || slice ? 3 : 7,
    });
    return { id, label, bytes, mbPerSecond: summarize(timing.rates.map((r) => (r * bytes) / 1e6)) };
  });
}
