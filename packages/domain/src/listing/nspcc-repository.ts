// Where published case reviews go once they leave a partnership's website.
import { deepFreeze } from '../internal/deep-freeze';

/** Where a document is kept once it comes down from the partnership's website. */
export interface ArchiveDestination {
  readonly name: string;
  readonly url: string;
  /** What it keeps, and for how long. */
  readonly keeps: string;
}

/**
 * The NSPCC national case review repository, where published case reviews are kept after
 * they leave a partnership's website: an electronic copy for five years, then the
 * catalogue record (per report: an accession number, title, partnership, author, date and
 * a summary).
 */
export const nspccRepository: ArchiveDestination = /*@__PURE__*/ deepFreeze({
  name: 'NSPCC national case review repository',
  url: 'https://learning.nspcc.org.uk/case-reviews/national-case-review-repository',
  keeps: 'an electronic copy for five years, then the catalogue record',
});
