// A real 100-page PDF of ordinary prose, printed by Chromium (what a partnership's PDFs are
// mostly made by: a word processor or a browser printing HTML), for timing a document scan
// end to end. One section per page with a page break after it, each short enough for an
// A4 page, so that the page count is exact; checked by counting the PDF's page objects.
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/lib/chromium.mjs';
import { ordinaryProse } from './ordinary-prose.mjs';

const PAGES = 100;
const WORDS_PER_PAGE = 330;

const escapeHtml = (text) =>
  text.replace(
    /[&<>"]/g,
    (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char],
  );

/** `{ bytes, pages, words, characters }`: the PDF and what is in it. */
export async function hundredPagePdf() {
  const sections = [];
  let words = 0;
  let characters = 0;
  for (let page = 1; page <= PAGES; page++) {
    const prose = ordinaryProse({ seed: 4000 + page, words: WORDS_PER_PAGE });
    words += prose.words;
    characters += prose.text.length;
    const paragraphs = prose.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
    sections.push(`<section><h2>Learning from reviews: part ${page}</h2>${paragraphs}</section>`);
  }
  const html = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Annual report</title>
<style>
  @page { size: A4; margin: 18mm; }
  body { font: 10pt/1.35 sans-serif; }
  h2 { font-size: 12pt; margin: 0 0 6pt; }
  p { margin: 0 0 5pt; }
  section { break-after: page; }
  section:last-child { break-after: auto; }
</style></head><body>${sections.join('')}</body></html>`;
  const executablePath = process.env.CHROMIUM_PATH ?? findChromium();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const bytes = new Uint8Array(await page.pdf({ format: 'A4', printBackground: false }));
    const pages = countPages(bytes);
    if (pages !== PAGES) {
      throw new Error(
        `the PDF printed to ${pages} pages, not ${PAGES}: a section overflowed its page`,
      );
    }
    return { bytes, pages, words, characters };
  } finally {
    await browser.close();
  }
}

/** The number of page objects in a PDF (`/Type /Page`, not `/Pages`). */
function countPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}
