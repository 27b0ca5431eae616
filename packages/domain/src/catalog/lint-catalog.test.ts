import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogInput as anyCatalog, catalogDay } from '../../test/support/catalog-arbitrary';
import { catalogInput, documentInput, reviewInput } from '../../test/support/reviews';
import { identifyingDetailLabels } from '../anonymity/identifying-detail-labels';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import { type CalendarPeriodRule, defaultDeadlineRules } from '../deadlines/deadline-rules';
import { InvalidDateError } from '../errors/invalid-date-error';
import { InvalidDeadlineRuleError } from '../errors/invalid-deadline-rule-error';
import { formatPath } from '../findings/format-path';
import type { RetentionPolicy } from '../retention/retention-policy';
import { catalogSchema } from './catalog-schema';
import { lintCatalog } from './lint-catalog';

const lint = (reviews: unknown[], today = '2025-03-31', options = {}) =>
  lintCatalog(catalogSchema.parse(catalogInput(reviews)), today as '2025-03-31', options);

describe('lintCatalog on the partnership page', () => {
  it('on 2025-03-31 finds no errors, and warns about the two documents with no date', () => {
    expect(lintCatalog(ddscpCatalog, '2025-03-31')).toEqual([
      {
        severity: 'warning',
        code: 'undated-document',
        path: ['reviews', 0, 'documents', 3, 'published'],
        message:
          '"DDSCP Exploring Reunification Audit Findings FINAL" has no publication date, so nothing says when it must come down: add the date it was published (YYYY-MM-DD, or YYYY-MM if only the month is known).',
      },
      expect.objectContaining({
        code: 'undated-document',
        path: ['reviews', 0, 'documents', 4, 'published'],
      }),
    ]);
  });

  it('on 2025-04-01 finds the March 2024 report and summary still in the catalogue', () => {
    const errors = lintCatalog(ddscpCatalog, '2025-04-01').filter((f) => f.severity === 'error');
    expect(errors).toEqual([
      {
        severity: 'error',
        code: 'expired-document',
        path: ['reviews', 0, 'documents', 0],
        message:
          '"Child Safeguarding Practice Review Theo (TDS20)" (published 2024-03, kept 1 year) was to come down after 2025-03-31: take it off the website and out of the catalogue; the NSPCC national case review repository keeps reports after that.',
      },
      expect.objectContaining({ code: 'expired-document', path: ['reviews', 0, 'documents', 1] }),
    ]);
  });

  it('refuses a today that is not a date', () => {
    expect(() => lintCatalog(ddscpCatalog, 'today' as never)).toThrow(InvalidDateError);
  });
});

describe('lintCatalog, published text', () => {
  it('reports details that could identify the child or family, at their field', () => {
    const findings = lint([
      reviewInput({
        summary: 'The family lived near DE1 2AB.',
        themes: ['neglect', 'email mum@example.org'],
        learning: { whatHappened: ['Born on 3 March 2023, the baby …'] },
        documents: [documentInput({ title: 'Report, NHS 943 476 5919', published: '2025-01' })],
      }),
    ]);
    expect(findings.map((f) => [f.severity, f.code, formatPath(f.path)])).toEqual([
      ['error', 'identifying-detail', 'reviews[0].summary'],
      ['error', 'identifying-detail', 'reviews[0].themes[1]'],
      ['error', 'identifying-detail', 'reviews[0].learning.whatHappened[0]'],
      ['error', 'identifying-detail', 'reviews[0].documents[0].title'],
    ]);
    expect(findings[0]?.message).toBe(
      'A UK postcode ("DE1 2AB", at character 23): published text must not identify the child or family.',
    );
  });

  it('reports every kind checkAnonymity finds, named by identifyingDetailLabels, where it is as written', () => {
    const summary =
      'NI AB 12 34 56 C; UPN B801200005001; lived at 12 Acacia Avenue; seen at ＤＥ２２ １ＧＴ; NSPCC 0808 800 5000; ISBN 0-306-40615-7.';
    const findings = lint([reviewInput({ summary })]);
    expect(findings.map((finding) => finding.message)).toEqual(
      (
        [
          ['ni-number', 'AB 12 34 56 C'],
          ['upn', 'B801200005001'],
          ['address', '12 Acacia Avenue'],
          ['postcode', 'ＤＥ２２ １ＧＴ'],
        ] as const
      ).map(
        ([kind, match]) =>
          `${identifyingDetailLabels[kind]} (${JSON.stringify(match)}, at character ${summary.indexOf(match) + 1}): published text must not identify the child or family.`,
      ),
    );
  });

  it("lets the partnership's own contact details through, and any others allowed", () => {
    const summary = 'Enquiries: test@example.org, 01332 000000, DE1 1AA; or 0800 123 4567.';
    expect(lint([reviewInput({ summary })])).toEqual([
      expect.objectContaining({
        path: ['reviews', 0, 'summary'],
        message: expect.stringContaining('0800 123 4567'),
      }),
    ]);
    expect(lint([reviewInput({ summary })], '2025-03-31', { allow: ['0800 123 4567'] })).toEqual(
      [],
    );
  });

  it('reports known names anywhere, the pseudonym included', () => {
    const findings = lint(
      [reviewInput({ pseudonym: 'Ava', title: 'Review: Ava Brown' })],
      '2025-03-31',
      {
        knownNames: ['Ava Brown', 'Ava'],
      },
    );
    expect(findings.map((f) => formatPath(f.path))).toEqual([
      'reviews[0].pseudonym',
      'reviews[0].title',
    ]);
  });
});

