import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AuditReport } from './audit-report';
import { auditErrorJunit, auditReportJunit } from './junit-report';

const report = (message: string): AuditReport => ({
  format: 'ddscp-consent-audit',
  version: 1,
  url: 'https://www.example.gov.uk/',
  startedAt: '2026-12-01T10:00:00.000Z',
  durationMs: 12_345,
  passed: false,
  configuration: { source: 'page', policyVersion: 1, mode: 'opt-in', respectGpc: true },
  pages: ['https://www.example.gov.uk/'],
  allowedHosts: [],
  checks: [
    {
      id: 'before-choice',
      title: 'Before any choice, only necessary cookies and storage (ICO check 1)',
      status: 'failed',
      findings: [
        {
          check: 'before-choice',
          severity: 'error',
          code: 'cookie-before-choice',
          message,
          fix: 'Gate it.',
        },
      ],
    },
    {
      id: 'gpc',
      title: 'Global Privacy Control keeps analytics off',
      status: 'skipped',
      skipped: 'respectGpc: false',
      findings: [],
    },
    {
      id: 'csp',
      title: 'No Content Security Policy violations from the consent code',
      status: 'passed',
      findings: [
        {
          check: 'csp',
          severity: 'warning',
          code: 'no-csp',
          message: 'No policy.',
          fix: 'Send one.',
        },
      ],
    },
  ],
  notes: [],
  inventory: { cookies: [], storage: [] },
});

/** What XML 1.0 forbids in text: markup characters left raw, and the characters it cannot carry. */
const unsafe = (xml: string) => {
  const text = xml.replace(/<[^<>]*>/g, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are what must never appear.
  return /[<>]|&(?!(amp|lt|gt|quot|apos);)|[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text);
};

describe('auditReportJunit', () => {
  it('makes one test case per check: a failure, a skip, and warnings as output', () => {
    const xml = auditReportJunit(report('The cookie _ga was set.'));
    expect(xml).toContain(
      '<testsuites name="ddscp-consent audit" tests="3" failures="1" errors="0" skipped="1" time="12.345">',
    );
    expect(xml).toContain(
      '<testcase classname="ddscp-consent.audit" name="before-choice: Before any choice, only necessary cookies and storage (ICO check 1)" time="0">',
    );
    expect(xml).toContain(
      '<failure message="The cookie _ga was set." type="cookie-before-choice">cookie-before-choice: The cookie _ga was set.\nFix: Gate it.</failure>',
    );
    expect(xml).toContain('<skipped message="respectGpc: false"/>');
    expect(xml).toContain('<system-out>no-csp: No policy.\nFix: Send one.</system-out>');
  });

  it('escapes whatever a hostile page put in a cookie name or a message', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const xml = auditReportJunit(report(text));
        expect(unsafe(xml)).toBe(false);
        expect(xml.match(/<testcase /g)).toHaveLength(3);
      }),
    );
    expect(auditReportJunit(report('</failure><x a="1">&\u0000'))).toContain(
      '&lt;/failure&gt;&lt;x a=&quot;1&quot;&gt;&amp;\ufffd',
    );
  });
});

describe('auditErrorJunit', () => {
  it('reports an audit that could not run as one test case in error', () => {
    const xml = auditErrorJunit(
      'https://www.example.gov.uk/',
      'no Chromium was found: <install it>',
    );
    expect(xml).toContain('errors="1"');
    expect(xml).toContain(
      '<error message="no Chromium was found: &lt;install it&gt;" type="audit-error">',
    );
    expect(unsafe(xml)).toBe(false);
  });
});
