// Content Security Policy: violations caused by the consent code (on the banner, a gated
// element or the drop-in configuration) fail; others are listed for the site to look at.
import type { AuditCheck, AuditFinding, CspViolation } from './audit-report';
import { checkOf, whereIn } from './describe';
import type { PhaseLog } from './phase-log';

/** Judges the violations every phase saw. */
export function judgeCsp(logs: readonly PhaseLog[]): AuditCheck {
  const findings: AuditFinding[] = [];
  const seen = new Set<string>();
  const others: CspViolation[] = [];
  for (const log of logs)
    for (const { consent, afterChoice: _, ...violation } of log.csp) {
      const key = [
        violation.directive,
        violation.blocked,
        violation.element,
        violation.source?.url,
      ].join('\u0000');
      if (seen.has(key)) continue;
      seen.add(key);
      if (!consent) {
        others.push(violation);
        continue;
      }
      findings.push({
        check: 'csp',
        severity: violation.disposition === 'report' ? 'warning' : 'error',
        code: 'csp-violation',
        message: `The page's Content Security Policy (${violation.directive}) blocked ${describeBlocked(violation)}${
          violation.element ? ` for ${violation.element}` : ''
        }${violation.source ? ` (from ${whereIn(violation.source)})` : ''}${
          violation.disposition === 'report' ? ', in report-only mode' : ''
        }: that part of the consent setup does not work.`,
        fix: fixFor(violation),
        page: violation.page,
        violation,
      });
    }
  if (others.length)
    findings.push({
      check: 'csp',
      severity: 'warning',
      code: 'csp-violation-elsewhere',
      message: `The Content Security Policy blocked ${others.length} other thing(s), not caused by the consent code: ${others
        .slice(0, 5)
        .map(
          (violation) =>
            `${violation.directive} blocked ${describeBlocked(violation)} on ${violation.page}`,
        )
        .join('; ')}${others.length > 5 ? '; …' : ''}.`,
      fix: 'Look at them in the browser’s console: they are not consent problems, but something on the page does not work.',
    });
  if (!logs.some((log) => log.pagesWithCsp.size > 0))
    findings.push({
      check: 'csp',
      severity: 'warning',
      code: 'no-csp',
      message: 'No page sent a Content Security Policy, so there was nothing to check.',
      fix: "Send one, such as Content-Security-Policy: default-src 'self': the consent code needs nothing more.",
    });
  return checkOf('csp', findings);
}

function describeBlocked(violation: CspViolation): string {
  if (violation.blocked === 'inline') return 'inline code';
  if (violation.blocked === 'eval') return 'eval';
  return violation.blocked || 'something';
}

function fixFor(violation: CspViolation): string {
  if (violation.blocked === 'inline' && /^script-src/.test(violation.directive))
    return 'Move the code into a file the page loads (<script type="text/plain" data-consent="analytical" src="/analytics.js">), or give the gated script the nonce of the page’s policy (nonce="…"): the gating carries it over.';
  if (violation.blocked === 'inline' && /^style-src/.test(violation.directive))
    return 'Style the banner from a stylesheet (@ddscp/consent/ui.css), not with style attributes or <style> elements.';
  if (/^script-src/.test(violation.directive))
    return `Serve the script from your own origin, or add its origin to the policy's script-src.`;
  return `Allow it in the policy's ${violation.directive}, or stop the consent setup from needing it.`;
}
