import { describe, expect, it } from 'vitest';
import { run } from '../../test/support/cli-io';
import type { IsoDate } from '../calendar/iso-date';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { commands } from './commands';
import { commandHelp, overviewHelp } from './help';
import { runCli } from './run-cli';

const sample = JSON.stringify(ddscpCatalog, null, 2);
const theo = ddscpCatalog.reviews[0];
/** The sample with an example review that has lifecycle dates and a telephone number. */
const withExample = JSON.stringify({
  ...ddscpCatalog,
  reviews: [
    ...ddscpCatalog.reviews,
    {
      id: 'example',
      reference: 'EX1',
      kind: 'lcspr',
      title: 'An example review <script>alert(1)</script>',
      summary: 'Call 07700 900123 & ask.',
      timeline: {
        becameAware: '2024-12-20',
        notifiedPanel: '2025-01-02',
        decisionToCommission: '2025-01-24',
      },
      documents: [
        {
          id: 'report',
          kind: 'report',
          title: 'Report "A" & <B>',
          published: '2025-02-10',
          link: '/d/a?x=1&y="2"',
          format: 'pdf',
          size: 250000,
        },
      ],
    },
  ],
});
const files = { 'catalog.json': sample, 'example.json': withExample };

const maxWidth = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

describe('ddscp --help, COMMAND --help and --version', () => {
  it('prints the overview, in 80 columns, and exits 0', async () => {
    const overview = overviewHelp(commands);
    for (const args of [['--help'], ['-h'], ['help']]) {
      expect(await run(args)).toEqual({ status: 0, out: overview, err: '' });
    }
    expect(maxWidth(overview)).toBeLessThanOrEqual(80);
    for (const command of commands) expect(overview).toContain(`  ddscp ${command.name} `);
  });

  it("prints each command's own help, with its options, in 80 columns", async () => {
    for (const command of commands) {
      const help = commandHelp(command);
      for (const args of [
        [command.name, '--help'],
        [command.name, '-h'],
        ['help', command.name],
      ]) {
        expect(await run(args)).toEqual({ status: 0, out: help, err: '' });
      }
      expect(maxWidth(help), command.name).toBeLessThanOrEqual(80);
      for (const option of [...Object.keys(command.options), 'help']) {
        expect(help).toContain(`--${option}`);
      }
    }
    expect((await run(['workdays', 'add', '2024-12-20', '5', '--help'])).out).toBe(
      commandHelp(commands.find((c) => c.name === 'workdays') as (typeof commands)[number]),
    );
  });

  it('gives every command --json', () => {
    for (const command of commands) expect(command.options, command.name).toHaveProperty('json');
  });

  it('prints the version', async () => {
    expect(await run(['--version'])).toEqual({ status: 0, out: '1.2.3\n', err: '' });
  });
});

