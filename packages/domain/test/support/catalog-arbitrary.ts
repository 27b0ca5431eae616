// fast-check arbitraries of valid catalogues, in file form, for the property tests of the
// rules that read catalogues. Not part of the package.
import fc from 'fast-check';
import { addCalendarDays, calendarDaysBetween } from '../../src/calendar/calendar-days';
import type { IsoDate } from '../../src/calendar/iso-date';
import { documentKinds, reviewKinds, timelineSteps } from '../../src/reviews/review-kinds';
import { partnership } from './partnerships';

const FIRST = '2019-01-01';
const LAST = '2030-12-31';

/** A day from 2019 to 2030. */
export const catalogDay = fc
  .integer({ min: 0, max: calendarDaysBetween(FIRST, LAST) })
  .map((offset) => addCalendarDays(FIRST, offset));

/** The day, or its month or year: a publication date of any precision. */
const anyPrecision = (day: string) => fc.constantFrom(day, day.slice(0, 7), day.slice(0, 4));

/** Text a keeper might write, sometimes with details that identify someone. */
const publicText = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 120 }),
    fc.constantFrom(
      'Learning about a baby known as Child A.',
      'Contact 01332 642351 or ddscp@derby.gov.uk.',
      'Seen at DE22 1GT; NHS number 943 476 5919.',
      'Date of birth: 12/03/2019.',
    ),
  )
  .filter((text) => text.trim().length > 0);

const documentInput = (id: string, start: IsoDate) =>
  fc.record(
    {
      id: fc.constant(id),
      kind: fc.constantFrom(...documentKinds),
      title: publicText,
      published: fc
        .integer({ min: 0, max: 900 })
        .chain((days) => anyPrecision(addCalendarDays(start, days))),
      link: fc.constant(`/documents/${id}`),
      retention: fc.record({
        keepFor: fc.oneof(
          fc.record({ years: fc.integer({ min: 1, max: 3 }) }),
          fc.record({ months: fc.integer({ min: 1, max: 18 }) }),
        ),
      }),
    },
    { requiredKeys: ['id', 'kind', 'title', 'link'] },
  );

const reviewInput = (index: number) =>
  fc
    .tuple(
      catalogDay,
      fc.array(fc.integer({ min: 0, max: 60 }), {
        minLength: timelineSteps.length,
        maxLength: timelineSteps.length,
      }),
      fc.subarray([...timelineSteps]),
    )
    .chain(([start, gaps, steps]) => {
      // Steps in order: each date is the previous one plus a gap.
      const timeline: Record<string, IsoDate> = {};
      let day = start;
      timelineSteps.forEach((step, position) => {
        day = addCalendarDays(day, gaps[position] ?? 0);
        if (steps.includes(step)) timeline[step] = day;
      });
      const first = Object.values(timeline)[0] ?? start;
      return fc.record(
        {
          id: fc.constant(`review-${index}`),
          reference: fc.constant(`R${index}`),
          pseudonym: fc.constantFrom('Child A', 'Baby B'),
          kind: fc.constantFrom(...reviewKinds),
          title: publicText,
          summary: publicText,
          themes: fc.array(fc.constantFrom('neglect', 'reunification'), { maxLength: 2 }),
          agencies: fc.subarray(['council', 'icb', 'police']),
          timeline: fc.constant(timeline),
          documents: fc
            .integer({ min: 0, max: 4 })
            .chain((count) =>
              fc.tuple(...Array.from({ length: count }, (_, i) => documentInput(`d${i}`, first))),
            ),
        },
        { requiredKeys: ['id', 'reference', 'kind', 'title', 'timeline', 'documents'] },
      );
    });

/** A valid catalogue file's data: the tests' partnership and up to `maxReviews` reviews. */
export const catalogInput = (maxReviews = 6) =>
  fc
    .integer({ min: 0, max: maxReviews })
    .chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => reviewInput(i))))
    .map((reviews) => ({ partnership: partnership({}), reviews }));
