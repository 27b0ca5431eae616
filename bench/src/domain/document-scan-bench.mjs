// A 100-page PDF scanned end to end with `scanDocument` (text extracted, then checked), as
// `ddscp scan` does. The documents entry point is being built apart from this benchmark:
// it is imported by name at run time, and until it exists the figure is "not available".
import { summarize } from '../stats.mjs';
import { KNOWN_NAMES } from './anonymity-corpus.mjs';
import { hundredPagePdf } from './hundred-page-pdf.mjs';

const SPECIFIER = '@ddscp/domain/documents';

/** `{ pages, words, pdfBytes, scanMs: summary, findings } | { unavailable: reason }`. */
export async function benchDocumentScan({ quick = false } = {}) {
  let scanDocument;
  try {
    ({ scanDocument } = await import(SPECIFIER));
    if (typeof scanDocument !== 'function') throw new Error(`${SPECIFIER} has no scanDocument`);
  } catch (error) {
    // The code alone ("ERR_PACKAGE_PATH_NOT_EXPORTED"): the message names this machine's paths.
    const reason = error.code ?? error.message.split('\n')[0];
    return { unavailable: `${SPECIFIER} cannot be imported yet (${reason})` };
  }
  const started = performance.now();
  const pdf = await hundredPagePdf();
  const printMs = performance.now() - started;
  const times = [];
  let findings;
  for (let run = 0; run < (quick ? 2 : 5); run++) {
    // A fresh copy each time: the scan must not depend on (or change) the bytes it was given.
    const bytes = pdf.bytes.slice();
    const start = performance.now();
    const result = await scanDocument(bytes, { type: 'pdf', knownNames: KNOWN_NAMES });
    times.push(performance.now() - start);
    findings = Array.isArray(result) ? result.length : (result?.findings?.length ?? null);
  }
  return {
    pages: pdf.pages,
    words: pdf.words,
    characters: pdf.characters,
    pdfBytes: pdf.bytes.length,
    printMs,
    scanMs: summarize(times),
    findings,
  };
}
