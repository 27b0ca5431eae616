// Every code a check of this package reports, with its severity and what it means, in one
// table: the types are read off it, and the README's table of codes is checked against it.
import type { FindingSeverity } from './finding';

/** What a code means and how much it matters. */
export interface FindingCodeInfo {
  readonly severity: FindingSeverity;
  /** When it is reported, in words. */
  readonly meaning: string;
  /** The check that reports it. */
  readonly reportedBy: 'parseCatalog' | 'lintCatalog' | 'validatePartnership';
}

/**
 * Every {@link Finding} code, with its severity, what it means and which check reports it.
 * The codes are stable: a program may branch on them, and a change to one is a breaking
 * change. `lintCatalog` reports its own codes and `validatePartnership`'s (under
 * `partnership`); `ddscp check` reports `parseCatalog`'s for a file that is not a valid
 * catalogue, else `lintCatalog`'s.
 *
 * @example
 * findingCodes['expired-document'].severity; // 'error'
 */
export const findingCodes = {
  'invalid-catalog': {
    severity: 'error',
    meaning:
      'the data is not a valid catalogue: a missing, misspelt or unknown field, or a value of the wrong form',
    reportedBy: 'parseCatalog',
  },
  'identifying-detail': {
    severity: 'error',
    meaning:
      'published text has a postcode, NHS number, telephone number, email address, date of birth or known name',
    reportedBy: 'lintCatalog',
  },
  'expired-document': {
    severity: 'error',
    meaning: 'a document is past its retention but still in the catalogue (the file is still up)',
    reportedBy: 'lintCatalog',
  },
  'undated-document': {
    severity: 'warning',
    meaning: 'a document has no publication date, so nothing takes it down',
    reportedBy: 'lintCatalog',
  },
  'missing-summary': {
    severity: 'warning',
    meaning: 'a review has no summary',
    reportedBy: 'lintCatalog',
  },
  'missed-deadline': {
    severity: 'warning',
    meaning: 'a lifecycle step was recorded after its deadline (with how late)',
    reportedBy: 'lintCatalog',
  },
  'overdue-deadline': {
    severity: 'warning',
    meaning: 'a deadline has passed and its step is not recorded',
    reportedBy: 'lintCatalog',
  },
  'deadline-not-computed': {
    severity: 'warning',
    meaning: 'a deadline would fall after 2099, where bank holidays are not known',
    reportedBy: 'lintCatalog',
  },
  'missing-statutory-partner': {
    severity: 'error',
    meaning:
      'a statutory seat (local authority, integrated care board or CCG, police) has no partner on some days',
    reportedBy: 'validatePartnership',
  },
  'duplicate-id': {
    severity: 'error',
    meaning: 'two partners have one id',
    reportedBy: 'validatePartnership',
  },
  'invalid-successor': {
    severity: 'error',
    meaning: 'a successor is not another partner of the partnership',
    reportedBy: 'validatePartnership',
  },
  'invalid-role': {
    severity: 'error',
    meaning: 'a partner of a kind that cannot hold a statutory seat has the statutory role',
    reportedBy: 'validatePartnership',
  },
  'invalid-period': {
    severity: 'error',
    meaning: "a partner's period ends before it starts",
    reportedBy: 'validatePartnership',
  },
} as const satisfies Record<string, FindingCodeInfo>;

/** Every code a check of this package reports; see {@link findingCodes}. */
export type FindingCode = keyof typeof findingCodes;

/** The codes a check reports, by the check. @internal */
export type FindingCodeOf<Check extends FindingCodeInfo['reportedBy']> = {
  [Code in FindingCode]: (typeof findingCodes)[Code]['reportedBy'] extends Check ? Code : never;
}[FindingCode];
