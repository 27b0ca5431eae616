import type { Duration } from 'date-fns';
import type { IsoDate } from '../calendar/iso-date';
import { type Retention, retentionOf } from '../retention/retention-of';
import type { RetentionPolicy } from '../retention/retention-policy';
import type { ReviewDocument } from '../reviews/review-document-schema';

/**
 * A document's retention on `today` under `policy`, or under its own `keepFor` when it has
 * one; `undefined` when its publication date is not known. @internal
 */
export function documentRetention(
  document: Pick<ReviewDocument, 'published' | 'retention'>,
  today: IsoDate,
  policy: RetentionPolicy,
): Retention | undefined {
  if (document.published === undefined) return undefined;
  // A parsed keepFor leaves out the parts it does not have, which is what Duration means.
  const own = document.retention?.keepFor as Duration | undefined;
  return retentionOf(document.published, today, own ? { ...policy, keepFor: own } : policy);
}
