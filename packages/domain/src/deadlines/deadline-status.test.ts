import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewWith } from '../../test/support/reviews';
import { addCalendarDays } from '../calendar/calendar-days';
import type { IsoDate } from '../calendar/iso-date';
import { InvalidDateError } from '../errors/invalid-date-error';
import { type DeadlineStatus, deadlineStatus } from './deadline-status';
import { statutoryDeadlines } from './statutory-deadlines';

const notification = (timeline: Record<string, string>) => {
  const review = reviewWith({ becameAware: '2024-12-20', ...timeline });
  const [deadline] = statutoryDeadlines(review);
  if (!deadline) throw new Error('expected a notification deadline');
  return (today: string) => deadlineStatus(deadline, review, today as IsoDate);
};

describe('deadlineStatus', () => {
  it('is open until the due day and overdue after it when the step is not recorded', () => {
    const status = notification({});
    expect(status('2024-12-20')).toBe('open');
    expect(status('2024-12-31')).toBe('open');
    expect(status('2025-01-01')).toBe('overdue');
  });

  it('is met when the step is on or before the due day, missed when after', () => {
    expect(notification({ notifiedPanel: '2024-12-31' })('2025-06-01')).toBe('met');
    expect(notification({ notifiedPanel: '2025-01-02' })('2025-06-01')).toBe('missed');
  });

  it('does not count a step dated in the future: it is a plan, not a step taken', () => {
    const status = notification({ notifiedPanel: '2024-12-30' });
    expect(status('2024-12-27')).toBe('open');
    expect(status('2024-12-30')).toBe('met');
  });

  it('counts a publication known only to the month as its last day: met only when certainly met', () => {
    const review = reviewWith({ decisionToCommission: '2024-09-15', published: '2025-03' });
    const [publication] = statutoryDeadlines(review);
    expect(publication?.due).toBe('2025-03-15');
    expect(publication && deadlineStatus(publication, review, '2025-06-01')).toBe('missed');
    const earlier = reviewWith({ decisionToCommission: '2024-09-15', published: '2025-02' });
    expect(publication && deadlineStatus(publication, earlier, '2025-06-01')).toBe('met');
  });

  it('refuses a today that is not a date', () => {
    expect(() => notification({})('31/12/2024')).toThrow(InvalidDateError);
  });

  it('only moves forwards: open, then met, missed or overdue; overdue only to missed', () => {
    const next: Record<DeadlineStatus, DeadlineStatus[]> = {
      open: ['open', 'met', 'missed', 'overdue'],
      overdue: ['overdue', 'missed'],
      met: ['met'],
      missed: ['missed'],
    };
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 20 })),
        fc.integer({ min: -5, max: 40 }),
        fc.integer({ min: 1, max: 30 }),
        (notifiedAfter, from, step) => {
          const status = notification(
            notifiedAfter === null
              ? {}
              : { notifiedPanel: addCalendarDays('2024-12-20', notifiedAfter) },
          );
          const today = addCalendarDays('2024-12-20', from);
          expect(next[status(today)]).toContain(status(addCalendarDays(today, step)));
        },
      ),
    );
  });
});
