import { addCalendarDuration } from '../calendar/add-calendar-duration';
import type { IsoDate } from '../calendar/iso-date';
import { precisionOf } from '../calendar/partial-date';
import { describeDuration } from '../internal/describe-duration';
import type { TimelineStep } from '../reviews/review-kinds';
import type { Review, ReviewTimeline } from '../reviews/review-schema';
import { addWorkingDays } from '../working-days/working-days';
import {
  type DeadlineBasis,
  type DeadlineKind,
  type DeadlineRuleBase,
  type DeadlineRules,
  resolveDeadlineRules,
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
  const { panelNotification, rapidReview, lcsprPublication, prePublicationNotice } =
    resolveDeadlineRules(overrides);
  const prepared: PreparedDeadlineRule[] = [];
  const sentence = (words: string, rule: DeadlineRuleBase) => `${words} (${rule.source}).`;
  if (panelNotification) {
    const n = panelNotification.workingDays;
    prepared.push({
      kind: 'panel-notification',
      rule: panelNotification,
      from: (timeline) => timeline.becameAware,
      completedBy: 'notifiedPanel',
      due: (from) => addWorkingDays(from, n),
      text: sentence(
        `The local authority notifies the Child Safeguarding Practice Review Panel within ${n} working days of becoming aware of the incident`,
        panelNotification,
      ),
    });
  }
  if (rapidReview) {
    const n = rapidReview.workingDays;
    prepared.push({
      kind: 'rapid-review',
      rule: rapidReview,
      from: (timeline) => timeline.notifiedPanel,
      completedBy: 'rapidReviewCompleted',
      due: (from) => addWorkingDays(from, n),
      text: sentence(
        `The safeguarding partners complete a rapid review within ${n} working days of the notification`,
        rapidReview,
      ),
    });
  }
  if (lcsprPublication) {
    const { within } = lcsprPublication;
    prepared.push({
      kind: 'lcspr-publication',
      rule: lcsprPublication,
      from: (timeline) => timeline.decisionToCommission,
      completedBy: 'published',
      due: (from) => addCalendarDuration(from, within),
      text: sentence(
        `The local review is completed and published within ${describeDuration(within)} of the decision to commission it`,
        lcsprPublication,
      ),
    });
  }
  if (prePublicationNotice) {
    const n = prePublicationNotice.workingDays;
    prepared.push({
      kind: 'pre-publication-notice',
      rule: prePublicationNotice,
      // Counts back from the day of publication, so only a day will do, not a month.
      from: ({ published }) =>
        published !== undefined && precisionOf(published) === 'day'
          ? (published as IsoDate)
          : undefined,
      completedBy: 'sentToPanel',
      due: (from) => addWorkingDays(from, -n),
      text: sentence(
        `The final report goes to the Panel and the Department for Education at least ${n} working days before publication`,
        prePublicationNotice,
      ),
    });
  }
  return prepared;
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
