// Builds small partnerships for tests: the three statutory partners (council, icb, police)
// with no dates, each of which a test can change or remove, plus any other partners.
// Not part of the package.
import type { IsoDate } from '../../src/calendar/iso-date';
import type { Partner } from '../../src/partners/partner-schema';
import type { Partnership } from '../../src/partners/partnership-schema';

type PartnerInput = Partial<Omit<Partner, 'validFrom' | 'validTo'>> & {
  id: string;
  validFrom?: string;
  validTo?: string;
};

type StatutoryId = 'council' | 'icb' | 'police';

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

const statutoryPartners: Record<StatutoryId, PartnerInput> = {
  council: { id: 'council', kind: 'local-authority', role: 'statutory-partner' },
  icb: { id: 'icb', kind: 'integrated-care-board', role: 'statutory-partner' },
  police: { id: 'police', kind: 'police', role: 'statutory-partner' },
};

export function partnership({
  partners = [],
  validFrom,
  statutory = {},
}: {
  partners?: PartnerInput[];
  validFrom?: string;
  /** Changes to a statutory partner, or `null` to leave it out. */
  statutory?: Partial<Record<StatutoryId, Partial<PartnerInput> | null>>;
}): Partnership {
  const lead = (Object.keys(statutoryPartners) as StatutoryId[]).flatMap((id) => {
    const change = statutory[id];
    return change === null ? [] : [{ ...statutoryPartners[id], ...change }];
  });
  return {
    id: 'test',
    name: 'Test Safeguarding Children Partnership',
    contact: {
      address: { lines: ['1 High Street', 'Derby'], postcode: 'DE1 1AA' },
      telephone: '01332 000000',
      email: 'test@example.org',
    },
    ...(validFrom ? { validFrom: validFrom as IsoDate } : {}),
    partners: [...lead, ...partners].map(partner),
  };
}
