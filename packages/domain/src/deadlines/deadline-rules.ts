import { calendarParts } from '../calendar/add-calendar-duration';
import type { CalendarDuration } from '../calendar/calendar-duration';
import { type IsoDate, isIsoDate } from '../calendar/iso-date';
import { InvalidDeadlineRuleError } from '../errors/invalid-deadline-rule-error';
import { deepFreeze } from '../internal/deep-freeze';
import { type ReviewKind, reviewKinds } from '../reviews/review-kinds';

/** The deadlines of the review lifecycle that {@link statutoryDeadlines} works out. */
export type DeadlineKind =
  | 'panel-notification'
  | 'rapid-review'
  | 'lcspr-publication'
  | 'pre-publication-notice';

/** Each deadline in words, for messages and tables. @internal */
export const deadlineNames: Readonly<Record<DeadlineKind, string>> = {
  'panel-notification': 'notification to the Panel',
  'rapid-review': 'rapid review',
  'lcspr-publication': 'publication of the local review',
  'pre-publication-notice': 'final report to the Panel and DfE',
};

/**
 * What a deadline rests on: `statute` (an Act or regulations), `guidance` (national,
 * non-statutory) or `local` (the partnership's own practice, or a rule with no primary text
 * found, which a partnership should confirm for itself).
 */
export type DeadlineBasis = 'statute' | 'guidance' | 'local';

/** What every deadline rule says besides its period. */
export interface DeadlineRuleBase {
  /** What the rule rests on. */
  readonly basis: DeadlineBasis;
  /** Where it comes from, in words, e.g. `Children Act 2004, section 16C`. */
  readonly source: string;
  /** The kinds of review it applies to. */
  readonly appliesTo: readonly ReviewKind[];
  /** The first day the rule applies (by the day the deadline counts from), if not always. */
  readonly inForceFrom?: IsoDate;
}

/** A deadline a number of working days (England and Wales) from, or before, a step. */
export interface WorkingDaysRule extends DeadlineRuleBase {
  /** A whole number from 1: a deadline is never due on the day it counts from. */
  readonly workingDays: number;
}

/** A deadline a calendar period after a step, e.g. `{ months: 6 }`. */
export interface CalendarPeriodRule extends DeadlineRuleBase {
  /** Whole years, months, weeks and days, longer than zero; other keys are refused. */
  readonly within: CalendarDuration;
}

/**
 * The rules {@link statutoryDeadlines} applies, one per {@link DeadlineKind}; `null` turns a
 * rule off. Pass some of them to override {@link defaultDeadlineRules}.
 */
export interface DeadlineRules {
  /** The local authority notifies the Panel within this many working days of becoming aware. */
  readonly panelNotification: WorkingDaysRule | null;
  /** The partners complete a rapid review within this many working days of the notification. */
  readonly rapidReview: WorkingDaysRule | null;
  /** A local review is completed and published within this period of the decision to commission it. */
  readonly lcsprPublication: CalendarPeriodRule | null;
  /** The final report goes to the Panel and the DfE this many working days before publication. */
  readonly prePublicationNotice: WorkingDaysRule | null;
}

const NOTIFIED_INCIDENTS: readonly ReviewKind[] = ['rapid-review', 'lcspr', 'national-review'];

/**
 * The timescales of the review lifecycle in England, with what each rests on (see the
 * domain facts): notification within 5 working days of becoming aware (Children Act 2004
 * s16C, in force since 29 June 2018: statute); a rapid review within 15 working days of the
 * notification (Panel guidance); a local review published within 6 months of the decision
 * to commission it (Working Together: guidance); the final report to the Panel and DfE 7
 * working days before publication (commonly cited, but no primary text was found, so it is
 * marked `local`: confirm it, or override it, for your partnership).
 *
 * Serious case reviews (the regime before 2019) and learning reviews (non-statutory) get
 * none of them by default.
 */
export const defaultDeadlineRules: {
  readonly [Rule in keyof DeadlineRules]: NonNullable<DeadlineRules[Rule]>;
} = /*@__PURE__*/ deepFreeze({
  panelNotification: {
    workingDays: 5,
    basis: 'statute',
    source: 'Children Act 2004, section 16C',
    appliesTo: NOTIFIED_INCIDENTS,
    inForceFrom: '2018-06-29' as IsoDate,
  },
  rapidReview: {
    workingDays: 15,
    basis: 'guidance',
    source: 'Child Safeguarding Practice Review Panel guidance',
    appliesTo: NOTIFIED_INCIDENTS,
  },
  lcsprPublication: {
    within: { months: 6 },
    basis: 'guidance',
    source: 'Working Together to Safeguard Children 2023',
    appliesTo: ['lcspr'],
  },
  prePublicationNotice: {
    workingDays: 7,
    basis: 'local',
    source: 'a commonly cited notice period; no primary text found',
    appliesTo: ['lcspr'],
  },
});

const BASES: readonly string[] = ['statute', 'guidance', 'local'];
const TURN_OFF = 'null turns the rule off';

/** The default rules with `overrides` on top, each checked. @internal */
export function resolveDeadlineRules(overrides: Partial<DeadlineRules> = {}): DeadlineRules {
  const rules = { ...defaultDeadlineRules, ...overrides };
  for (const [name, rule] of Object.entries(rules) as [keyof DeadlineRules, unknown][]) {
    if (rule !== null) checkRule(name, rule as WorkingDaysRule & CalendarPeriodRule);
  }
  return rules;
}

function checkRule(name: keyof DeadlineRules, rule: WorkingDaysRule & CalendarPeriodRule): void {
  if (rule === undefined || typeof rule !== 'object') {
    throw new InvalidDeadlineRuleError(
      name,
      rule,
      `a rule object such as defaultDeadlineRules.${name}, or null to turn it off`,
    );
  }
  if (name === 'lcsprPublication') {
    calendarParts(rule.within, `${name}.within`, {
      zero: `a zero period would make the deadline the day it counts from; ${TURN_OFF}`,
    });
  } else if (!Number.isSafeInteger(rule.workingDays) || rule.workingDays < 1) {
    // No deadline is due the day it counts from: 0 is taken for a slip, not a rule.
    throw new InvalidDeadlineRuleError(
      `${name}.workingDays`,
      rule.workingDays,
      `a whole number of working days from 1, e.g. 5 (${TURN_OFF})`,
    );
  }
  if (!BASES.includes(rule.basis)) {
    throw new InvalidDeadlineRuleError(
      `${name}.basis`,
      rule.basis,
      "'statute', 'guidance' or 'local'",
    );
  }
  if (
    !Array.isArray(rule.appliesTo) ||
    !rule.appliesTo.every((kind) => reviewKinds.includes(kind))
  ) {
    throw new InvalidDeadlineRuleError(
      `${name}.appliesTo`,
      rule.appliesTo,
      `a list of review kinds (${reviewKinds.join(', ')})`,
    );
  }
  if (rule.inForceFrom !== undefined && !isIsoDate(rule.inForceFrom)) {
    throw new InvalidDeadlineRuleError(
      `${name}.inForceFrom`,
      rule.inForceFrom,
      'a date written as YYYY-MM-DD',
    );
  }
}
