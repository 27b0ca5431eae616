/**
 * How much a {@link Finding} matters: an `'error'` makes what is published wrong or unsafe
 * (a detail that could identify a child, a report past its retention, a file that is not a
 * catalogue); a `'warning'` is for the team to look at.
 */
export type FindingSeverity = 'error' | 'warning';

/**
 * Where a {@link Finding} is: the keys and indexes from the top of what was checked, as zod
 * writes paths (`['reviews', 0, 'documents', 2, 'published']`), empty for the whole input.
 * Kept as data and put into words only where it is shown (`reviews[0].documents[2].published`).
 */
export type FindingPath = readonly (string | number)[];

/**
 * A problem a check found, in the one shape every check of this package reports: parsing a
 * catalogue, linting it, validating the partnership and looking for identifying details.
 * `code` is stable (programs branch on it); `message` is a sentence for the person who
 * keeps the data: what is wrong and what to do.
 */
export interface Finding<Code extends string = string> {
  readonly severity: FindingSeverity;
  readonly code: Code;
  readonly path: FindingPath;
  readonly message: string;
}
