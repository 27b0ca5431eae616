/**
 * `@ddscp/consent/audit`: checks a live site the way the ICO does, and against the site's own
 * consent configuration, in Chromium (through the optional peer `playwright-core`). Node
 * only; nothing runs on import, and the browser is loaded only when an audit starts. The
 * `ddscp-consent audit` command is built on it.
 *
 * @packageDocumentation
 */

export { AUDIT_CHECKS, type AuditCheckId } from './audit/audit-checks';
export { AuditError, type AuditErrorCode } from './audit/audit-error';
export type { AuditOptions } from './audit/audit-options';
export type {
  AuditCategory,
  AuditCheck,
  AuditCheckStatus,
  AuditConfigSource,
  AuditFinding,
  AuditFindingCode,
  AuditReport,
  AuditSeverity,
  CookieSource,
  CspViolation,
  ObservedCookie,
  ObservedStorage,
  ScriptLocation,
} from './audit/audit-report';
export { AUDIT_VIEWPORTS, auditSite } from './audit/audit-site';
export { formatAuditReport } from './audit/format-report';
export { auditReportJunit } from './audit/junit-report';
export { loadAuditConfig } from './audit/load-audit-config';
