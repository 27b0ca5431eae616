import { describe, expect, it } from 'vitest';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import { InvalidDurationError } from '../errors/invalid-duration-error';
import { InvalidRetentionPolicyError } from '../errors/invalid-retention-policy-error';
import { retentionOf } from './retention-of';
import type { RetentionPolicy } from './retention-policy';

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
      '(years is -1: a period cannot be negative)',
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: { months: 1.5 } })).toThrow(
      '(months is 1.5, not a whole number)',
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: { years: Infinity } })).toThrow(
      '(years is Infinity, not a whole number)',
    );
    expect(withPolicy({ ...ddscpRetentionPolicy, keepFor: undefined })).toThrow(
      'Invalid duration undefined for policy.keepFor',
    );
  });

  it('refuses a misspelt part of keepFor, which would otherwise count as no time at all', () => {
    const policy = { keepFor: { yeras: 1 }, partialDates: 'latest', warnWithinDays: 30 };
    expect(() => retentionOf('2024-03', '2025-03-31', policy as RetentionPolicy)).toThrow(
      'Invalid duration {"yeras":1} for policy.keepFor ("yeras" is not a part of a duration): expected whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }.',
    );
    for (const keepFor of [{ year: 1 }, { Years: 1 }, { years: 1, monhts: 6 }]) {
      expect(withPolicy({ ...ddscpRetentionPolicy, keepFor })).toThrow(InvalidDurationError);
    }
  });

  it('refuses a keepFor of zero: a document shown on its day of publication only is a mistake', () => {
    for (const keepFor of [{}, { years: 0 }, { years: 0, months: 0, weeks: 0, days: 0 }]) {
      expect(withPolicy({ ...ddscpRetentionPolicy, keepFor })).toThrow(
        `Invalid duration ${JSON.stringify(keepFor)} for policy.keepFor (a zero period would show a document on its day of publication only): expected whole years, months, weeks and days, e.g. { years: 1 } or { months: 6 }.`,
      );
    }
    expect(
      retentionOf('2024-03-15', '2024-03-16', { ...ddscpRetentionPolicy, keepFor: { days: 1 } }),
    ).toMatchObject({ liveUntil: '2024-03-16', status: 'expiring' });
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
