import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewWith } from '../../test/support/reviews';
import { addCalendarDays, calendarDaysBetween } from '../calendar/calendar-days';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { InvalidDeadlineRuleError } from '../errors/invalid-deadline-rule-error';
import { InvalidDurationError } from '../errors/invalid-duration-error';
import { UnsupportedYearError } from '../errors/unsupported-year-error';
import { workingDaysBetween } from '../working-days/working-days';
import { type CalendarPeriodRule, defaultDeadlineRules } from './deadline-rules';
import { statutoryDeadlines } from './statutory-deadlines';

const fullTimeline = {
  becameAware: '2024-12-20',
  notifiedPanel: '2024-12-31',
  rapidReviewCompleted: '2025-01-20',
  decisionToCommission: '2025-01-24',
  published: '2025-06-27',
};

describe('statutoryDeadlines with the default rules', () => {
  it('gives the four deadlines of a local review, each with its rule and basis', () => {
    const review = reviewWith(fullTimeline);
    expect(statutoryDeadlines(review)).toEqual([
      {
        kind: 'panel-notification',
        from: '2024-12-20',
        due: '2024-12-31',
        completedBy: 'notifiedPanel',
        rule: 'The local authority notifies the Child Safeguarding Practice Review Panel within 5 working days of becoming aware of the incident (Children Act 2004, section 16C).',
        basis: 'statute',
      },
      {
        kind: 'rapid-review',
        from: '2024-12-31',
        due: '2025-01-22',
        completedBy: 'rapidReviewCompleted',
        rule: 'The safeguarding partners complete a rapid review within 15 working days of the notification (Child Safeguarding Practice Review Panel guidance).',
        basis: 'guidance',
      },
      {
        kind: 'lcspr-publication',
        from: '2025-01-24',
        due: '2025-07-24',
        completedBy: 'published',
        rule: 'The local review is completed and published within 6 months of the decision to commission it (Working Together to Safeguard Children 2023).',
        basis: 'guidance',
      },
      {
        kind: 'pre-publication-notice',
        from: '2025-06-27',
        due: '2025-06-18',
        completedBy: 'sentToPanel',
        rule: 'The final report goes to the Panel and the Department for Education at least 7 working days before publication (a commonly cited notice period; no primary text found).',
        basis: 'local',
      },
    ]);
  });

  it('counts 5 working days over Christmas: aware Friday 20 December 2024, due Tuesday 31 December', () => {
    const [notification] = statutoryDeadlines(reviewWith({ becameAware: '2024-12-20' }));
    expect(notification).toMatchObject({ kind: 'panel-notification', due: '2024-12-31' });
  });

  it('gives six calendar months for publication, ending on the last day of a shorter month', () => {
    const [publication] = statutoryDeadlines(reviewWith({ decisionToCommission: '2024-08-31' }));
    expect(publication).toMatchObject({ kind: 'lcspr-publication', due: '2025-02-28' });
  });

  it('gives no deadline without the day it counts from: Theo has only a month of publication', () => {
    expect(statutoryDeadlines(ddscpCatalog.reviews[0] ?? reviewWith({}))).toEqual([]);
    expect(statutoryDeadlines(reviewWith({ published: '2025-06' }))).toEqual([]);
  });

  it('applies only the rules for the kind of review', () => {
    const kinds = (kind: string) =>
      statutoryDeadlines(reviewWith(fullTimeline, kind)).map((deadline) => deadline.kind);
    expect(kinds('rapid-review')).toEqual(['panel-notification', 'rapid-review']);
    expect(kinds('national-review')).toEqual(['panel-notification', 'rapid-review']);
    expect(kinds('learning-review')).toEqual([]);
    expect(kinds('serious-case-review')).toEqual([]);
  });

  it('gives no notification deadline for an incident before the duty began on 29 June 2018', () => {
    expect(statutoryDeadlines(reviewWith({ becameAware: '2018-06-28' }))).toEqual([]);
    expect(statutoryDeadlines(reviewWith({ becameAware: '2018-06-29' }))).toHaveLength(1);
  });
});