describe('ddscp check', () => {
  it('exits 0 with only warnings: the sample on 2025-03-31', async () => {
    const { status, out, err } = await run(
      ['check', 'catalog.json', '--today', '2025-03-31'],
      files,
    );
    expect(status).toBe(0);
    expect(err).toBe('');
    expect(out.split('\n')[0]).toBe('catalog.json on 2025-03-31: 0 errors, 2 warnings.');
    expect(out).toContain('warning  reviews[0].documents[3].published  undated-document\n');
  });

  it('exits 1 when it finds errors: the sample on 2025-04-01, its March 2024 documents expired', async () => {
    const { status, out } = await run(['check', 'catalog.json', '--today', '2025-04-01'], files);
    expect(status).toBe(1);
    expect(out).toContain('error    reviews[0].documents[0]  expired-document\n');
    expect(maxWidth(out)).toBeLessThanOrEqual(80);
  });

  it('uses today in England when --today is not given', async () => {
    expect((await run(['check', 'catalog.json'], files, '2025-04-01')).status).toBe(1);
    expect((await run(['check', 'catalog.json'], files, '2025-03-31')).status).toBe(0);
  });

  it('gives stable JSON: file, today, valid, errors, warnings and findings', async () => {
    const { status, out } = await run(['check', 'example.json', '--json'], files);
    expect(status).toBe(1);
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual([
      'file',
      'today',
      'valid',
      'errors',
      'warnings',
      'findings',
    ]);
    expect(report).toMatchObject({
      file: 'example.json',
      today: '2025-03-31',
      valid: true,
      errors: 1,
      warnings: 4,
    });
    expect(report.findings[2]).toEqual({
      severity: 'error',
      code: 'identifying-detail',
      path: 'reviews[1].summary',
      message:
        'A UK telephone number ("07700 900123", at character 6): published text must not identify the child or family.',
      line: 1,
      column: expect.any(Number),
    });
  });

  it('lists every schema problem as an error, with its path, and exits 1', async () => {
    const broken = JSON.stringify({
      ...ddscpCatalog,
      reviews: [{ ...theo, kind: 'scr', title: '' }],
    });
    const { status, out } = await run(['check', 'broken.json'], { 'broken.json': broken });
    expect(status).toBe(1);
    expect(out.split('\n')[0]).toBe(
      'broken.json on 2025-03-31: not a valid catalogue: 2 errors, 0 warnings.',
    );
    expect(out).toContain('error    reviews[0].kind  invalid-catalog\n');
    const json = JSON.parse(
      (await run(['check', 'broken.json', '--json'], { 'broken.json': broken })).out,
    );
    expect(json).toMatchObject({ valid: false, errors: 2, warnings: 0 });
    expect(json.findings.map((f: { path: string }) => f.path)).toEqual([
      'reviews[0].kind',
      'reviews[0].title',
    ]);
  });

  it("reports a document's own period of zero, or misspelt, as a schema error, and exits 1", async () => {
    const keptFor = (keepFor: object) =>
      JSON.stringify({
        ...ddscpCatalog,
        reviews: [
          {
            ...theo,
            documents: theo?.documents.map((d, i) =>
              i === 0 ? { ...d, retention: { keepFor } } : d,
            ),
          },
        ],
      });
    const zero = await run(['check', 'zero.json', '--json'], {
      'zero.json': keptFor({ years: 0 }),
    });
    expect(zero.status).toBe(1);
    expect(JSON.parse(zero.out).findings[0]).toMatchObject({
      severity: 'error',
      code: 'invalid-catalog',
      path: 'reviews[0].documents[0].retention.keepFor',
      message:
        'Expected a period longer than zero: at least one of years, months, weeks or days above 0, e.g. { "years": 2 }.',
    });
    const misspelt = await run(['check', 'misspelt.json'], {
      'misspelt.json': keptFor({ yeras: 2 }),
    });
    expect(misspelt.status).toBe(1);
    expect(misspelt.out).toContain(
      'error    reviews[0].documents[0].retention.keepFor.yeras  invalid-catalog\n         misspelt.json:1:4723\n         Unknown field "yeras": did you mean "years"? The fields in',
    );
    expect(
      await run(['listing', 'zero.json'], { 'zero.json': keptFor({ days: 0 }) }),
    ).toMatchObject({
      status: 2,
      out: '',
    });
  });

  it('reads known names from a file, one per line, and reports them', async () => {
    const names = 'Theo\n\n  Jane Smith  \r\n';
    const { status, out } = await run(
      ['check', 'catalog.json', '--known-names', 'names.txt', '--json'],
      {
        ...files,
        'names.txt': names,
      },
    );
    expect(status).toBe(1);
    expect(
      JSON.parse(out).findings.filter((f: { code: string }) => f.code === 'identifying-detail')
        .length,
    ).toBeGreaterThan(0);
    expect(
      await run(['check', 'catalog.json', '--known-names', 'missing.txt'], files),
    ).toMatchObject({
      status: 2,
      err: 'ddscp: cannot read missing.txt: there is no such file.\n',
    });
  });
});

