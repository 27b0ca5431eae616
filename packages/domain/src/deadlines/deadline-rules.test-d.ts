import { describe, expectTypeOf, it } from 'vitest';
import type {
  CalendarPeriodRule,
  DeadlineKind,
  DeadlineRules,
  defaultDeadlineRules,
  WorkingDaysRule,
} from './deadline-rules';

describe('the types read off the deadline table', () => {
  it('names every deadline kind', () => {
    expectTypeOf<DeadlineKind>().toEqualTypeOf<
      'panel-notification' | 'rapid-review' | 'lcspr-publication' | 'pre-publication-notice'
    >();
  });

  it('gives each rule its own kind of period, or null to turn it off', () => {
    expectTypeOf<DeadlineRules>().toEqualTypeOf<{
      readonly panelNotification: WorkingDaysRule | null;
      readonly rapidReview: WorkingDaysRule | null;
      readonly lcsprPublication: CalendarPeriodRule | null;
      readonly prePublicationNotice: WorkingDaysRule | null;
    }>();
    expectTypeOf<
      (typeof defaultDeadlineRules)['lcsprPublication']
    >().toEqualTypeOf<CalendarPeriodRule>();
  });
});