describe('statutoryDeadlines with other rules', () => {
  it('takes other timescales and bases, and turns a rule off with null', () => {
    const deadlines = statutoryDeadlines(reviewWith(fullTimeline), {
      rapidReview: {
        ...defaultDeadlineRules.rapidReview,
        workingDays: 10,
        basis: 'local',
        source: 'our protocol',
        appliesTo: ['lcspr'],
      },
      prePublicationNotice: null,
    });
    expect(deadlines.map((d) => [d.kind, d.due, d.basis])).toEqual([
      ['panel-notification', '2024-12-31', 'statute'],
      ['rapid-review', '2025-01-15', 'local'],
      ['lcspr-publication', '2025-07-24', 'guidance'],
    ]);
    expect(deadlines[1]?.rule).toBe(
      'The safeguarding partners complete a rapid review within 10 working days of the notification (our protocol).',
    );
  });

  it('refuses unusable rules, naming the field', () => {
    const review = reviewWith(fullTimeline);
    const notification = defaultDeadlineRules.panelNotification;
    expect(() =>
      statutoryDeadlines(review, { panelNotification: { ...notification, workingDays: 2.5 } }),
    ).toThrow(
      new InvalidDeadlineRuleError(
        'panelNotification.workingDays',
        2.5,
        'a whole number of working days from 1, e.g. 5 (null turns the rule off)',
      ),
    );
    expect(() =>
      statutoryDeadlines(review, { panelNotification: { ...notification, basis: 'law' as never } }),
    ).toThrow(
      "Invalid deadline rule: panelNotification.basis is \"law\"; expected 'statute', 'guidance' or 'local'.",
    );
    expect(() =>
      statutoryDeadlines(review, {
        panelNotification: { ...notification, appliesTo: ['scr' as never] },
      }),
    ).toThrow(InvalidDeadlineRuleError);
    expect(() =>
      statutoryDeadlines(review, {
        panelNotification: { ...notification, inForceFrom: '2018' as never },
      }),
    ).toThrow(InvalidDeadlineRuleError);
    expect(() => statutoryDeadlines(review, { panelNotification: undefined as never })).toThrow(
      InvalidDeadlineRuleError,
    );
    const publication = defaultDeadlineRules.lcsprPublication;
    expect(() =>
      statutoryDeadlines(review, {
        lcsprPublication: { ...publication, within: { hours: 5 } as never },
      }),
    ).toThrow(InvalidDurationError);
  });

  it('refuses a misspelt part of a period, which would otherwise make the deadline the day it counts from', () => {
    const review = reviewWith(fullTimeline);
    const publication = defaultDeadlineRules.lcsprPublication;
    const within = { mnths: 6 } as CalendarPeriodRule['within'];
    expect(() =>
      statutoryDeadlines(review, { lcsprPublication: { ...publication, within } }),
    ).toThrow(
      'Invalid duration {"mnths":6} for lcsprPublication.within ("mnths" is not a part of a duration): expected whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }.',
    );
  });

  it('refuses a period of zero, or a negative one: null turns a rule off', () => {
    const review = reviewWith(fullTimeline);
    const publication = defaultDeadlineRules.lcsprPublication;
    for (const within of [{}, { months: 0 }, { years: 0, days: 0 }]) {
      expect(() =>
        statutoryDeadlines(review, { lcsprPublication: { ...publication, within } }),
      ).toThrow(
        `Invalid duration ${JSON.stringify(within)} for lcsprPublication.within (a zero period would make the deadline the day it counts from; null turns the rule off): expected whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }.`,
      );
    }
    expect(() =>
      statutoryDeadlines(review, { lcsprPublication: { ...publication, within: { months: -6 } } }),
    ).toThrow('(months is -6: a period cannot be negative)');
    for (const name of ['panelNotification', 'rapidReview', 'prePublicationNotice'] as const) {
      expect(() =>
        statutoryDeadlines(review, { [name]: { ...defaultDeadlineRules[name], workingDays: 0 } }),
      ).toThrow(
        `Invalid deadline rule: ${name}.workingDays is 0; expected a whole number of working days from 1, e.g. 5 (null turns the rule off).`,
      );
    }
  });

  it('throws UnsupportedYearError when a deadline falls after 2099', () => {
    expect(() => statutoryDeadlines(reviewWith({ becameAware: '2099-12-30' }))).toThrow(
      UnsupportedYearError,
    );
  });
});

describe('statutoryDeadlines, properties', () => {
  const day = fc
    .integer({ min: 0, max: calendarDaysBetween('2018-07-01', '2098-12-31') })
    .map((offset) => addCalendarDays('2018-07-01', offset));

  it('puts working-day deadlines exactly that many working days from their step', () => {
    fc.assert(
      fc.property(day, (date) => {
        const deadlines = statutoryDeadlines(
          reviewWith({ becameAware: date, notifiedPanel: date, published: date }),
        );
        const due = Object.fromEntries(deadlines.map((d) => [d.kind, d.due]));
        expect(workingDaysBetween(date, due['panel-notification'] ?? date)).toBe(5);
        expect(workingDaysBetween(date, due['rapid-review'] ?? date)).toBe(15);
        expect(workingDaysBetween(date, due['pre-publication-notice'] ?? date)).toBe(-7);
      }),
    );
  });
});
