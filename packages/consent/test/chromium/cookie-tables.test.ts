// The cookie tables in Chromium at 320, 768, 1,024 and 1,280 CSS px, in English and Welsh: no word of
// a heading, purpose or expiry is ever split across lines (measured by the rectangles of each
// word's text), no name is split inside a part, and a long cookie name breaks (after `_`, `-`,
// `.` or before `<ID>`) only when it is wider than its cell.
import { readFileSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs helper of the repository, without types.
import { chromiumArgs, findChromium } from '../../../../scripts/lib/chromium.mjs';
import { defineConsentConfig } from '../../src/config/define-consent-config';
import { cy, renderCookiePreferencesHtml } from '../../src/ui';

const css = readFileSync(new URL('../../dist/ui.css', import.meta.url), 'utf8');

/** A realistic policy, with the long purposes and providers sites write, and a long vendor name. */
const config = defineConsentConfig({
  policyVersion: 1,
  categories: {
    necessary: {
      cookies: [
        { name: 'ddscp_consent', purpose: 'Remembers your cookie choices', expires: '1 year' },
      ],
    },
    analytical: {
      cookies: [
        {
          name: '_ga',
          purpose: 'Distinguishes visitors, to count how many people use the site',
          expires: '2 years',
          provider: 'Demo analytics (works like Google Analytics)',
        },
        {
          name: /^_ga_/,
          purpose: 'Keeps the state of your visit, to count pages viewed in one visit',
          expires: '2 years',
          provider: 'Demo analytics (works like Google Analytics)',
        },
        { name: '_gid', purpose: 'Distinguishes visitors', expires: '24 hours' },
        {
          name: 'AMCVS_0123456789ABCDEF01234567_AdobeOrg',
          purpose: 'Identifies a visit for the vendor’s analytics',
          expires: 'Thirteen months',
        },
      ],
    },
  },
});

const page = (lang: 'en' | 'cy') => `<!doctype html><html lang="${lang}"><head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0;font-family:sans-serif;font-size:19px;line-height:1.5} main{padding:0 15px}</style>
<style>${css}</style></head><body><main><h1>Cookies</h1>
${renderCookiePreferencesHtml(config, undefined, lang === 'cy' ? { text: cy } : {})}
</main></body></html>`;

/** What the tables look like, measured in the page. */
interface Layout {
  /** Words (outside the name cells) whose text lies on more than one line. */
  splitWords: string[];
  /** Parts of names (the text between `<wbr>`s) split across lines though they fit. */
  splitParts: string[];
  /** Names on more than one line although they would fit in their cell on one. */
  needlessBreaks: string[];
  /** How many names broke at all (so a test that expects some can tell). */
  brokenNames: number;
  overflows: boolean;
}

function measure(): Layout {
  const lines = (range: Range) =>
    new Set(
      [...range.getClientRects()]
        .filter((rect) => rect.width > 0)
        .map((rect) => Math.round(rect.top)),
    ).size;
  const contentWidth = (cell: Element) => {
    const style = getComputedStyle(cell);
    return cell.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  };
  const naturalWidth = (text: string, cell: Element) => {
    const probe = document.createElement('span');
    probe.style.whiteSpace = 'nowrap';
    probe.textContent = text;
    cell.append(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width;
  };
  const layout: Layout = {
    splitWords: [],
    splitParts: [],
    needlessBreaks: [],
    brokenNames: 0,
    overflows: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
  for (const cell of document.querySelectorAll('.ddscp-cookie-preferences :is(th, td)')) {
    const isName = cell.matches('tbody th');
    for (const node of [...cell.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE)) {
      const text = node as Text;
      for (const word of text.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, word.index);
        range.setEnd(text, word.index + word[0].length);
        const fits = naturalWidth(word[0], cell) <= contentWidth(cell);
        if (lines(range) > 1 && (!isName || fits))
          (isName ? layout.splitParts : layout.splitWords).push(word[0]);
      }
    }
    if (isName) {
      const range = document.createRange();
      range.selectNodeContents(cell);
      if (lines(range) > 1) {
        layout.brokenNames++;
        if (naturalWidth(cell.textContent ?? '', cell) <= contentWidth(cell))
          layout.needlessBreaks.push(cell.textContent ?? '');
      }
    }
  }
  return layout;
}

let browser: Browser;
let tab: Page;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  tab = await browser.newPage();
});
afterAll(() => browser?.close());

describe('the cookie tables', () => {
  for (const lang of ['en', 'cy'] as const)
    for (const width of [320, 768, 1024, 1280])
      it(`never split a word, and break a cookie name only where it must, at ${width} px (${lang})`, async () => {
        await tab.setViewportSize({ width, height: 900 });
        await tab.setContent(page(lang));
        const layout = await tab.evaluate(measure);
        expect(layout).toMatchObject({
          splitWords: [],
          splitParts: [],
          needlessBreaks: [],
          overflows: false,
        });
        // At 320 px the long names cannot fit: they do break, at their <wbr>s.
        if (width === 320) expect(layout.brokenNames).toBeGreaterThan(0);
      });

  it('keeps a cookie name whole when it is copied: the break opportunities add no text', async () => {
    await tab.setContent(page('en'));
    const names = await tab.$$eval('.ddscp-cookie-preferences tbody th', (cells) =>
      cells.map((cell) => cell.textContent),
    );
    expect(names).toEqual([
      'ddscp_consent',
      '_ga',
      '_ga_<ID>',
      '_gid',
      'AMCVS_0123456789ABCDEF01234567_AdobeOrg',
    ]);
  });
});
