// @ddscp/consent/audit as a CI script would use it: the report's types are enough to branch on.
import {
  type AuditReport,
  auditReportJunit,
  auditSite,
  formatAuditReport,
} from '@ddscp/consent/audit';

export async function audit(url: string): Promise<number> {
  const report: AuditReport = await auditSite(url, {
    pages: 2,
    allowHosts: ['cdn.example.gov.uk'],
  });
  const failed = report.checks
    .filter((check) => check.status === 'failed')
    .map((check) => check.id);
  console.log(formatAuditReport(report), auditReportJunit(report).length, failed);
  return report.passed ? 0 : 1;
}
