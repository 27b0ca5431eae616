import { describe, expect, it } from 'vitest';
import { InvalidDurationError } from '../calendar/invalid-duration-error';
import { retentionOf } from './retention-of';
import {
  ddscpRetentionPolicy,
  InvalidRetentionPolicyError,
  type RetentionPolicy,
} from './retention-policy';

const withPolicy = (policy: unknown) => () =>
  retentionOf('2024-03-15', '2024-06-01', policy as RetentionPolicy);

describe('ddscpRetentionPolicy', () => {
  it('is one year, counted from the latest day, warning 30 days ahead', () => {
    expect(ddscpRetentionPolicy).toEqual({
      keepFor: { years: 1 },
      partialDates: 'latest',
      warnWithinDays: 30,
    });
  });

  it('cannot be changed by one caller under another', () => {
    expect(Object.isFrozen(ddscpRetentionPolicy)).toBe(true);
    expect(Object.isFrozen(ddscpRetentionPolicy.keepFor)).toBe(true);
    expect(() => {
      (ddscpRetentionPolicy.keepFor as { years: number }).years = 5;
    }).toThrow(TypeError);
  });
});

describe('an unusable retention policy', () => {
  it('is refused with the field, what was found and what is expected', () => {
    expect(withPolicy({ ...ddscpRetentionPolicy, partialDates: 'middle' })).toThrow(
      new InvalidRetentionPolicyError('partialDates', 'middle', "'latest' or 'earliest'"),
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, partialDates: 'middle' })).toThrow(
      `Invalid retention policy: partialDates is "middle"; expected 'latest' or 'earliest'.`,
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, warnWithinDays: -1 })).toThrow(
      'Invalid retention policy: warnWithinDays is -1; expected a whole number of days from 0, e.g. 30.',
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, warnWithinDays: '30' })).toThrow(
      'warnWithinDays is "30"',
    );
    expect(withPolicy(null)).toThrow('Invalid retention policy: the policy is null');
  });

  it('refuses a keepFor that is not whole, non-negative calendar units', () => {
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: { hours: 12 } })).toThrow(
      InvalidDurationError,
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: { hours: 12 } })).toThrow(
      'Invalid duration {"hours":12} for policy.keepFor (hours are not calendar days)',
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: { years: -1 } })).toThrow(
      'years must not be negative',
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: { months: 1.5 } })).toThrow(
      'months must be a whole number',
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: undefined })).toThrow(
      'Invalid duration undefined for policy.keepFor',
    );
  });

  it('is a named error callers can branch on', () => {
    try {
      withPolicy({ ...ddscpRetentionPolicy, warnWithinDays: 1.5 })();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidRetentionPolicyError);
      expect(error).toMatchObject({ name: 'InvalidRetentionPolicyError', field: 'warnWithinDays' });
    }
    expect.assertions(2);
  });
});
