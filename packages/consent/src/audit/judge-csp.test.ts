import { describe, expect, it } from 'vitest';
import { logOf, PAGE } from '../../test/audit-log';
import type { CspViolation } from './audit-report';
import { judgeCsp } from './judge-csp';

const violation = (overrides: Partial<CspViolation & { consent: boolean }> = {}) => ({
  directive: 'script-src-elem',
  blocked: 'inline',
  disposition: 'enforce',
  source: { url: `${PAGE}site.js`, line: 1, column: 40 },
  element: 'script[data-consent="analytical"]',
  sample: '',
  page: PAGE,
  consent: true,
  afterChoice: true,
  ...overrides,
});
const withPolicy = (csp: ReturnType<typeof violation>[]) =>
  logOf('after-acceptance', { csp, pagesWithCsp: new Set([PAGE]) });

describe('Content Security Policy', () => {
  it('passes pages with a policy and no violations', () => {
    expect(judgeCsp([withPolicy([])])).toMatchObject({ status: 'passed', findings: [] });
  });

  it('fails on a violation the consent code causes, once however often it is seen', () => {
    const check = judgeCsp([withPolicy([violation(), violation()]), withPolicy([violation()])]);
    expect(check.findings.map((finding) => finding.code)).toEqual(['csp-violation']);
    expect(check.findings[0]?.message).toBe(
      'The page\'s Content Security Policy (script-src-elem) blocked inline code for script[data-consent="analytical"] (from https://www.example.gov.uk/site.js:1:40): that part of the consent setup does not work.',
    );
    expect(check.findings[0]?.fix).toContain('nonce');
  });

  it('only warns about a report-only policy, and about violations elsewhere on the page', () => {
    const check = judgeCsp([
      withPolicy([
        violation({ disposition: 'report' }),
        violation({
          consent: false,
          directive: 'img-src',
          blocked: 'https://cdn.example/x.png',
          element: null,
        }),
      ]),
    ]);
    expect(check.status).toBe('passed');
    expect(check.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['csp-violation', 'warning'],
      ['csp-violation-elsewhere', 'warning'],
    ]);
  });

  it('warns when no page sent a policy at all', () => {
    expect(judgeCsp([logOf('before-choice')]).findings.map((finding) => finding.code)).toEqual([
      'no-csp',
    ]);
  });
});
