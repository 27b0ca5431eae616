// axe-core on the banner (WCAG 2.0, 2.1 and 2.2, A and AA), run inside the page the audit
// already has open, with the banner as the scan found it.
import type { Page } from 'playwright-core';
import type { AuditCheck, AuditFinding } from './audit-report';
import { checkOf } from './describe';

/** The axe-core tags of WCAG 2.2 AA (and the A and AA rules of 2.0 and 2.1 it includes). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: readonly string[]; readonly summary: string }[];
}

/**
 * Checks the banner marked by the scan with axe. `axeSource` is axe-core's `source`, or
 * `null` when axe-core is not installed (the check is then skipped, saying how to add it).
 */
export async function checkBannerAccessibility(
  page: Page,
  axeSource: string | null,
  found: boolean,
): Promise<AuditCheck> {
  if (!found) return checkOf('banner-accessibility', [], 'no banner was found');
  if (axeSource === null)
    return checkOf(
      'banner-accessibility',
      [],
      'axe-core is not installed: npm install --save-dev axe-core to check the banner with it',
    );
  await page.evaluate(axeSource);
  const violations: Violation[] = await page.evaluate(async (tags) => {
    type Node = { target: unknown[]; failureSummary?: string };
    type Found = Omit<Violation, 'nodes'> & { nodes: Node[] };
    type Axe = { run(context: unknown, options: unknown): Promise<{ violations: Found[] }> };
    const axe = (window as unknown as { axe: Axe }).axe;
    const selector = '[data-ddscp-audit="banner"]';
    const results = await axe.run(
      document.querySelector(selector) ? { include: [[selector]] } : document,
      {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      },
    );
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes
        .slice(0, 10)
        .map((node) => ({ target: node.target.map(String), summary: node.failureSummary ?? '' })),
    }));
  }, WCAG_TAGS);
  const findings: AuditFinding[] = violations.map((violation) => ({
    check: 'banner-accessibility',
    severity: 'error',
    code: 'accessibility-violation',
    message: `axe-core: ${violation.help} (${violation.id}${violation.impact ? `, ${violation.impact}` : ''}), on ${violation.nodes
      .map((node) => node.target.join(' '))
      .join(', ')}.`,
    fix: `${violation.nodes[0]?.summary.replace(/\s+/g, ' ').trim() ?? ''} See ${violation.helpUrl}`.trim(),
    page: page.url(),
    rule: violation.id,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  return checkOf('banner-accessibility', findings);
}
