/**
 * The kinds of detail {@link checkAnonymity} finds, in the order it prefers them when two
 * of the same length overlap.
 */
export type IdentifyingDetailKind =
  | 'nhs-number'
  | 'ni-number'
  | 'upn'
  | 'phone-number'
  | 'postcode'
  | 'email'
  | 'date-of-birth'
  | 'address'
  | 'known-name';
