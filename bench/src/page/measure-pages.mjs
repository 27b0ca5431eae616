// The page: each variant loaded in Chromium again and again, alternating A B C A B C, each
// load in a fresh browser context with the cache disabled, after one discarded warm-up round.
// Per load: banner visible (from navigation start, the page's own clock), first contentful
// paint, script time (CDP Performance.getMetrics ScriptDuration), long tasks, bytes on the
// wire (CDP encodedDataLength: compressed bodies and headers), layout shift before any input;
// then a real click on Accept and the time until the gated analytics script starts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../../scripts/lib/chromium.mjs';
import { bundleEntry, minifiedCss, missingExport } from '../bytes/measure-bytes.mjs';
import { summarize } from '../stats.mjs';
import { pageHtml, siteCss } from './page-html.mjs';
import { pageVariants } from './page-variants.mjs';
import { serveFiles } from './static-server.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** The figures kept per load, each summarised over the loads of a variant. */
const pageMetrics = [
  'bannerVisible',
  'firstContentfulPaint',
  'scriptDuration',
  'longTaskCount',
  'longTaskTotal',
  'bytes',
  'cls',
  'analyticsAfterAccept',
];

/**
 * Measures every variant `loads` times. Returns `{ variants: [{ ...variant, missing? ,
 * summary?: { [metric]: summary }, loads? }], browser }`.
 */
export async function measurePages({ loads = 30, log = console.log } = {}) {
  const variants = [];
  for (const variant of pageVariants) {
    variants.push({ ...variant, missing: await missingExport(variant.needs) });
  }
  const measured = variants.filter((variant) => !variant.missing);
  const server = await serveFiles(await pageFiles(measured));
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  try {
    const samples = new Map(measured.map((variant) => [variant.id, []]));
    for (let round = 0; round <= loads; round++) {
      if (round % 10 === 0) log(`  round ${round}/${loads}${round === 0 ? ' (warm-up)' : ''}`);
      for (const variant of measured) {
        const sample = await loadOnce(browser, `${server.url}/${variant.id}/`, variant);
        if (round > 0) samples.get(variant.id).push(sample);
      }
    }
    return {
      browser: browser.version(),
      variants: variants.map((variant) => {
        const loaded = samples.get(variant.id);
        if (!loaded) return variant;
        const summary = Object.fromEntries(
          pageMetrics.map((metric) => [metric, summarize(loaded.map((sample) => sample[metric]))]),
        );
        return { ...variant, summary, loads: loaded.length };
      }),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Every file the pages load, by path. */
async function pageFiles(variants) {
  const files = new Map([
    ['/probe.js', readFileSync(here('./probe.js'))],
    ['/analytics.js', readFileSync(here('./analytics.js'))],
    ['/site.css', siteCss],
  ]);
  for (const variant of variants) {
    const prepared = variant.prepare ? await variant.prepare() : {};
    files.set(`/${variant.id}/index.html`, pageHtml(variant, prepared));
    if (variant.entry) {
      const entry = here(`../entries/${variant.entry}`);
      files.set(`/${variant.id}/app.js`, (await bundleEntry(entry)).bytes);
    }
    for (const [i, specifier] of variant.css.entries()) {
      files.set(`/${variant.id}/style-${i}.css`, await minifiedCss(specifier));
    }
    for (const [path, content] of prepared.extraFiles ?? []) files.set(path, content);
  }
  return files;
}

async function loadOnce(browser, url, variant) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    let bytes = 0;
    cdp.on('Network.loadingFinished', (event) => {
      bytes += event.encodedDataLength;
    });

    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__bench.bannerVisible !== null, null, {
      timeout: 10_000,
    });
    // Let the long-task and layout-shift observers report, and animations finish.
    await page.waitForTimeout(400);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const probe = await page.evaluate(() => structuredClone(window.__bench));
    const loadBytes = bytes;

    await page.click(variant.accept);
    await page.waitForFunction(
      () => performance.getEntriesByName('analytics-start').length > 0,
      null,
      { timeout: 10_000 },
    );
    const afterAccept = await page.evaluate(
      () => performance.getEntriesByName('analytics-start')[0].startTime - window.__bench.clickAt,
    );
    const scriptSeconds = metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
    return {
      bannerVisible: probe.bannerVisible,
      firstContentfulPaint: probe.fcp ?? Number.NaN,
      scriptDuration: scriptSeconds * 1000,
      longTaskCount: probe.longTasks.length,
      longTaskTotal: probe.longTasks.reduce((sum, task) => sum + task.duration, 0),
      bytes: loadBytes,
      cls: probe.cls,
      analyticsAfterAccept: afterAccept,
    };
  } finally {
    await context.close();
  }
}
