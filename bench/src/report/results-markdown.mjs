// bench/RESULTS.md: the machine, the versions, the method, the tables and the ratios, with
// every missed target said plainly. Written by `npm run bench`; never edited by hand.
import { duration, kb, round3, spread, times } from '../stats.mjs';
import { judgeTargets } from './targets.mjs';

/** A Markdown table; numbers right-aligned unless `align` is 'left' (tables of words). */
const table = (header, rows, align = 'numbers') =>
  [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 || align === 'left' ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const byId = (list, id) => list?.find((item) => item.id === id);

/** A noise summary in words: median, quartiles, extremes and relative spread. */
function noiseLine(noise) {
  return `median ${duration(noise.median)}, p25–p75 ${duration(noise.p25)}–${duration(noise.p75)}, min–max ${duration(noise.min)}–${duration(noise.max)} (relative spread ${round3(noise.relativeIqr * 100)} %)`;
}

/** The whole RESULTS.md text. */
export function resultsMarkdown(results) {
  const {
    machine,
    versions,
    noise,
    bytes,
    pages,
    workingDays,
    catalog,
    cli,
    records,
    anonymity,
    chartFile,
    elapsedMs,
  } = results;
  const targets = judgeTargets(results);
  const missed = targets.filter((row) => row.verdict.startsWith('MISSED'));
  const pending = targets.filter((row) => row.verdict.startsWith('not'));
  return [
    '# Benchmarks: `@ddscp/domain` and `@ddscp/consent` against the alternatives',
    '',
    `Written by \`npm run bench\` on ${machine.date.slice(0, 10)} in ${round3(elapsedMs / 60000)} minutes; do not edit by hand. Run it again to check any figure here: the method and every version are below.`,
    '',
    '## Targets',
    '',
    table(
      ['Target (issue 8 unless marked)', 'Measured', 'Verdict'],
      targets.map((row) => [row.target, row.measured, row.verdict]),
      'left',
    ),
    '',
    missed.length
      ? `**Missed:** ${missed.map((row) => `${row.target}: ${row.measured}`).join('; ')}.`
      : 'Every target that could be measured was met.',
    pending.length
      ? `\n**Not measured:** ${pending.map((row) => `${row.target} (${row.verdict})`).join('; ')}.`
      : '',
    '',
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${machine.cpu}, ${machine.cores} cores`],
        ['Memory', `${round3(machine.memoryGiB)} GiB`],
        ['OS', `${machine.os} (Linux ${machine.kernel})`],
        ['Node.js', machine.node],
        [
          'Chromium',
          `${machine.chromium}${pages?.browser ? ` (Playwright reports ${pages.browser})` : ''}`,
        ],
        ['Time zone', machine.timeZone],
        [
          'Load average at start (1, 5, 15 min)',
          machine.loadAverage.map((v) => v.toFixed(2)).join(', '),
        ],
        [
          'Load average at the end',
          machine.loadAverageEnd?.map((v) => v.toFixed(2)).join(', ') ?? '—',
        ],
      ],
      'left',
    ),
    '',
    `**Noise.** The same fixed loop of integer arithmetic (about 6 ms on a quiet core), timed ${noise.n} times at the start and again at the end of the run: ${noiseLine(noise)} at the start, ${results.noiseEnd ? noiseLine(results.noiseEnd) : 'not measured'} at the end. This is a shared virtual machine and other work was running (the load averages count runnable processes against ${machine.cores} cores): every figure here is slower and noisier than on an idle machine, peers and ours alike, which is why every table shows the spread, and why the comparisons are made in the same run, alternating. Differences smaller than the spreads mean nothing.`,
    '',
    '## Versions measured',
    '',
    table(
      ['Package', 'Version'],
      Object.entries(versions).map(([name, version]) => [`\`${name}\``, version]),
    ),
    '',
    methodSection(),
    bytesSection(bytes),
    pageSection(pages),
    workingDaysSection(workingDays),
    catalogSection(catalog, cli),
    growthSection(workingDays, catalog, chartFile),
    recordsSection(records),
    anonymitySection(anonymity),
  ].join('\n');
}

