import { addCalendarDays } from '../calendar/calendar-days';
import type { IsoDate } from '../calendar/iso-date';
import type { Finding } from '../findings/finding';
import type { FindingCodeOf } from '../findings/finding-codes';
import type { PartnerKind } from './partner-kind';
import { partnerProblems } from './partner-rules';
import type { Partner } from './partner-schema';
import { isActiveOn } from './partners-on';
import type { Partnership } from './partnership-schema';

/** The codes {@link validatePartnership} reports (see `findingCodes`). */
export type PartnershipFindingCode = FindingCodeOf<'validatePartnership'>;

/**
 * A problem in a partnership's data, as every check reports one ({@link Finding}); for a
 * missing statutory partner, also when: `from` and `to`.
 */
export interface PartnershipFinding extends Finding<PartnershipFindingCode> {
  /** For a missing statutory partner: the first day it is missing (absent: from the start). */
  readonly from?: IsoDate;
  /** For a missing statutory partner: the last day it is missing (absent: still missing). */
  readonly to?: IsoDate;
}

/** @deprecated Use {@link PartnershipFindingCode}. */
export type PartnershipIssueCode = PartnershipFindingCode;

/** @deprecated Use {@link PartnershipFinding}: the same shape, now with a `severity`. */
export type PartnershipIssue = PartnershipFinding;

/**
 * The three statutory seats of a partnership (Working Together to Safeguard Children 2023)
 * and the kinds that can fill each.
 */
const statutorySeats: readonly { name: string; kinds: readonly PartnerKind[] }[] = [
  { name: 'local authority', kinds: ['local-authority'] },
  {
    name: 'integrated care board (or, before July 2022, clinical commissioning group)',
    kinds: ['integrated-care-board', 'clinical-commissioning-group'],
  },
  { name: 'police', kinds: ['police'] },
];

/**
 * The problems in a partnership's data, as {@link Finding}s (all errors), in order of the partners they concern: two
 * partners with one id, a successor that is not another partner, a statutory role for a
 * kind that cannot have it, a period that ends before it starts, and every stretch of days
 * (from the partnership's start) on which a statutory seat — local authority, integrated
 * care board or police — has no partner in it. An empty list means none.
 *
 * Run it when partners change: a merger entered with the wrong dates shows up as a gap.
 *
 * @example
 * validatePartnership(ddscp); // []
 */
export function validatePartnership(partnership: Partnership): PartnershipFinding[] {
  const ownIssues = partnership.partners.flatMap((partner, index) =>
    partnerProblems(partner).map(
      (problem): PartnershipFinding => ({
        severity: 'error',
        code: problem.code,
        path: ['partners', index, problem.field],
        message: `partners[${index}] (${partner.id}): ${problem.message}`,
      }),
    ),
  );
  return [
    ...ownIssues,
    ...integrityIssues(partnership.partners),
    ...missingStatutoryPartners(partnership),
  ];
}

/** Duplicate ids and successors that are not in the list: what makes the data unusable. @internal */
export function integrityIssues(partners: readonly Partner[]): PartnershipFinding[] {
  const issues: PartnershipFinding[] = [];
  const firstIndex = new Map<string, number>();
  partners.forEach((partner, index) => {
    const first = firstIndex.get(partner.id);
    if (first === undefined) firstIndex.set(partner.id, index);
    else {
      issues.push({
        severity: 'error',
        code: 'duplicate-id',
        path: ['partners', index, 'id'],
        message: `partners[${index}] has the id "${partner.id}" of partners[${first}]: ids must be unique.`,
      });
    }
  });
  partners.forEach((partner, index) => {
    if (partner.successorId !== undefined && !firstIndex.has(partner.successorId)) {
      issues.push({
        severity: 'error',
        code: 'invalid-successor',
        path: ['partners', index, 'successorId'],
        message: `partners[${index}] (${partner.id}) names the successor "${partner.successorId}", which is not a partner in this partnership.`,
      });
    }
  });
  return issues;
}

/** Every stretch of days on which a statutory seat is empty. */
function missingStatutoryPartners(partnership: Partnership): PartnershipFinding[] {
  const statutory = partnership.partners.filter((partner) => partner.role === 'statutory-partner');
  const starts = periodStarts(partnership);
  const issues: PartnershipFinding[] = [];
  for (const seat of statutorySeats) {
    const filled = starts.map((start) =>
      statutory.some(
        (partner) =>
          seat.kinds.includes(partner.kind) &&
          (start === undefined ? partner.validFrom === undefined : isActiveOn(partner, start)),
      ),
    );
    for (let first = 0; first < starts.length; first++) {
      if (filled[first]) continue;
      let last = first;
      while (last + 1 < starts.length && !filled[last + 1]) last++;
      const next = starts[last + 1];
      issues.push(gapIssue(seat.name, starts[first], next && addCalendarDays(next, -1)));
      first = last;
    }
  }
  return issues;
}

/**
 * The first days of the periods in which no partner joins or leaves, from the
 * partnership's start; `undefined` first when it has no start date ("from the beginning").
 */
function periodStarts(partnership: Partnership): (IsoDate | undefined)[] {
  const days = new Set<IsoDate>();
  if (partnership.validFrom) days.add(partnership.validFrom);
  for (const partner of partnership.partners) {
    if (partner.validFrom) days.add(partner.validFrom);
    if (partner.validTo && partner.validTo < LAST_DAY)
      days.add(addCalendarDays(partner.validTo, 1));
  }
  const { validFrom } = partnership;
  const sorted = [...days].filter((day) => validFrom === undefined || day >= validFrom).sort();
  return validFrom === undefined ? [undefined, ...sorted] : sorted;
}

const LAST_DAY = '9999-12-31';

function gapIssue(
  seat: string,
  from: IsoDate | undefined,
  to: IsoDate | undefined,
): PartnershipFinding {
  const when =
    from === undefined
      ? to === undefined
        ? 'at any time'
        : `up to ${to}`
      : to === undefined
        ? `from ${from} on`
        : `from ${from} to ${to}`;
  return {
    severity: 'error',
    code: 'missing-statutory-partner',
    path: ['partners'],
    message: `No statutory ${seat} partner ${when}: the local authority, the integrated care board and the police are the three statutory safeguarding partners.`,
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}
