import { type IsoDate, type IsoDateInput, isoDate } from '../calendar/iso-date';
import type { Partner } from './partner-schema';
import type { Partnership } from './partnership-schema';

/**
 * The partners of a partnership on a day: those whose `validFrom`/`validTo` (both
 * inclusive, either open) include it, in the partnership's order. Before the partnership's
 * own `validFrom` there are none.
 *
 * Use it to show the partners as they were when a review was commissioned or published,
 * since organisations merge and rename (CCGs became ICBs on 1 July 2022).
 *
 * @throws {InvalidDateError} when `date` is not a real `YYYY-MM-DD` day.
 * @example
 * partnersOn(ddscp, '2022-06-30').some((p) => p.kind === 'clinical-commissioning-group'); // true
 * partnersOn(ddscp, '2022-07-01').some((p) => p.kind === 'clinical-commissioning-group'); // false
 */
export function partnersOn(partnership: Partnership, date: IsoDateInput): Partner[] {
  const day = isoDate(date, 'partnersOn(date)');
  if (partnership.validFrom !== undefined && day < partnership.validFrom) return [];
  return partnership.partners.filter((partner) => isActiveOn(partner, day));
}

/** Whether a partner's period includes `day`. @internal */
export function isActiveOn(partner: Pick<Partner, 'validFrom' | 'validTo'>, day: IsoDate): boolean {
  return (
    (partner.validFrom === undefined || partner.validFrom <= day) &&
    (partner.validTo === undefined || day <= partner.validTo)
  );
}
