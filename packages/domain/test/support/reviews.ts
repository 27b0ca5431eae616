// Builds small reviews and catalogues for tests, as the JSON a catalogue file would hold:
// a valid review that each test changes where it needs to. Not part of the package.

import { type Review, reviewSchema } from '../../src/reviews/review-schema';
import { partnership } from './partnerships';

/** A valid review in catalogue-file form, with `changes` applied on top. */
export function reviewInput(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'example',
    reference: 'EX1',
    pseudonym: 'Child A',
    kind: 'lcspr',
    title: 'Child Safeguarding Practice Review: Child A (EX1)',
    summary: 'A review used by the tests.',
    documents: [
      {
        id: 'report',
        kind: 'report',
        title: 'Report',
        published: '2024-03',
        link: '/documents/ex1/report',
      },
    ],
    ...changes,
  };
}

/** A valid document in catalogue-file form, with `changes` applied on top. */
export function documentInput(changes: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: 'report', kind: 'report', title: 'Report', link: '/documents/report', ...changes };
}

/** A catalogue in file form: the tests' partnership (partners council, icb, police) and `reviews`. */
export function catalogInput(reviews: unknown[]): Record<string, unknown> {
  return { partnership: partnership({}), reviews };
}

/** A parsed review of `kind` with `timeline`, for the rules' tests. */
export function reviewWith(timeline: Record<string, string>, kind = 'lcspr'): Review {
  return reviewSchema.parse(reviewInput({ kind, timeline, documents: [] }));
}
