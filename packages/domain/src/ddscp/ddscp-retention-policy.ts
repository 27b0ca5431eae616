// The partnership's own retention policy, as its review page states it.
import { deepFreeze } from '../internal/deep-freeze';
import type { RetentionPolicy } from '../retention/retention-policy';

/**
 * The Derby and Derbyshire Safeguarding Children Partnership's policy: reports stay on the
 * website for one year from the date of publication (local policy, stated on its review
 * page), partial dates count from their latest day, with a warning in the last 30 days.
 */
export const ddscpRetentionPolicy: RetentionPolicy = /*@__PURE__*/ deepFreeze({
  keepFor: { years: 1 },
  partialDates: 'latest',
  warnWithinDays: 30,
});
