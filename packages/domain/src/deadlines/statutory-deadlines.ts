import { addCalendarDuration } from '../calendar/add-calendar-duration';
import type { IsoDate } from '../calendar/iso-date';
import { precisionOf } from '../calendar/partial-date';
import { describeDuration } from '../internal/describe-duration';
import type { TimelineStep } from '../reviews/review-kinds';
import type { Review } from '../reviews/review-schema';
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
  return deadlinesUnder(review, resolveDeadlineRules(rules));
}

/** {@link statutoryDeadlines} under rules already checked, for checking many reviews. @internal */
export function deadlinesUnder(
  review: Pick<Review, 'kind' | 'timeline'>,
  { panelNotification, rapidReview, lcsprPublication, prePublicationNotice }: DeadlineRules,
): Deadline[] {
  const { timeline } = review;
  const deadlines: Deadline[] = [];
  const add = (
    kind: DeadlineKind,
    rule: DeadlineRuleBase | null,
    from: IsoDate | undefined,
    completedBy: TimelineStep,
    due: (from: IsoDate) => IsoDate,
    words: string,
  ) => {
    if (!rule || from === undefined || !rule.appliesTo.includes(review.kind)) return;
    if (rule.inForceFrom !== undefined && from < rule.inForceFrom) return;
    deadlines.push({
      kind,
      from,
      due: due(from),
      completedBy,
      rule: `${words} (${rule.source}).`,
      basis: rule.basis,
    });
  };

  if (panelNotification) {
    const n = panelNotification.workingDays;
    add(
      'panel-notification',
      panelNotification,
      timeline.becameAware,
      'notifiedPanel',
      (from) => addWorkingDays(from, n),
      `The local authority notifies the Child Safeguarding Practice Review Panel within ${n} working days of becoming aware of the incident`,
    );
  }
  if (rapidReview) {
    const n = rapidReview.workingDays;
    add(
      'rapid-review',
      rapidReview,
      timeline.notifiedPanel,
      'rapidReviewCompleted',
      (from) => addWorkingDays(from, n),
      `The safeguarding partners complete a rapid review within ${n} working days of the notification`,
    );
  }
  if (lcsprPublication) {
    const { within } = lcsprPublication;
    add(
      'lcspr-publication',
      lcsprPublication,
      timeline.decisionToCommission,
      'published',
      (from) => addCalendarDuration(from, within),
      `The local review is completed and published within ${describeDuration(within)} of the decision to commission it`,
    );
  }
  if (prePublicationNotice) {
    const n = prePublicationNotice.workingDays;
    const published = timeline.published;
    const day =
      published !== undefined && precisionOf(published) === 'day'
        ? (published as IsoDate)
        : undefined;
    add(
      'pre-publication-notice',
      prePublicationNotice,
      day,
      'sentToPanel',
      (from) => addWorkingDays(from, -n),
      `The final report goes to the Panel and the Department for Education at least ${n} working days before publication`,
    );
  }
  return deadlines;
}
