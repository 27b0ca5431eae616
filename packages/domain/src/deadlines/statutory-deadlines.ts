import { addCalendarDuration } from '../calendar/add-calendar-duration';
import type { IsoDate } from '../calendar/iso-date';
import { precisionOf } from '../calendar/partial-date';
import { describeDuration } from '../internal/describe-duration';
import { plural } from '../internal/plural';
import type { TimelineStep } from '../reviews/review-kinds';
import type { Review, ReviewTimeline } from '../reviews/review-schema';
import { addWorkingDays } from '../working-days/working-days';
import {
  type CalendarPeriodRule,
  type DeadlineBasis,
  type DeadlineKind,
  type DeadlineRuleBase,
  type DeadlineRules,
  deadlineEntries,
  resolveDeadlineRules,
  type WorkingDaysRule,
} from './deadline-rules';

/** A deadline of a review's lifecycle; see {@link statutoryDeadlines}. */
export interface Deadline {
  readonly kind: DeadlineKind;
  /** The day it counts from (for the pre-publication notice, back from): a timeline date. */
  readonly from: IsoDate;
  /** The last day on which it is met. */
  readonly due: IsoDate;
  /** The timeline step that meets it, e.g. `notifiedPanel`. */
  readonly completedBy: TimelineStep;
  /** The rule in words, with its source. */
  readonly rule: string;
  readonly basis: DeadlineBasis;
}

/**
 * The deadlines of a review's lifecycle, from the dates its timeline has: notifying the
 * Panel (from `becameAware`), the rapid review (from `notifiedPanel`), publishing a local
 * review (from `decisionToCommission`) and sending the final report to the Panel and DfE
 * (back from `published`). A deadline needs the day it counts from, so a step not recorded,
 * or a publication known only to the month, gives none; nor does a rule turned off, or one
 * that does not apply to the review's kind or was not yet in force.
 *
 * The timescales are configurable: `rules` overrides any of {@link defaultDeadlineRules}
 * (`null` turns one off).
 *
 * @throws {InvalidDeadlineRuleError} or `InvalidDurationError` for an unusable rule.
 * @throws {UnsupportedYearError} when a deadline in working days falls outside 1995-2099.
 * @example
 * statutoryDeadlines({ ...review, timeline: { becameAware: isoDate('2024-12-20') } })[0]?.due; // '2024-12-31'
 */
export function statutoryDeadlines(
  review: Pick<Review, 'kind' | 'timeline'>,
  rules: Partial<DeadlineRules> = {},
): Deadline[] {
  return deadlinesUnder(review, prepareDeadlineRules(rules));
}

/** A rule ready to apply to many reviews: checked, with its sentence written once. @internal */
export interface PreparedDeadlineRule {
  readonly kind: DeadlineKind;
  readonly rule: DeadlineRuleBase;
  /** The day the deadline counts from, when the timeline has it to the day. */
  readonly from: (timeline: ReviewTimeline) => IsoDate | undefined;
  readonly completedBy: TimelineStep;
  readonly due: (from: IsoDate) => IsoDate;
  /** The rule in words, with its source. */
  readonly text: string;
}

/** The default rules with `overrides` on top, checked and prepared. @internal */
export function prepareDeadlineRules(
  overrides: Partial<DeadlineRules> = {},
): readonly PreparedDeadlineRule[] {
  const rules = resolveDeadlineRules(overrides);
  return deadlineEntries.flatMap(([name, entry]): PreparedDeadlineRule[] => {
    const rule = rules[name] as (WorkingDaysRule & CalendarPeriodRule) | null;
    if (rule === null) return [];
    const sign = entry.direction === 'after' ? 1 : -1;
    const working = entry.counted === 'working-days';
    const period = working
      ? plural(rule.workingDays, 'working day')
      : describeDuration(rule.within);
    return [
      {
        kind: entry.kind,
        rule,
        // A deadline counts from a day: a date known only to the month or year gives none.
        from: (timeline) => {
          const date = timeline[entry.from];
          return date !== undefined && precisionOf(date) === 'day' ? (date as IsoDate) : undefined;
        },
        completedBy: entry.completedBy,
        due: working
          ? (from) => addWorkingDays(from, sign * rule.workingDays)
          : (from) => addCalendarDuration(from, rule.within),
        text: `${entry.sentence(period)} (${rule.source}).`,
      },
    ];
  });
}

/** {@link statutoryDeadlines} under prepared rules, for checking many reviews. @internal */
export function deadlinesUnder(
  review: Pick<Review, 'kind' | 'timeline'>,
  rules: readonly PreparedDeadlineRule[],
): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const { kind, rule, from: start, completedBy, due, text } of rules) {
    const from = start(review.timeline);
    if (from === undefined || !rule.appliesTo.includes(review.kind)) continue;
    if (rule.inForceFrom !== undefined && from < rule.inForceFrom) continue;
    deadlines.push({ kind, from, due: due(from), completedBy, rule: text, basis: rule.basis });
  }
  return deadlines;
}
