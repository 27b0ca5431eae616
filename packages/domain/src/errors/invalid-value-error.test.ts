import { describe, expect, it } from 'vitest';
import { addCalendarDuration } from '../calendar/add-calendar-duration';
import { isoDate } from '../calendar/iso-date';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import { defaultDeadlineRules } from '../deadlines/deadline-rules';
import { statutoryDeadlines } from '../deadlines/statutory-deadlines';
import { retentionOf } from '../retention/retention-of';
import { bankHolidaysIn } from '../working-days/bank-holidays';
import { InvalidDateError } from './invalid-date-error';
import { InvalidDeadlineRuleError } from './invalid-deadline-rule-error';
import { InvalidDurationError } from './invalid-duration-error';
import { InvalidRetentionPolicyError } from './invalid-retention-policy-error';
import { InvalidValueError } from './invalid-value-error';
import { UnsupportedYearError } from './unsupported-year-error';

/** The error `run` throws. */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected it to throw');
}

const review = { kind: 'lcspr' as const, timeline: { becameAware: isoDate('2024-12-20') } };

describe('the errors for values the package cannot use', () => {
  it.each([
    [
      InvalidDateError,
      () => isoDate('31/03/2024', 'published'),
      { field: 'published', found: '31/03/2024' },
    ],
    [
      InvalidDurationError,
      () => addCalendarDuration('2024-01-01', JSON.parse('{ "yeras": 1 }')),
      { field: 'addCalendarDuration(duration)', found: { yeras: 1 } },
    ],
    [
      InvalidRetentionPolicyError,
      () => retentionOf('2024-03', '2025-01-01', { ...ddscpRetentionPolicy, warnWithinDays: -1 }),
      { field: 'warnWithinDays', found: -1 },
    ],
    [
      InvalidDeadlineRuleError,
      () =>
        statutoryDeadlines(review, {
          rapidReview: { ...defaultDeadlineRules.rapidReview, workingDays: 0 },
        }),
      { field: 'rapidReview.workingDays', found: 0 },
    ],
    [UnsupportedYearError, () => bankHolidaysIn(2100), { found: 2100 }],
  ])(
    '%o is an InvalidValueError (and a RangeError) that names the field, what was found and what was expected',
    (kind, run, details) => {
      const error = thrown(run) as InvalidValueError;
      expect(error).toBeInstanceOf(kind);
      expect(error).toBeInstanceOf(InvalidValueError);
      expect(error).toBeInstanceOf(RangeError);
      expect(error.name).toBe(kind.name);
      expect(error).toMatchObject(details);
      expect(error.expected.length).toBeGreaterThan(0);
      expect(error.message).toContain(error.expected);
    },
  );
});