describe('ddscp listing', () => {
  it('shows the March 2024 report on 2025-03-31 and not on 2025-04-01', async () => {
    expect((await run(['listing', 'catalog.json', '--today', '2025-03-31'], files)).out).toContain(
      '  2024-03    2025-03-31  Child Safeguarding Practice Review Theo (TDS20)\n',
    );
    const after = await run(['listing', 'catalog.json', '--today', '2025-04-01'], files);
    expect(after.status).toBe(0);
    expect(after.out).not.toContain('2024-03    2025-03-31');
    expect(after.out).toContain(
      '  No longer on the website: Child Safeguarding Practice Review Theo (TDS20)\n',
    );
    expect(after.out.split('\n')[0]).toBe(
      'catalog.json on 2025-04-01: 1 review with 3 documents to show.',
    );
  });

  it('gives the listing as JSON: file, today and the publishedListing reviews', async () => {
    const listing = JSON.parse(
      (await run(['listing', 'catalog.json', '--format', 'json'], files)).out,
    );
    expect(Object.keys(listing)).toEqual(['file', 'today', 'reviews']);
    expect(listing.reviews[0].documents[0]).toMatchObject({
      id: 'report',
      status: 'expiring',
      liveUntil: '2025-03-31',
    });
  });

  it('gives the listing as escaped HTML, with the dates in words', async () => {
    const html = (await run(['listing', 'example.json', '--format=html'], files)).out;
    expect(html).toContain(
      '<h3 id="review-example-title">An example review &lt;script&gt;alert(1)&lt;/script&gt;</h3>',
    );
    expect(html).toContain(
      '<li><a href="/d/a?x=1&amp;y=&quot;2&quot;" class="review__document-link">Report &quot;A&quot; &amp; &lt;B&gt;</a> <span class="document-details">(PDF, 244 KB, published 10 February 2025, available until 10 February 2026)</span></li>',
    );
    expect(html).toContain('(published March 2024, available until 31 March 2025)');
    // The learning paragraphs, as the example pages show them.
    expect(html).toContain('<h4>How safeguarding can be strengthened</h4>');
    expect(html).toContain(
      '<p>Following Theo&#39;s death, a multi-agency audit was undertaken to explore practice surrounding children who have been reunified with their parents.</p>',
    );
    expect(html).not.toMatch(/<script|style=|on\w+=/);
    expect(
      (await run(['listing', 'catalog.json', '--format', 'html', '--today', '2020-01-01'], files))
        .out,
    ).toContain('<p>No reviews are published at present.</p>');
  });
});

describe('ddscp takedowns', () => {
  it('lists what comes down within 30 days by default, and where it goes', async () => {
    const { status, out } = await run(
      ['takedowns', 'catalog.json', '--today', '2025-03-15'],
      files,
    );
    expect(status).toBe(0);
    expect(out.split('\n')[0]).toBe(
      'catalog.json: 2 documents reach the last day online from 2025-03-15 to',
    );
    expect(out).toContain(
      '2025-03-31  2025-04-01  Child Safeguarding Practice Review Theo (TDS20)\n',
    );
    expect(out).toContain(
      'https://learning.nspcc.org.uk/case-reviews/national-case-review-repository',
    );
    expect(maxWidth(out)).toBeLessThanOrEqual(80);
    expect(
      (await run(['takedowns', 'catalog.json', '--today', '2025-03-15', '--within', '10'], files))
        .out,
    ).toBe('catalog.json: no document reaches its last day from 2025-03-15 to 2025-03-25.\n');
  });

  it('gives JSON: file, today, the window and the takedowns', async () => {
    const json = JSON.parse(
      (await run(['takedowns', 'catalog.json', '--today', '2025-07-01', '--json'], files)).out,
    );
    expect(Object.keys(json)).toEqual(['file', 'today', 'from', 'to', 'takedowns']);
    expect(json).toMatchObject({ from: '2025-07-01', to: '2025-07-31' });
    // The March 2024 documents are overdue (still in the catalogue): they come first.
    expect(
      json.takedowns.map((t: { documentId: string; overdue: boolean }) => [
        t.documentId,
        t.overdue,
      ]),
    ).toEqual([
      ['report', true],
      ['multi-agency-progress-summary', true],
      ['learning-on-one-page', false],
    ]);
  });
});

