import type { IdentifyingDetailKind } from './identifying-detail-kind';

/**
 * A phrase for each kind of identifying detail, to start a sentence that tells an editor
 * what was found ("A UK postcode (…) at character 9"). One list, so that every check that
 * reports {@link checkAnonymity}'s findings names them alike.
 */
export const identifyingDetailLabels: Readonly<Record<IdentifyingDetailKind, string>> = {
  'nhs-number': 'An NHS number',
  'ni-number': 'A National Insurance number',
  upn: 'A Unique Pupil Number',
  'phone-number': 'A UK telephone number',
  postcode: 'A UK postcode',
  email: 'An email address',
  'date-of-birth': 'A date of birth',
  address: 'A street address',
  'known-name': 'A name on the list of known names',
};