function methodSection() {
  return `## Method

- **Bytes.** Every bundle is built the same way with esbuild (bundle, minify, \`platform: browser\`, \`target: es2022\`, ESM, legal comments dropped, \`process.env.NODE_ENV\` = production) from a small entry file in \`bench/src/entries/\` that calls the library as its documentation shows, with the same two categories (necessary, analytics); style sheets are minified by esbuild. Sizes: minified bytes, gzip level 9 and brotli quality 11 (node:zlib). 1 kB = 1,000 bytes.
- **The page.** One minimal page (the partnership's reviews page: header, heading, a few paragraphs), identical for every library but for the library's own style sheet, bundle (a module script in \`<head>\`) and gated analytics script. A tiny node:http server on 127.0.0.1 serves everything gzip -9 compressed with \`Cache-Control: no-store\`. Playwright (playwright-core) drives Debian's Chromium headless; every load gets a fresh browser context with the cache disabled (CDP \`Network.setCacheDisabled\`); the variants alternate A B C D A B C D after one discarded warm-up round. A probe script, the first in every page's \`<head>\`, records in the page's own clock (from navigation start): when the banner is first rendered visible (checked on every DOM mutation and every animation frame: laid out with a height, not hidden by display, visibility or opacity), first contentful paint, long tasks and layout shifts (PerformanceObserver). Script time is CDP \`Performance.getMetrics\` ScriptDuration after the banner showed; bytes are the sum of CDP \`encodedDataLength\` (compressed bodies and headers) of every response before the click. Then Playwright clicks Accept, and the time from the click event (a capturing listener, before the library sees it) to the gated analytics script's \`performance.mark('analytics-start')\` is recorded.
- **Working days.** Three calendars with the same interface (ISO date strings in and out): ours; a date-fns baseline (\`addBusinessDays\` one business day at a time, skipping the bank holidays in a \`Set\` built once from \`bankHolidaysIn\`, the same list ours uses; \`workingDaysBetween\` walks the days); and a calendar on date-holidays (\`new Holidays('GB', 'ENG', { types: ['public', 'bank'] })\`, stepping one day at a time and asking \`isHoliday\`). Before any timing, all three are run on the same inputs and compared. Each case cycles through 512 seeded random start dates spread over 1995-2099. Timing: a fresh Node process per calendar and round, 200 ms warm-up, batches sized to about a tenth of a 100 ms sample, \`process.hrtime.bigint()\`, every result folded into a checksum so nothing is dead code; 3 samples per round, 3 rounds alternating the calendars, so 9 samples per figure (median and spread shown). A call that takes over 2 s is timed once; a case that the last measured one predicts would take over 45 s a call is not run and its estimate is shown as such.
- **Catalogue.** Synthetic catalogues (seeded) of 1,000, 10,000 and 100,000 reviews built on the sample catalogue's partnership: every kind of review, lifecycles at every stage, learning points, agencies, one to four documents published over ten years; one review in twenty without a summary and one in fifty with a phone number or postcode in its text, so that the checks have findings to make. Each run is a fresh Node process (what a \`ddscp check\` pays): load the package, \`JSON.parse\` the file, then time \`parseCatalog\` and \`lintCatalog\` (as of ${'`2025-06-02`'}); peak memory is \`process.resourceUsage().maxRSS\` of that process. 7 runs (3 at 100,000), median.
- **Anonymity check.** A seeded corpus (\`bench/src/domain/anonymity-corpus.mjs\`): for every kind and every form it is written in (postcodes with two spaces, tabs, line breaks, hyphens, full-width characters; NHS numbers with a valid check digit grouped 3-3-4, double-spaced, dotted or not at all; NI numbers with HMRC's valid prefixes; UPNs with the DfE check letter, computed by the bench's own code; telephone numbers from Ofcom's drama ranges as +44, 0044, (0), dots, spaces; emails, plain and obfuscated; dates of birth in fifteen phrasings; street addresses; the family's names with curly apostrophes, decomposed or dropped accents, hyphens as spaces, possessives and plurals), 20 details, each in a sentence between two ordinary ones, with its span. A finding is a true positive when it has the label's kind and overlaps its span. Precision counts every finding of a kind, on the labelled corpus and on 60,000 words of ordinary safeguarding prose (dates of meetings, report and case references, ISBN-10s and -13s, the national helplines, years, percentages, page numbers), where every finding is a false alarm. Ours is \`checkAnonymity(text, { knownNames })\`; the peer is \`@openredaction/openredaction\` in its default configuration with the same names as a custom pattern, its types mapped to our kinds where they mean the same (its other types are counted apart). Throughput: the shared timing loop on about 1 MB of prose and 1 MB of digit-dense tables (the peer on the first 50 kB of each), MB of UTF-8 per second. Hostile inputs: 25 strings of up to a million characters, each checked 5 times in a worker thread (median), stopped after 10 s. The PDF: 100 A4 pages of the prose, printed by Chromium, then \`scanDocument(bytes, { type: 'pdf' })\` from \`@ddscp/domain/documents\` 5 times, median.
- **CLI cold start.** \`ddscp check\` on the sample catalogue and \`node -e 0\`, spawned alternately 21 times each after one untimed run of each, wall-clock time around the spawn, median.
`;
}