describe('ddscp deadlines', () => {
  it('shows each review with its stage and its deadlines', async () => {
    const { status, out } = await run(['deadlines', 'example.json'], files);
    expect(status).toBe(0);
    expect(out).toContain('Theo (TDS20): published since 2024-03\n  No deadlines:');
    expect(out).toContain('EX1: in review since 2025-01-24\n');
    expect(out).toContain(
      '  2024-12-31  missed   notification to the Panel (from 2024-12-20; statute)\n',
    );
    expect(out).toContain('  2025-01-23  overdue  rapid review (from 2025-01-02; guidance)\n');
    expect(maxWidth(out)).toBeLessThanOrEqual(80);
  });

  it('gives JSON with every deadline and its status', async () => {
    const json = JSON.parse((await run(['deadlines', 'example.json', '--json'], files)).out);
    expect(Object.keys(json)).toEqual(['file', 'today', 'reviews']);
    expect(Object.keys(json.reviews[1])).toEqual([
      'id',
      'reference',
      'pseudonym',
      'stage',
      'since',
      'deadlines',
      'problem',
    ]);
    expect(json.reviews[1].deadlines[0]).toEqual({
      kind: 'panel-notification',
      from: '2024-12-20',
      due: '2024-12-31',
      completedBy: 'notifiedPanel',
      rule: 'The local authority notifies the Child Safeguarding Practice Review Panel within 5 working days of becoming aware of the incident (Children Act 2004, section 16C).',
      basis: 'statute',
      status: 'missed',
    });
  });
});

describe('ddscp workdays', () => {
  it('adds and counts working days', async () => {
    expect(await run(['workdays', 'add', '2024-12-20', '5'])).toEqual({
      status: 0,
      out: '2024-12-31\n',
      err: '',
    });
    expect((await run(['workdays', 'add', '2024-12-31', '-5'])).out).toBe('2024-12-20\n');
    expect((await run(['workdays', 'between', '2024-12-20', '2025-01-15'])).out).toBe('15\n');
  });
});

