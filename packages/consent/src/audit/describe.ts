// Words for what the audit saw, shared by the checks' messages.

import { AUDIT_CHECKS, type AuditCheckId } from './audit-checks';
import type {
  AuditCheck,
  AuditFinding,
  CookieSource,
  ObservedCookie,
  ScriptLocation,
} from './audit-report';

/** `https://site/a.js:12:5`, or the page for inline code. */
export function whereIn(location: ScriptLocation): string {
  return `${location.url}${location.line ? `:${location.line}${location.column ? `:${location.column}` : ''}` : ''}`;
}

/** `by the script https://…/a.js:3:7`, `by the response of https://…/`, or `by a script the browser could not name`. */
export function setter(source: CookieSource | ScriptLocation | null): string {
  if (!source) return 'by a script the browser could not name';
  if ('kind' in source && source.kind === 'response')
    return `by the Set-Cookie header of ${source.url}`;
  return `by the script at ${whereIn(source)}`;
}

/** `_ga (on example.gov.uk, 2 years)`. */
export function cookieLabel(cookie: ObservedCookie): string {
  return `${cookie.name} (on ${cookie.domain}, ${cookie.lifetime})`;
}

/** A check with its status worked out from its findings. */
export function checkOf(id: AuditCheckId, findings: AuditFinding[], skipped?: string): AuditCheck {
  const status = skipped
    ? 'skipped'
    : findings.some((finding) => finding.severity === 'error')
      ? 'failed'
      : 'passed';
  return { id, title: AUDIT_CHECKS[id], status, ...(skipped && { skipped }), findings };
}

/** A name with a variable part (`_hjSession_1234`, `_ga_ABC123`) as the pattern that covers it. */
export function suggestedName(name: string): string {
  const variable = /^(.*?[_.-])(?=[^_.-]*\d)[A-Za-z0-9]{3,}$/.exec(name);
  const quoted = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;
  if (!variable?.[1]) return quoted(name);
  return `/^${(variable[1] as string).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/`;
}