function bytesSection(bytes) {
  if (!bytes) return '## 1. Bytes\n\nNot measured.\n';
  const sizeRow = (item) =>
    item.missing
      ? [item.label, `not yet measured: ${item.missing}`, '', '', '']
      : [
          item.label,
          (item.packages ?? []).join(', ') || '—',
          kb(item.minified),
          kb(item.gzip),
          kb(item.brotli),
        ];
  const consentBundles = bytes.js.filter((item) => item.features);
  const features = consentBundles.map((item) => [
    item.label,
    item.features.banner,
    item.features.preferences,
    item.features.text,
    item.features.clearing,
    item.features.gating,
    item.features.consentMode,
    item.features.gpc,
  ]);
  const listing = byId(bytes.js, 'ours-published-listing');
  const lines = [
    '## 1. Bytes',
    '',
    '### JavaScript',
    '',
    table(
      ['Bundle', 'Packages inside', 'min kB', 'gzip kB', 'brotli kB'],
      consentBundles.map(sizeRow),
    ),
    '',
    '### What each bundle includes',
    '',
    'Features in these bytes (peers from their documentation, as summarised in `shared/consent-landscape.md`; "—" means not in this bundle).',
    '',
    table(
      [
        'Bundle',
        'Banner',
        'Preferences',
        'Built-in text',
        'Clears cookies on withdrawal',
        'Gating',
        'Google Consent Mode',
        'GPC',
      ],
      features,
      'left',
    ),
    '',
    '### CSS',
    '',
    table(
      ['Style sheet', 'min kB', 'gzip kB', 'brotli kB'],
      bytes.css.map((item) =>
        item.missing
          ? [item.label, `not yet measured: ${item.missing}`, '', '']
          : [item.label, kb(item.minified), kb(item.gzip), kb(item.brotli)],
      ),
    ),
    '',
    '### Ratios (gzip; how many times larger the peer is)',
    '',
    ratiosTable(bytes),
    '',
    '### A page that uses only `publishedListing` from `@ddscp/domain`',
    '',
    listing?.missing
      ? `Not yet measured: ${listing.missing}.`
      : `${kb(listing.minified)} kB minified, **${kb(listing.gzip)} kB gzip**, ${kb(listing.brotli)} kB brotli; packages inside: ${listing.packages.join(', ')}. zod is ${listing.packages.includes('zod') ? '**in the bundle** (it should not be)' : 'not in the bundle'}.`,
    '',
  ];
  return lines.join('\n');
}