describe('ddscp refuses bad input in one line, with exit status 2', () => {
  const invalidJson = '{\n  "partnership": {},\n  "reviews": [,]\n}\n';
  const cases: [string[], string][] = [
    [[], 'no command given: try ddscp --help.'],
    [
      ['frob'],
      'unknown command "frob": expected check, scan, takedowns, calendar, listing, deadlines or workdays (see ddscp --help).',
    ],
    [
      ['chek', 'catalog.json'],
      'unknown command "chek" (did you mean check?): expected check, scan, takedowns, calendar, listing, deadlines or workdays (see ddscp --help).',
    ],
    [['check'], 'check: expected one catalogue file, e.g. ddscp check catalog.json.'],
    [
      ['check', 'a.json', 'b.json'],
      'check: expected one catalogue file, e.g. ddscp check catalog.json.',
    ],
    [['check', 'missing.json'], 'cannot read missing.json: there is no such file.'],
    [['check', 'folder/'], 'cannot read folder/: it is a folder, not a file.'],
    [['check', 'locked.json'], 'cannot read locked.json: permission denied.'],
    [['check', 'huge.json'], 'cannot read huge.json: the file is too large.'],
    [
      ['check', 'bad.json'],
      'bad.json:3:15: not valid JSON: expected a value (an object, list, text in double quotes, number, true, false or null), found ",".',
    ],
    [
      ['listing', 'broken.json'],
      'broken.json:225:11: not a valid catalogue: reviews[0].documents[2].published: Invalid date "July 2024": expected a year, month or day written as YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2024", "2024-03" or "2024-03-15". Did you mean "2024-07"? (and 1 more problem: run ddscp check broken.json)',
    ],
    [['check', 'catalog.json', '--today'], '--today needs a value, e.g. --today 2025-03-31.'],
    [
      ['check', 'catalog.json', '--today', '31/03/2025'],
      'Invalid date "31/03/2025" for --today: expected a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15". Did you mean --today 2025-03-31?',
    ],
    [
      ['check', 'catalog.json', '--bogus'],
      'unknown option --bogus: check takes --today, --json, --known-names (see ddscp check --help).',
    ],
    [
      ['check', 'catalog.json', '--jsn'],
      'unknown option --jsn (did you mean --json?): check takes --today, --json, --known-names (see ddscp check --help).',
    ],
    [['check', 'catalog.json', '--json=yes'], '--json does not take a value.'],
    [
      ['listing', 'catalog.json', '--page'],
      '--page wraps the HTML listing in a page: use it with --format html.',
    ],
    [
      ['listing', 'catalog.json', '--format', 'pdf'],
      '--format must be text, json or html; found "pdf".',
    ],
    [
      ['takedowns', 'catalog.json', '--within', 'soon'],
      '--within must be a number of days from 0 to 3660, e.g. --within 30; found "soon".',
    ],
    [
      ['takedowns', 'catalog.json', '--within', '-3'],
      '--within needs a value, e.g. --within 30 (found "-3", which reads as an option; write --within=-3 to pass it as the value).',
    ],
    [
      ['takedowns', 'catalog.json', '--within=-3'],
      '--within must be a number of days from 0 to 3660, e.g. --within 30; found "-3".',
    ],
    [
      ['deadlines', 'catalog.json', '--format', 'json'],
      'deadlines does not take --format: deadlines takes --today, --json (see ddscp deadlines --help).',
    ],
    [
      ['workdays', 'add', '2024-12-20'],
      'workdays: expected ddscp workdays add <YYYY-MM-DD> <n> or ddscp workdays between <YYYY-MM-DD> <YYYY-MM-DD>.',
    ],
    [
      ['workdays', 'add', '2024-12-20', 'five'],
      'workdays add: n must be a whole number of working days, e.g. 5 or -5; found "five".',
    ],
    [
      ['workdays', 'add', '2099-12-30', '5'],
      'No England and Wales bank holidays for 2100 (5 working days after 2099-12-30): the supported range is 1995 to 2099 (announced to 2028, projected from the standing rules after that).',
    ],
    [
      ['workdays', 'between', '2024-12-20', '2024-13-01'],
      'Invalid date "2024-13-01" for the second date (there is no month 13): expected a real calendar day written as YYYY-MM-DD, e.g. "2024-03-15".',
    ],
  ];
  const broken = JSON.stringify(
    {
      ...ddscpCatalog,
      reviews: [
        {
          ...theo,
          documents: theo?.documents.map((d, i) =>
            i === 2 ? { ...d, published: 'July 2024' } : i === 3 ? { ...d, kind: 'memo' } : d,
          ),
        },
      ],
    },
    null,
    2,
  );

  it.each(cases)('ddscp %j', async (args, message) => {
    const result = await run(args, { ...files, 'bad.json': invalidJson, 'broken.json': broken });
    expect(result).toEqual({ status: 2, out: '', err: `ddscp: ${message}\n` });
  });

  it('reports an unexpected failure as an internal error, in one line', async () => {
    let err = '';
    const status = await runCli(['check', 'catalog.json'], {
      out: () => {},
      err: (text) => {
        err += text;
      },
      readFile: async () => new TextEncoder().encode(sample),
      today: (): IsoDate => {
        throw new Error('clock stopped\n    at somewhere (file.js:1:1)');
      },
      version: '0.0.0',
    });
    expect(status).toBe(2);
    expect(err).toBe(
      'ddscp: internal error: clock stopped (please report it at https://github.com/ddscp/ddscp/issues)\n',
    );
  });
});
