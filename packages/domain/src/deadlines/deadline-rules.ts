// The deadlines of the review lifecycle as one table: each entry is everything the package
// knows about one deadline (its kind, its name in words, the step it counts from and the
// step that meets it, how it is counted, its sentence, its default rule). The public types,
// the defaults and the preparation of rules are all read off the table, so a new deadline is
// one new entry.

import { calendarParts } from '../calendar/add-calendar-duration';
import type { CalendarDuration } from '../calendar/calendar-duration';
import { type IsoDate, isIsoDate } from '../calendar/iso-date';
import { InvalidDeadlineRuleError } from '../errors/invalid-deadline-rule-error';
import { deepFreeze } from '../internal/deep-freeze';
import { type ReviewKind, reviewKinds, type TimelineStep } from '../reviews/review-kinds';

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

/** One row of the table: a deadline, what it counts from and to, and its default rule. */
interface DeadlineEntry<Kind extends string, Counted extends 'working-days' | 'calendar-period'> {
  readonly kind: Kind;
  /** The deadline in words, for messages and tables: "rapid review". */
  readonly name: string;
  /** The step whose date it counts from (to the day: a month or a year gives no deadline). */
  readonly from: TimelineStep;
  /** The step that meets it. */
  readonly completedBy: TimelineStep;
  /** Working days (England and Wales) or a calendar period. */
  readonly counted: Counted;
  /** After the step it counts from, or before it (a notice ahead of publication). */
  readonly direction: 'after' | 'before';
  /** The rule in words, given its period in words ("5 working days", "6 months"). */
  readonly sentence: (period: string) => string;
  readonly defaults: Counted extends 'working-days' ? WorkingDaysRule : CalendarPeriodRule;
}

/** An entry of the table, typed: its kind stays a literal, its default rule a rule type. */
/* @__NO_SIDE_EFFECTS__ */
function entry<Kind extends string, Counted extends 'working-days' | 'calendar-period'>(
  row: DeadlineEntry<Kind, Counted>,
): DeadlineEntry<Kind, Counted> {
  return row;
}

const NOTIFIED_INCIDENTS: readonly ReviewKind[] = ['rapid-review', 'lcspr', 'national-review'];

/**
 * The deadlines, with the timescales of the review lifecycle in England and what each rests
 * on (see the domain facts), in the order a review meets them. @internal
 */
const deadlineTable = {
  /** The local authority notifies the Panel within this many working days of becoming aware. */
  panelNotification: entry({
    kind: 'panel-notification',
    name: 'notification to the Panel',
    from: 'becameAware',
    completedBy: 'notifiedPanel',
    counted: 'working-days',
    direction: 'after',
    sentence: (period) =>
      `The local authority notifies the Child Safeguarding Practice Review Panel within ${period} of becoming aware of the incident`,
    defaults: {
      workingDays: 5,
      basis: 'statute',
      source: 'Children Act 2004, section 16C',
      appliesTo: NOTIFIED_INCIDENTS,
      inForceFrom: '2018-06-29' as IsoDate,
    },
  }),
  /** The partners complete a rapid review within this many working days of the notification. */
  rapidReview: entry({
    kind: 'rapid-review',
    name: 'rapid review',
    from: 'notifiedPanel',
    completedBy: 'rapidReviewCompleted',
    counted: 'working-days',
    direction: 'after',
    sentence: (period) =>
      `The safeguarding partners complete a rapid review within ${period} of the notification`,
    defaults: {
      workingDays: 15,
      basis: 'guidance',
      source: 'Child Safeguarding Practice Review Panel guidance',
      appliesTo: NOTIFIED_INCIDENTS,
    },
  }),
  /** A local review is completed and published within this period of the decision to commission it. */
  lcsprPublication: entry({
    kind: 'lcspr-publication',
    name: 'publication of the local review',
    from: 'decisionToCommission',
    completedBy: 'published',
    counted: 'calendar-period',
    direction: 'after',
    sentence: (period) =>
      `The local review is completed and published within ${period} of the decision to commission it`,
    defaults: {
      within: { months: 6 },
      basis: 'guidance',
      source: 'Working Together to Safeguard Children 2023',
      appliesTo: ['lcspr'],
    },
  }),
  /** The final report goes to the Panel and the DfE this many working days before publication. */
  prePublicationNotice: entry({
    kind: 'pre-publication-notice',
    name: 'final report to the Panel and DfE',
    from: 'published',
    completedBy: 'sentToPanel',
    counted: 'working-days',
    direction: 'before',
    sentence: (period) =>
      `The final report goes to the Panel and the Department for Education at least ${period} before publication`,
    defaults: {
      workingDays: 7,
      basis: 'local',
      source: 'a commonly cited notice period; no primary text found',
      appliesTo: ['lcspr'],
    },
  }),
};

type DeadlineTable = typeof deadlineTable;
/** The name of a rule in {@link DeadlineRules}, e.g. `rapidReview`. @internal */
export type DeadlineRuleName = keyof DeadlineTable;

/** The deadlines of the review lifecycle that {@link statutoryDeadlines} works out. */
export type DeadlineKind = DeadlineTable[DeadlineRuleName]['kind'];

/**
 * The rules {@link statutoryDeadlines} applies, one per {@link DeadlineKind}; `null` turns a
 * rule off. Pass some of them to override {@link defaultDeadlineRules}.
 */
export type DeadlineRules = {
  readonly [Name in DeadlineRuleName]: DeadlineTable[Name]['defaults'] | null;
};

/** The table's entries, in the order a review meets its deadlines. @internal */
export const deadlineEntries = /*@__PURE__*/ (() =>
  Object.entries(deadlineTable) as [
    DeadlineRuleName,
    DeadlineEntry<DeadlineKind, 'working-days' | 'calendar-period'>,
  ][])();

/** Each deadline's entry by its kind: its name in words and how it is counted. @internal */
export const deadlineEntryOf = (
  kind: DeadlineKind,
): DeadlineEntry<DeadlineKind, 'working-days' | 'calendar-period'> =>
  deadlineEntries.find(([, entry]) => entry.kind === kind)?.[1] as DeadlineEntry<
    DeadlineKind,
    'working-days' | 'calendar-period'
  >;

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
  readonly [Name in DeadlineRuleName]: DeadlineTable[Name]['defaults'];
} = /*@__PURE__*/ (() =>
  deepFreeze(
    Object.fromEntries(deadlineEntries.map(([name, entry]) => [name, entry.defaults])),
  ) as never)();

const BASES: readonly string[] = ['statute', 'guidance', 'local'];
const TURN_OFF = 'null turns the rule off';

/** The default rules with `overrides` on top, each checked. @internal */
export function resolveDeadlineRules(overrides: Partial<DeadlineRules> = {}): DeadlineRules {
  const rules = { ...defaultDeadlineRules, ...overrides };
  for (const [name, entry] of deadlineEntries) {
    const rule = rules[name];
    if (rule !== null) checkRule(name, entry.counted, rule as WorkingDaysRule & CalendarPeriodRule);
  }
  return rules;
}

function checkRule(
  name: DeadlineRuleName,
  counted: 'working-days' | 'calendar-period',
  rule: WorkingDaysRule & CalendarPeriodRule,
): void {
  if (rule === undefined || typeof rule !== 'object') {
    throw new InvalidDeadlineRuleError(
      name,
      rule,
      `a rule object such as defaultDeadlineRules.${name}, or null to turn it off`,
    );
  }
  if (counted === 'calendar-period') {
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
