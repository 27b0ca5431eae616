// The rules a review must keep across its fields, in one place for the schema and for
// anyone checking a review built in code. Plain data in, plain problems out: no zod here.
import type { IsoDate } from '../calendar/iso-date';
import { daysOf, lastDayOf } from '../calendar/partial-date';
import { timelineStepNames, timelineSteps } from './review-kinds';
import type { Review } from './review-schema';

/** A rule a review breaks: where (relative to the review) and what is wrong. @internal */
export interface ReviewProblem {
  readonly path: (string | number)[];
  readonly message: string;
}

const ORDER =
  'became aware, notified the Panel, rapid review completed, commissioned, completed, sent to the Panel and DfE, published';

/**
 * The cross-field rules `review` breaks: lifecycle dates out of order, documents published
 * before the review began, two documents with one id. A date known only to the month or
 * year breaks a rule only when every day it can mean does. @internal
 */
export function reviewProblems(review: Pick<Review, 'timeline' | 'documents'>): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  let latest: { step: (typeof timelineSteps)[number]; day: IsoDate } | undefined;
  let began: typeof latest;
  for (const step of timelineSteps) {
    const date = review.timeline[step];
    if (date === undefined) continue;
    const { first: day, last } = daysOf(date);
    if (latest && last < latest.day) {
      problems.push({
        path: ['timeline', step],
        message: `${date} is before ${latest.day}, the day ${timelineStepNames[latest.step]}: the dates go in the order ${ORDER}.`,
      });
    }
    if (!latest || day > latest.day) latest = { step, day };
    if (!began || day < began.day) began = { step, day };
  }
  const firstIndex = new Map<string, number>();
  review.documents.forEach((document, index) => {
    const first = firstIndex.get(document.id);
    if (first === undefined) firstIndex.set(document.id, index);
    else {
      problems.push({
        path: ['documents', index, 'id'],
        message: `documents[${index}] has the id "${document.id}" of documents[${first}]: document ids must be unique within a review.`,
      });
    }
    if (began && document.published !== undefined && lastDayOf(document.published) < began.day) {
      problems.push({
        path: ['documents', index, 'published'],
        message: `${document.published} is before the review began (${began.day}, the day ${timelineStepNames[began.step]}): a document cannot be published before its review exists.`,
      });
    }
  });
  return problems;
}
