/**
 * The checks of `ddscp-consent audit`, in the order they run and are reported. The first
 * three are the ICO's review of the UK's top 1,000 websites (2025); the others hold the site
 * to its own configuration.
 */
export const AUDIT_CHECKS = {
  'before-choice': 'Before any choice, only necessary cookies and storage (ICO check 1)',
  'reject-as-easy': 'Rejecting is as easy as accepting (ICO check 2)',
  'banner-accessibility': 'The banner is accessible (axe, WCAG 2.2 AA)',
  'after-refusal': 'After a refusal, no analytics (ICO check 3)',
  'after-acceptance': 'After acceptance, gated scripts run and the cookies page is up to date',
  gpc: 'Global Privacy Control keeps analytics off',
  csp: 'No Content Security Policy violations from the consent code',
} as const;

/** The id of one of the audit's checks: stable, for programs to branch on. */
export type AuditCheckId = keyof typeof AUDIT_CHECKS;

/** The checks' ids, in the order of {@link AUDIT_CHECKS}. */
export const AUDIT_CHECK_IDS = Object.keys(AUDIT_CHECKS) as AuditCheckId[];
