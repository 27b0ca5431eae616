import { type IsoDate, type IsoDateInput, isoDate } from '../calendar/iso-date';
import { daysOf } from '../calendar/partial-date';
import type { Review } from '../reviews/review-schema';
import type { Deadline } from './statutory-deadlines';

/**
 * Where a deadline stands: `met` (its step is recorded, by the due day), `missed` (recorded,
 * after it), `open` (not done, due day not passed) or `overdue` (not done, due day passed).
 */
export type DeadlineStatus = 'met' | 'missed' | 'open' | 'overdue';

/**
 * Whether a deadline of `review` was met, on `today`. The step that meets it counts once its
 * date has come (a planned date in the future does not); a date known only to the month
 * counts as its last day, so a deadline is `met` only when it certainly was.
 *
 * @throws {InvalidDateError} when `today` is not a real `YYYY-MM-DD` day.
 * @example
 * deadlineStatus(deadline, review, ukToday()); // 'open'
 */
export function deadlineStatus(
  deadline: Pick<Deadline, 'due' | 'completedBy'>,
  review: Pick<Review, 'timeline'>,
  today: IsoDateInput,
): DeadlineStatus {
  return statusOn(deadline, review, isoDate(today, 'deadlineStatus(today)'));
}

/** {@link deadlineStatus} on a day already checked, for checking many reviews. @internal */
export function statusOn(
  deadline: Pick<Deadline, 'due' | 'completedBy'>,
  review: Pick<Review, 'timeline'>,
  day: IsoDate,
): DeadlineStatus {
  const done = review.timeline[deadline.completedBy];
  if (done !== undefined) {
    const { first, last } = daysOf(done);
    if (first <= day) return last <= deadline.due ? 'met' : 'missed';
  }
  return day <= deadline.due ? 'open' : 'overdue';
}
