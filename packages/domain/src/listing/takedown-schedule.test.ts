import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogDay, catalogInput } from '../../test/support/catalog-arbitrary';
import { addCalendarDays } from '../calendar/calendar-days';
import { catalogSchema } from '../catalog/catalog-schema';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { ddscpRetentionPolicy } from '../ddscp/ddscp-retention-policy';
import { InvalidDateError } from '../errors/invalid-date-error';
import { InvalidDurationError } from '../errors/invalid-duration-error';
import type { RetentionPolicy } from '../retention/retention-policy';
import { nspccRepository } from './nspcc-repository';
import { publishedListing } from './published-listing';
import { takedownSchedule } from './takedown-schedule';

describe('takedownSchedule', () => {
  it('says the March 2024 report and summary come down on 1 April 2025, and go to the NSPCC repository', () => {
    const schedule = takedownSchedule(ddscpCatalog, '2025-03-01', '2025-03-31');
    expect(schedule.map((t) => t.documentId)).toEqual(['report', 'multi-agency-progress-summary']);
    expect(schedule[0]).toEqual({
      reviewId: 'theo-tds20',
      reference: 'TDS20',
      documentId: 'report',
      kind: 'report',
      title: 'Child Safeguarding Practice Review Theo (TDS20)',
      link: '/documents/theo-tds20/report',
      path: 'reviews[0].documents[0]',
      published: '2024-03',
      liveUntil: '2025-03-31',
      takeDownOn: '2025-04-01',
      next: nspccRepository,
    });
    expect(nspccRepository.url).toBe(
      'https://learning.nspcc.org.uk/case-reviews/national-case-review-repository',
    );
  });

  it('includes both ends of the window, and leaves undated documents out', () => {
    expect(takedownSchedule(ddscpCatalog, '2025-03-31', '2025-03-31')).toHaveLength(2);
    expect(
      takedownSchedule(ddscpCatalog, '2025-04-01', '2025-07-31').map((t) => t.documentId),
    ).toEqual(['learning-on-one-page']);
    expect(takedownSchedule(ddscpCatalog, '2025-08-01', '2099-12-31')).toEqual([]);
  });

  it('refuses a window that ends before it starts, and dates that are not dates', () => {
    expect(() => takedownSchedule(ddscpCatalog, '2025-04-01', '2025-03-31')).toThrow(
      'takedownSchedule: the window ends on 2025-03-31, before it starts on 2025-04-01; expected from <= to.',
    );
    expect(() => takedownSchedule(ddscpCatalog, '2025-04' as never, '2025-05-01')).toThrow(
      InvalidDateError,
    );
  });
});

describe('takedownSchedule with a policy', () => {
  it('refuses a misspelt or zero period rather than counting it as no time', () => {
    const misspelt = { ...ddscpRetentionPolicy, keepFor: { yeras: 1 } } as RetentionPolicy;
    expect(() => takedownSchedule(ddscpCatalog, '2025-03-01', '2025-03-31', misspelt)).toThrow(
      'Invalid duration {"yeras":1} for policy.keepFor ("yeras" is not a part of a duration)',
    );
    const zero = { ...ddscpRetentionPolicy, keepFor: { years: 0 } };
    expect(() => takedownSchedule({ reviews: [] }, '2025-03-01', '2025-03-31', zero)).toThrow(
      InvalidDurationError,
    );
  });

  it('uses the period it is given', () => {
    const twoYears = { ...ddscpRetentionPolicy, keepFor: { years: 2 } };
    expect(
      takedownSchedule(ddscpCatalog, '2026-03-01', '2026-03-31', twoYears).map((t) => t.liveUntil),
    ).toEqual(['2026-03-31', '2026-03-31']);
  });
});

describe('takedownSchedule, properties', () => {
  const catalogs = catalogInput().map((input) => catalogSchema.parse(input));

  it('splits: the schedule of a window is the schedules of its two halves, in order', () => {
    fc.assert(
      fc.property(catalogs, catalogDay, fc.nat(400), fc.nat(400), (catalog, from, a, b) => {
        const middle = addCalendarDays(from, a);
        const to = addCalendarDays(middle, b + 1);
        expect(takedownSchedule(catalog, from, to)).toEqual([
          ...takedownSchedule(catalog, from, middle),
          ...takedownSchedule(catalog, addCalendarDays(middle, 1), to),
        ]);
      }),
    );
  });

  it('names exactly the documents listed on their last day and gone the day after', () => {
    fc.assert(
      fc.property(catalogs, catalogDay, (catalog, day) => {
        const listed = (on: string) =>
          new Set(
            publishedListing(catalog, on as typeof day).flatMap((r) =>
              r.documents.map((d) => `${r.id}/${d.id}`),
            ),
          );
        const today = listed(day);
        const tomorrow = listed(addCalendarDays(day, 1));
        const leaving = [...today].filter((id) => !tomorrow.has(id)).sort();
        const scheduled = takedownSchedule(catalog, day, day).map(
          (t) => `${t.reviewId}/${t.documentId}`,
        );
        expect(scheduled.sort()).toEqual(leaving);
      }),
    );
  });
});
