// The rules a partner must keep on its own, in one place for the schema and for
// validatePartnership. Plain data in, plain problems out: no zod here.
import { statutoryPartnerKinds } from './partner-kind';
import type { Partner } from './partner-schema';

/** A rule a partner breaks: the field (relative to the partner) and what is wrong. @internal */
export interface PartnerProblem {
  readonly code: 'invalid-role' | 'invalid-period' | 'invalid-successor';
  readonly field: 'role' | 'validTo' | 'successorId';
  readonly message: string;
}

/** The rules `partner` breaks, if any. @internal */
export function partnerProblems(
  partner: Pick<Partner, 'id' | 'kind' | 'role' | 'validFrom' | 'validTo' | 'successorId'>,
): PartnerProblem[] {
  const problems: PartnerProblem[] = [];
  if (partner.role === 'statutory-partner' && !statutoryPartnerKinds.includes(partner.kind)) {
    problems.push({
      code: 'invalid-role',
      field: 'role',
      message: `A ${partner.kind} cannot be a statutory partner: only the local authority, the integrated care board (before July 2022 the CCG) and the police are; use "relevant-agency".`,
    });
  }
  if (partner.validFrom && partner.validTo && partner.validTo < partner.validFrom) {
    problems.push({
      code: 'invalid-period',
      field: 'validTo',
      message: `validTo ${partner.validTo} is before validFrom ${partner.validFrom}.`,
    });
  }
  if (partner.successorId !== undefined && partner.successorId === partner.id) {
    problems.push({
      code: 'invalid-successor',
      field: 'successorId',
      message: `A partner cannot be its own successor ("${partner.id}").`,
    });
  }
  return problems;
}