function ratiosTable(bytes) {
  const gzip = (id) => {
    const item = byId(bytes.js, id) ?? byId(bytes.css, id);
    return item && !item.missing ? item.gzip : undefined;
  };
  const pairs = [
    [
      'ours-readme-page',
      'vanilla-cookieconsent',
      "whole page JS (the README's setup) vs vanilla-cookieconsent",
    ],
    [
      'ours-readme-page',
      'vanilla-cookieconsent-same-text',
      'the same, vanilla-cookieconsent with our texts and cookie tables',
    ],
    ['ours-drop-in', 'vanilla-cookieconsent-same-text', 'the drop-in vs the same'],
    [
      'ours-page',
      'vanilla-cookieconsent',
      'page JS drawing in the browser (mount…) vs vanilla-cookieconsent',
    ],
    ['ours-page', 'klaro', 'whole page JS vs Klaro (CSS injected)'],
    ['ours-page', 'klaro-no-css', 'whole page JS vs Klaro without CSS'],
    ['ours-page', 'osano-cookieconsent', 'whole page JS vs Osano (a banner only)'],
    ['ours-manager', 'c15t', 'headless manager vs c15t core'],
    ['ours-manager', 'klaro-headless', 'headless manager vs Klaro cm.js'],
    ['ours-ui-css', 'vanilla-cookieconsent-css', 'ui.css vs vanilla-cookieconsent CSS'],
    ['ours-ui-css', 'klaro-css', 'ui.css vs Klaro CSS'],
    ['ours-ui-css', 'osano-cookieconsent-css', 'ui.css vs Osano CSS'],
  ];
  return table(
    ['Comparison', 'ours gzip B', 'peer gzip B', 'peer / ours'],
    pairs.map(([ours, peer, label]) => {
      const [a, b] = [gzip(ours), gzip(peer)];
      return [label, a ?? 'not yet measured', b ?? '—', a && b ? times(b / a) : '—'];
    }),
  );
}

const PAGE_METRICS = [
  ['bannerVisible', 'Banner visible (from navigation start)', duration],
  ['firstContentfulPaint', 'First contentful paint', duration],
  ['scriptDuration', 'Script time (ScriptDuration)', duration],
  ['longTaskCount', 'Long tasks (count)', round3],
  ['longTaskTotal', 'Long tasks (total)', duration],
  ['bytes', 'Bytes transferred (compressed, with headers)', (v) => `${kb(v)} kB`],
  ['cls', 'Cumulative layout shift', round3],
  ['analyticsAfterAccept', 'Accept → analytics starts', duration],
];

