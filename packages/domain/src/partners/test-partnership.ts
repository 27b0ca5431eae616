// Builds small partnerships for tests: three statutory partners with no dates, plus
// whatever a test adds or overrides. Not exported from the package.
import type { IsoDate } from '../calendar/iso-date';
import type { Partner } from './partner-schema';
import type { Partnership } from './partnership-schema';

type PartnerInput = Partial<Omit<Partner, 'validFrom' | 'validTo'>> & {
  id: string;
  validFrom?: string;
  validTo?: string;
};

export function partner(input: PartnerInput): Partner {
  return {
    name: input.id,
    kind: 'nhs-trust',
    role: 'relevant-agency',
    codes: {},
    logo: { alt: input.id },
    ...input,
  } as Partner;
}

export function partnership({
  partners = [],
  validFrom,
  replaceStatutory = false,
}: {
  partners?: PartnerInput[];
  validFrom?: string;
  replaceStatutory?: boolean;
}): Partnership {
  const statutory = replaceStatutory
    ? []
    : [
        partner({ id: 'council', kind: 'local-authority', role: 'statutory-partner' }),
        partner({ id: 'icb', kind: 'integrated-care-board', role: 'statutory-partner' }),
        partner({ id: 'police', kind: 'police', role: 'statutory-partner' }),
      ];
  return {
    id: 'test',
    name: 'Test Safeguarding Children Partnership',
    contact: {
      address: { lines: ['1 High Street', 'Derby'], postcode: 'DE1 1AA' },
      telephone: '01332 000000',
      email: 'test@example.org',
    },
    ...(validFrom ? { validFrom: validFrom as IsoDate } : {}),
    partners: [...statutory, ...partners.map(partner)],
  };
}
