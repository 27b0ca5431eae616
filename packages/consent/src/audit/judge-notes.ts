// Notes on the audit as a whole: what it did not see (requests it blocked, pages it could
// not audit), for the person reading the report to judge.
import type { AuditFinding } from './audit-report';
import type { PhaseLog } from './phase-log';

/** The notes from every phase's log. */
export function auditNotes(logs: readonly PhaseLog[]): AuditFinding[] {
  const notes: AuditFinding[] = [];
  const blocked = new Map<string, number>();
  for (const log of logs)
    for (const request of log.blocked)
      blocked.set(request.url, (blocked.get(request.url) ?? 0) + 1);
  if (blocked.size > 0) {
    const hosts = [...new Set([...blocked.keys()].map(hostOf))];
    notes.push({
      check: 'audit',
      severity: 'warning',
      code: 'requests-blocked',
      message: `The audit blocked ${blocked.size} address(es) on other hosts (${hosts.slice(0, 8).join(', ')}${
        hosts.length > 8 ? ', …' : ''
      }), so what they would store was not seen.`,
      fix: `To include them, name their hosts: ${hosts
        .slice(0, 3)
        .map((host) => `--allow-host ${host}`)
        .join(' ')}.`,
      urls: [...blocked.keys()].slice(0, 50),
    });
  }
  const skipped = new Map<string, string>();
  for (const log of logs)
    for (const page of log.skipped) if (!skipped.has(page.url)) skipped.set(page.url, page.reason);
  for (const [url, reason] of skipped)
    notes.push({
      check: 'audit',
      severity: 'warning',
      code: 'page-not-audited',
      message: `The page ${url} was not audited: ${reason}.`,
      fix: 'Fix the link or the page, or leave it: the other pages were audited.',
      page: url,
    });
  return notes;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 60);
  }
}
