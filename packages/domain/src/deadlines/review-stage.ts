import { type IsoDateInput, isoDate } from '../calendar/iso-date';
import { firstDayOf, type PartialDate } from '../calendar/partial-date';
import { type TimelineStep, timelineSteps } from '../reviews/review-kinds';
import type { Review } from '../reviews/review-schema';

/**
 * Where a review is in its lifecycle, in order: `not-started` (no step reached),
 * `awaiting-notification` (the local authority is aware; the Panel is not yet notified),
 * `rapid-review`, `awaiting-decision` (whether to commission a local review), `in-review`,
 * `awaiting-publication` (completed, or sent to the Panel and DfE), `published`; and
 * `completed` for a rapid review that is finished with no local review to publish.
 */
export type ReviewStage =
  | 'not-started'
  | 'awaiting-notification'
  | 'rapid-review'
  | 'awaiting-decision'
  | 'in-review'
  | 'awaiting-publication'
  | 'published'
  | 'completed';

/** A review's stage, and the date of the step that began it (absent when not started). */
export interface ReviewStageOn {
  readonly stage: ReviewStage;
  readonly since?: PartialDate;
}

const STAGE_AFTER: Readonly<Record<TimelineStep, ReviewStage>> = {
  becameAware: 'awaiting-notification',
  notifiedPanel: 'rapid-review',
  rapidReviewCompleted: 'awaiting-decision',
  decisionToCommission: 'in-review',
  completed: 'awaiting-publication',
  sentToPanel: 'awaiting-publication',
  published: 'published',
};

/**
 * Where a review is in its lifecycle on `today`: the stage after the last step of its
 * timeline whose date has come (a publication known only to the month counts from the
 * month's first day). Dates in the future are plans, not steps taken.
 *
 * @throws {InvalidDateError} when `today` is not a real `YYYY-MM-DD` day.
 * @example
 * reviewStage(ddscpCatalog.reviews[0], '2025-03-31'); // { stage: 'published', since: '2024-03' }
 */
export function reviewStage(
  review: Pick<Review, 'kind' | 'timeline'>,
  today: IsoDateInput,
): ReviewStageOn {
  const day = isoDate(today, 'reviewStage(today)');
  for (let index = timelineSteps.length - 1; index >= 0; index--) {
    const step = timelineSteps[index] as TimelineStep;
    const date = review.timeline[step];
    if (date === undefined || firstDayOf(date) > day) continue;
    const stage =
      step === 'rapidReviewCompleted' && review.kind === 'rapid-review'
        ? 'completed'
        : STAGE_AFTER[step];
    return { stage, since: date };
  }
  return { stage: 'not-started' };
}