describe('lintCatalog, reviews and deadlines', () => {
  it('warns about a review with no summary', () => {
    const { summary: _, ...noSummary } = reviewInput();
    expect(lint([noSummary])).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'missing-summary',
        path: ['reviews', 0, 'summary'],
      }),
    ]);
  });

  it('warns about missed deadlines, saying how late, and overdue ones, saying what to record', () => {
    const findings = lint(
      [
        reviewInput({
          timeline: {
            becameAware: '2024-12-20',
            notifiedPanel: '2025-01-02',
            decisionToCommission: '2025-01-24',
          },
          documents: [],
        }),
      ],
      '2025-03-31',
    );
    expect(findings).toEqual([
      {
        severity: 'warning',
        code: 'missed-deadline',
        path: ['reviews', 0, 'timeline', 'notifiedPanel'],
        message:
          'The notification to the Panel was due by 2024-12-31 and done 2025-01-02, 1 working day late. The local authority notifies the Child Safeguarding Practice Review Panel within 5 working days of becoming aware of the incident (Children Act 2004, section 16C).',
      },
      {
        severity: 'warning',
        code: 'overdue-deadline',
        path: ['reviews', 0, 'timeline', 'rapidReviewCompleted'],
        message:
          'The rapid review was due by 2025-01-23 and is not recorded as done: record its date in timeline.rapidReviewCompleted when it is. The safeguarding partners complete a rapid review within 15 working days of the notification (Child Safeguarding Practice Review Panel guidance).',
      },
    ]);
    expect(
      lint([
        reviewInput({
          timeline: { decisionToCommission: '2024-01-10', published: '2024-07-20' },
          documents: [],
        }),
      ])[0]?.message,
    ).toMatch(
      /^The publication of the local review was due by 2024-07-10 and done 2024-07-20, 10 days late\./,
    );
  });

  it('uses the rules it is given', () => {
    const review = reviewInput({
      timeline: { becameAware: '2024-12-20', notifiedPanel: '2025-01-02' },
      documents: [],
    });
    expect(
      lint([review], '2025-03-31', { rules: { panelNotification: null, rapidReview: null } }),
    ).toEqual([]);
  });

  it('refuses a misspelt or zero period in its policy or rules, even for a catalogue without documents', () => {
    const misspelt = { ...ddscpRetentionPolicy, keepFor: { yeras: 1 } } as RetentionPolicy;
    expect(() => lint([], '2025-03-31', { policy: misspelt })).toThrow(
      'Invalid duration {"yeras":1} for policy.keepFor ("yeras" is not a part of a duration)',
    );
    const within = { mnths: 6 } as CalendarPeriodRule['within'];
    const lcsprPublication = { ...defaultDeadlineRules.lcsprPublication, within };
    expect(() => lint([], '2025-03-31', { rules: { lcsprPublication } })).toThrow(
      'Invalid duration {"mnths":6} for lcsprPublication.within ("mnths" is not a part of a duration)',
    );
    const rapidReview = { ...defaultDeadlineRules.rapidReview, workingDays: 0 };
    expect(() => lint([], '2025-03-31', { rules: { rapidReview } })).toThrow(
      InvalidDeadlineRuleError,
    );
  });

  it('says so when deadlines cannot be worked out, rather than failing', () => {
    const review = reviewInput({ timeline: { becameAware: '2099-12-30' }, documents: [] });
    expect(lint([review], '2099-12-31')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'deadline-not-computed',
        path: ['reviews', 0, 'timeline'],
        message: expect.stringMatching(
          /^The deadlines cannot be worked out: No England and Wales bank holidays for 2100/,
        ),
      }),
    ]);
  });
});

describe('lintCatalog, the partnership', () => {
  it("includes validatePartnership's findings, under partnership, before the reviews'", () => {
    const noPolice = {
      ...ddscpCatalog,
      partnership: {
        ...ddscpCatalog.partnership,
        partners: ddscpCatalog.partnership.partners.filter((p) => p.kind !== 'police'),
      },
    };
    const findings = lintCatalog(noPolice, '2025-04-01');
    expect(findings[0]).toEqual({
      severity: 'error',
      code: 'missing-statutory-partner',
      path: ['partnership', 'partners'],
      message:
        'No statutory police partner from 2019-09-30 on: the local authority, the integrated care board and the police are the three statutory safeguarding partners.',
    });
    expect(findings.slice(1).map((f) => f.code)).toEqual(
      lintCatalog(ddscpCatalog, '2025-04-01').map((f) => f.code),
    );
  });
});

describe('lintCatalog, properties', () => {
  it('never throws on a valid catalogue, and every path points into it (to a field, or where one goes)', () => {
    fc.assert(
      fc.property(anyCatalog(), catalogDay, (input, today) => {
        const catalog = catalogSchema.parse(input);
        for (const finding of lintCatalog(catalog, today)) {
          // The field itself, or (for a missing one) the object it belongs in.
          const parent =
            typeof finding.path.at(-1) === 'string' ? finding.path.slice(0, -1) : finding.path;
          expect(valueAt(catalog, parent), formatPath(finding.path)).toBeDefined();
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

/** The value at a path such as `['reviews', 0, 'documents', 2]`. */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>(
    (value, key) => (value as Record<string | number, unknown> | undefined)?.[key],
    root,
  );
}