function pageSection(pages) {
  if (!pages) return '## 2. The page\n\nNot measured.\n';
  if (pages.error) return `## 2. The page\n\nNot measured: ${pages.error}\n`;
  const measured = pages.variants.filter((variant) => variant.summary);
  const lines = ['## 2. The page', ''];
  for (const variant of pages.variants.filter((v) => v.missing)) {
    lines.push(`- ${variant.label}: not yet measured: ${variant.missing}.`);
  }
  lines.push(
    '',
    `Median (p25–p75; min–max) over ${measured[0]?.loads ?? 0} loads each.`,
    '',
    table(
      ['Metric', ...measured.map((variant) => variant.label)],
      PAGE_METRICS.map(([key, label, format]) => [
        label,
        ...measured.map((variant) => spread(variant.summary[key], format)),
      ]),
    ),
    '',
  );
  const ours = measured.filter((variant) => variant.id.startsWith('ours'));
  const peers = measured.filter((variant) => !variant.id.startsWith('ours'));
  if (ours.length && peers.length) {
    lines.push('### Ratios of the medians (peer / ours; above 1 means ours is lower)', '');
    lines.push(
      table(
        ['Metric', ...ours.flatMap((o) => peers.map((p) => `${p.id} / ${o.id}`))],
        ['bannerVisible', 'scriptDuration', 'bytes', 'analyticsAfterAccept'].map((key) => [
          PAGE_METRICS.find(([k]) => k === key)[1],
          ...ours.flatMap((o) =>
            peers.map((p) => times(p.summary[key].median / o.summary[key].median)),
          ),
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}

function workingDaysSection(workingDays) {
  if (!workingDays) return '## 3. Domain rules\n\nNot measured.\n';
  const { crossCheck, cases } = workingDays;
  const dh = crossCheck.oursVsDateHolidays;
  const lines = [
    '## 3. Domain rules',
    '',
    '### Working days: cross-check before timing',
    '',
    `- ours and the date-fns baseline: ${crossCheck.oursVsDateFns.compared} calls compared, ${crossCheck.oursVsDateFns.disagreements.length} disagreements.`,
    `- ours and date-holidays: ${dh.compared} calls compared (spans up to about a year; longer ones take date-holidays seconds a call), ${dh.disagreements.length} disagreements, ${dh.unexplained.length} not explained by the holiday lists.`,
    `- Where the holiday lists differ (date-holidays lacks these one-off changes; ours follows the GOV.UK and proclamation dates): ${crossCheck.differences.map((d) => `${d.year}: ours ${d.onlyOurs.join(', ') || '—'}, date-holidays ${d.onlyTheirs.join(', ') || '—'}`).join('; ')}.`,
    '',
    '### Working days: operations per second',
    '',
    `Median of ${cases[0]?.results.ours.n ?? 0} samples (p25–p75); higher is better. Ratios are ours / peer; "1 call" marks a call so slow that it was timed once.`,
    '',
    table(
      [
        'Case',
        'ours',
        'date-fns baseline',
        'date-holidays',
        'ours / date-fns',
        'ours / date-holidays',
      ],
      cases.map((c) => {
        const cell = (name) => {
          const r = c.results[name];
          if (r.skipped) return `not run: about ${duration(r.estimatedMs)} a call (estimated)`;
          if (!r.n) return '—';
          return `${round3(r.median)} (${round3(r.p25)}–${round3(r.p75)})${r.n === 1 ? ', 1 call' : ''}`;
        };
        const ratio = (name) => {
          const r = c.results[name];
          if (r.skipped) return `≈ ${times(c.results.ours.median * (r.estimatedMs / 1000))}`;
          return r.n ? times(c.results.ours.median / r.median) : '—';
        };
        return [
          `\`${c.operation}\` ${c.label}`,
          cell('ours'),
          cell('date-fns'),
          cell('date-holidays'),
          ratio('date-fns'),
          ratio('date-holidays'),
        ];
      }),
    ),
    '',
  ];
  return lines.join('\n');
}

function catalogSection(catalog, cli) {
  const lines = ['### Catalogue: `parseCatalog` + `lintCatalog`', ''];
  if (!catalog || catalog.missing || catalog.error) {
    lines.push(catalog?.missing ? `Not yet measured: ${catalog.missing}` : 'Not run.', '');
  } else {
    lines.push(
      'Median (min–max) over the runs; each run a fresh process.',
      '',
      table(
        [
          'Reviews',
          'JSON',
          'JSON.parse',
          'parseCatalog',
          'lintCatalog',
          'parse + lint',
          'findings (errors)',
          'peak RSS',
        ],
        catalog.sizes.map((size) => [
          size.reviews.toLocaleString('en-GB'),
          `${round3(size.jsonBytes / 1e6)} MB`,
          duration(size.readMs.median),
          duration(size.parseMs.median),
          duration(size.lintMs.median),
          `**${duration(size.checkMs.median)}** (${duration(size.checkMs.min)}–${duration(size.checkMs.max)})`,
          `${round3(size.findings.median)} (${round3(size.errors.median)})`,
          `${round3(size.maxRssMiB.median)} MiB (${round3(size.rssBeforeMiB.median)} MiB before parsing)`,
        ]),
      ),
      '',
    );
  }
  lines.push('### `ddscp check` cold start', '');
  if (!cli || cli.missing || cli.error) {
    lines.push(cli?.missing ? `Not yet measured: ${cli.missing}` : 'Not run.', '');
  } else {
    const node = cli.find((c) => c.id === 'node');
    lines.push(
      table(
        ['Command', 'median', 'p25–p75', 'min–max', 'runs', 'over `node -e 0`'],
        cli.map((c) => [
          c.label,
          duration(c.median),
          `${duration(c.p25)}–${duration(c.p75)}`,
          `${duration(c.min)}–${duration(c.max)}`,
          c.n,
          c.id === 'node' ? '—' : `+${duration(c.median - node.median)}`,
        ]),
      ),
      '',
    );
  }
  return lines.join('\n');
}

function growthSection(workingDays, catalog, chartFile) {
  const lines = [
    '## 4. Growth',
    '',
    `![How the domain figures grow with their input](${chartFile})`,
    '',
  ];
  if (workingDays) {
    const yearly = workingDays.cases.filter((c) => c.years);
    lines.push(
      'Time per call (the inverse of the median ops/s) by the years of working days a call spans.',
      '',
      table(
        [
          'Operation',
          'Calendar',
          ...[1, 10, 100].map((y) => `${y} year${y > 1 ? 's' : ''}`),
          '100 years / 1 year',
        ],
        ['addWorkingDays', 'workingDaysBetween'].flatMap((operation) =>
          ['ours', 'date-fns', 'date-holidays'].map((name) => {
            const cells = [1, 10, 100].map((years) => {
              const r = yearly.find((c) => c.operation === operation && c.years === years)?.results[
                name
              ];
              if (!r) return '—';
              if (r.skipped) return `≈ ${duration(r.estimatedMs)} (estimated, not run)`;
              return duration(1000 / r.median);
            });
            const first = yearly.find((c) => c.operation === operation && c.years === 1)?.results[
              name
            ];
            const last = yearly.find((c) => c.operation === operation && c.years === 100)?.results[
              name
            ];
            const growth =
              first?.median && last
                ? times(
                    last.skipped
                      ? (last.estimatedMs / 1000) * first.median
                      : first.median / last.median,
                  )
                : '—';
            return [`\`${operation}\``, name, ...cells, growth];
          }),
        ),
      ),
      '',
    );
  }
  if (catalog?.sizes) {
    lines.push(
      table(
        [
          'Figure',
          ...catalog.sizes.map((s) => `${s.reviews.toLocaleString('en-GB')} reviews`),
          '100k / 1k',
        ],
        [
          ['parseCatalog', 'parseMs', duration],
          ['lintCatalog', 'lintMs', duration],
          ['parse + lint', 'checkMs', duration],
          ['peak RSS', 'maxRssMiB', (v) => `${round3(v)} MiB`],
        ].map(([label, key, format]) => [
          label,
          ...catalog.sizes.map((s) => format(s[key].median)),
          times(catalog.sizes.at(-1)[key].median / catalog.sizes[0][key].median),
        ]),
      ),
      '',
    );
  } else {
    lines.push(
      `Catalogue growth: ${catalog?.missing ? `not yet measured: ${catalog.missing}` : 'not run'}.`,
      '',
    );
  }
  return lines.join('\n');
}

function recordsSection(records) {
  const heading = '## 5. Proof of consent: the record stores';
  if (!records || records.error)
    return `${heading}\n\n${records?.error ? `The benchmark failed: ${records.error}` : 'Not measured.'}\n`;
  return [
    heading,
    '',
    `Each store takes ${records[0]?.n.toLocaleString('en-GB')} decisions from ${records[0]?.concurrency} concurrent callers, each awaiting its \`add\` as a request handler would (after 200 untimed ones), in this process, on files in the temp folder and a throwaway PostgreSQL 15 cluster with its default durability (fsync on). The package's SQLite store writes the records waiting together in one transaction; the old store wrote each on its own, holding the event loop while it waited for the lock (\`bench/src/records/\`).`,
    '',
    table(
      ['Store', 'Decisions per second', 'p50 latency', 'p99 latency'],
      records.map((row) => [
        row.label,
        round3(row.decisionsPerSecond),
        duration(row.p50),
        duration(row.p99),
      ]),
      'left',
    ),
    '',
  ].join('\n');
}

function anonymitySection(anonymity) {
  const heading = '## 6. The anonymity check';
  if (!anonymity || anonymity.error) {
    return `${heading}\n\n${anonymity?.error ? `The benchmark failed: ${anonymity.error}` : 'Not measured.'}\n`;
  }
  const [ours, peer] = ['ours', 'peer'].map((id) => anonymity.detectors.find((d) => d.id === id));
  const measured = anonymity.detectors.filter((d) => !d.error);
  const ratio = (value) => (Number.isFinite(value) ? value.toFixed(3) : '—');
  const lines = [
    heading,
    '',
    `${anonymity.corpus.samples.toLocaleString('en-GB')} labelled details in ${anonymity.corpus.forms} forms, and ${anonymity.corpus.proseWords.toLocaleString('en-GB')} words of ordinary prose. Detectors: ${measured.map((d) => `${d.id === 'ours' ? 'ours' : 'the peer'}: ${d.label} ${d.version}`).join('; ')}.${peer?.error ? ` The general-purpose peer (${peer.label}) does not run here: ${peer.error}.` : ''} Recall goal (≥ 0.99) for the kinds with a fixed form: ${anonymity.fixedFormKinds.join(', ')}.`,
    '',
    '### Recall and precision per kind',
    '',
    table(
      [
        'Kind',
        'details',
        ...measured.flatMap((d) => [
          `${d.id} recall`,
          `${d.id} precision`,
          `${d.id} false alarms in prose`,
        ]),
      ],
      anonymity.kinds.map((kind) => [
        `${kind}${anonymity.fixedFormKinds.includes(kind) ? ' (fixed form)' : ''}`,
        ours?.accuracy?.kinds[kind]?.labelled ?? '—',
        ...measured.flatMap((d) => {
          const k = d.accuracy.kinds[kind];
          return [ratio(k.recall), ratio(k.precision), k.proseFalseAlarms];
        }),
      ]),
    ),
    '',
    '### False alarms on ordinary prose',
    '',
    table(
      [
        'Detector',
        'in our kinds',
        'per 10,000 words',
        'other types',
        'other per 10,000 words',
        'most frequent other types',
      ],
      measured.map((d) => {
        const p = d.accuracy.prose;
        return [
          d.id,
          p.falseAlarms,
          round3(p.perTenThousandWords),
          p.otherAlarms,
          round3(p.otherPerTenThousandWords),
          p.otherTypes.map(([type, n]) => `${type.replace('other: ', '')} ${n}`).join(', ') || '—',
        ];
      }),
      'left',
    ),
    '',
    "What was flagged that is not a detail (the first few of each kind, from the labelled corpus's ordinary sentences and the prose):",
    '',
    ...measured.flatMap((d) =>
      Object.entries(d.accuracy.falseExamples).map(
        ([kind, examples]) =>
          `- ${d.id}, ${kind}: ${examples.map((e) => `\`${JSON.stringify(e).slice(1, -1)}\``).join(', ')}`,
      ),
    ),
    '',
    '### Recall per form',
    '',
    'Each form 20 details; only the forms that some detector misses at least once, with a missed example.',
    '',
    table(
      ['Kind', 'Form', ...measured.map((d) => `${d.id} recall`), 'missed (ours, else peer)'],
      (ours?.accuracy?.forms ?? [])
        .map((form, index) => [form, measured.map((d) => d.accuracy.forms[index])])
        .filter(([, all]) => all.some((f) => f.recall < 1))
        .map(([form, all]) => [
          form.kind,
          form.form,
          ...all.map((f) => ratio(f.recall)),
          `\`${JSON.stringify(all.find((f) => f.missed)?.missed ?? '').slice(1, -1)}\``,
        ]),
      'left',
    ),
    '',
    '### Throughput',
    '',
    table(
      ['Detector', 'Text', 'size', 'MB/s median (p25–p75; min–max)'],
      measured.flatMap((d) =>
        d.throughput.map((t) => [
          d.id,
          t.label,
          `${round3(t.bytes / 1e6)} MB`,
          spread(t.mbPerSecond),
        ]),
      ),
      'left',
    ),
    '',
    '### Hostile inputs (ours)',
    '',
    table(
      ['Input', 'characters', 'first call', 'median of 5', 'max', 'findings'],
      anonymity.hostile.map((h) =>
        h.timedOut
          ? [h.label, '—', `stopped after ${duration(h.timedOut)}`, '', '', '']
          : [
              h.label,
              h.characters.toLocaleString('en-GB'),
              duration(h.firstMs),
              duration(h.medianMs),
              duration(h.maxMs),
              h.findings,
            ],
      ),
      'left',
    ),
    '',
    '### A 100-page PDF scanned end to end',
    '',
  ];
  const scan = anonymity.documentScan;
  if (scan.unavailable) lines.push(`Not available: ${scan.unavailable}.`, '');
  else if (scan.error) lines.push(`The scan failed: ${scan.error}.`, '');
  else {
    lines.push(
      `${scan.pages} A4 pages printed by Chromium in ${duration(scan.printMs)} (${round3(scan.pdfBytes / 1e6)} MB; ${scan.words.toLocaleString('en-GB')} words, ${scan.characters.toLocaleString('en-GB')} characters of text). \`scanDocument\`: ${spread(scan.scanMs, duration)} over ${scan.scanMs.n} scans, ${scan.findings ?? '—'} findings.`,
      '',
    );
  }
  return lines.join('\n');
}
