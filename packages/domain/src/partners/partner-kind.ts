/**
 * The kinds of organisation in a safeguarding partnership. `clinical-commissioning-group`
 * is kept for history: CCGs held the health seat until integrated care boards replaced
 * them on 1 July 2022.
 */
export const partnerKinds = [
  'local-authority',
  'police',
  'integrated-care-board',
  'clinical-commissioning-group',
  'nhs-trust',
  'cafcass',
  'probation',
  'education',
  'other',
] as const;

/** A kind of partner organisation; see {@link partnerKinds}. */
export type PartnerKind = (typeof partnerKinds)[number];

/**
 * A partner's place in the partnership: one of the statutory (lead) safeguarding partners,
 * or a relevant agency the partners have named to work with them.
 */
export const partnerRoles = ['statutory-partner', 'relevant-agency'] as const;

/** A partner's role; see {@link partnerRoles}. */
export type PartnerRole = (typeof partnerRoles)[number];

/**
 * The kinds that can be statutory safeguarding partners: the local authority, the
 * integrated care board (before July 2022, the clinical commissioning group) and the chief
 * officer of police (Children Act 2004 s16E; Working Together to Safeguard Children 2023).
 * Every other kind is a relevant agency.
 */
export const statutoryPartnerKinds: readonly PartnerKind[] = [
  'local-authority',
  'integrated-care-board',
  'clinical-commissioning-group',
  'police',
];
