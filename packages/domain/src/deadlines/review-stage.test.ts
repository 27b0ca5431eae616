import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewWith } from '../../test/support/reviews';
import { addCalendarDays } from '../calendar/calendar-days';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { type ReviewStage, reviewStage } from './review-stage';

const timeline = {
  becameAware: '2024-01-10',
  notifiedPanel: '2024-01-15',
  rapidReviewCompleted: '2024-02-02',
  decisionToCommission: '2024-02-20',
  completed: '2024-09-30',
  sentToPanel: '2024-10-07',
  published: '2024-10-21',
};

describe('reviewStage', () => {
  it('follows a local review through its lifecycle, with the day each stage began', () => {
    const review = reviewWith(timeline);
    const on = (today: string) => reviewStage(review, today as `${number}-${number}-${number}`);
    expect(on('2024-01-09')).toEqual({ stage: 'not-started' });
    expect(on('2024-01-10')).toEqual({ stage: 'awaiting-notification', since: '2024-01-10' });
    expect(on('2024-01-15')).toEqual({ stage: 'rapid-review', since: '2024-01-15' });
    expect(on('2024-02-02')).toEqual({ stage: 'awaiting-decision', since: '2024-02-02' });
    expect(on('2024-02-20')).toEqual({ stage: 'in-review', since: '2024-02-20' });
    expect(on('2024-09-30')).toEqual({ stage: 'awaiting-publication', since: '2024-09-30' });
    expect(on('2024-10-07')).toEqual({ stage: 'awaiting-publication', since: '2024-10-07' });
    expect(on('2024-10-21')).toEqual({ stage: 'published', since: '2024-10-21' });
  });

  it('ends a rapid review with no local review as completed, not awaiting a decision', () => {
    const { becameAware, notifiedPanel, rapidReviewCompleted } = timeline;
    const review = reviewWith({ becameAware, notifiedPanel, rapidReviewCompleted }, 'rapid-review');
    expect(reviewStage(review, '2024-03-01')).toEqual({ stage: 'completed', since: '2024-02-02' });
  });

  it('counts a publication known to the month from its first day: Theo is published from March 2024', () => {
    const theo = ddscpCatalog.reviews[0] ?? reviewWith({});
    expect(reviewStage(theo, '2024-02-29')).toEqual({ stage: 'not-started' });
    expect(reviewStage(theo, '2024-03-01')).toEqual({ stage: 'published', since: '2024-03' });
  });

  it('only moves forwards as the days pass', () => {
    const order: ReviewStage[] = [
      'not-started',
      'awaiting-notification',
      'rapid-review',
      'awaiting-decision',
      'in-review',
      'awaiting-publication',
      'published',
    ];
    const review = reviewWith(timeline);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: 0, max: 60 }),
        (from, step) => {
          const today = addCalendarDays('2024-01-01', from);
          const before = order.indexOf(reviewStage(review, today).stage);
          const after = order.indexOf(reviewStage(review, addCalendarDays(today, step)).stage);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });
});
