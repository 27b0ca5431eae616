import { calendarParts } from '../calendar/add-calendar-duration';
import type { CalendarDuration } from '../calendar/calendar-duration';
import type { IsoDate } from '../calendar/iso-date';
import { partialDate } from '../calendar/partial-date';
import { type Retention, retentionUnder } from '../retention/retention-of';
import {
  checkRetentionPolicy,
  keepForPeriod,
  type RetentionPolicy,
} from '../retention/retention-policy';
import type { ReviewDocument } from '../reviews/review-document-schema';

/** The policy for one document: `policy`, with the document's own `keepFor` if it has one. @internal */
export function documentPolicy(
  document: Pick<ReviewDocument, 'retention'>,
  policy: RetentionPolicy,
): RetentionPolicy {
  // A parsed keepFor leaves out the parts it does not have, which is what a CalendarDuration means.
  const own = document.retention?.keepFor as CalendarDuration | undefined;
  return own ? { ...policy, keepFor: own } : policy;
}

/**
 * A function giving each document's retention on `today` under {@link documentPolicy}, or
 * `undefined` when its publication date is not known. The policy is checked once, here;
 * retention is worked out once per publication date and period, since a catalogue of
 * thousands of documents has far fewer distinct dates. @internal
 */
export function documentRetentions(
  today: IsoDate,
  policy: RetentionPolicy,
): (document: Pick<ReviewDocument, 'id' | 'published' | 'retention'>) => Retention | undefined {
  const checked = checkRetentionPolicy(policy);
  const known = new Map<string, Retention>();
  return (document) => {
    if (document.published === undefined) return undefined;
    const own = document.retention?.keepFor;
    const key = own ? `${document.published} ${JSON.stringify(own)}` : document.published;
    let retention = known.get(key);
    if (!retention) {
      const period = own
        ? calendarParts(own, `retention.keepFor of document "${document.id}"`, keepForPeriod)
        : checked;
      const published = partialDate(document.published, `published of document "${document.id}"`);
      retention = retentionUnder(published, today, { ...checked, ...period });
      known.set(key, retention);
    }
    return retention;
  };
}
