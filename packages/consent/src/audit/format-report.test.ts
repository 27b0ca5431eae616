import { describe, expect, it } from 'vitest';
import type { AuditReport } from './audit-report';
import { formatAuditReport } from './format-report';

const base: AuditReport = {
  format: 'ddscp-consent-audit',
  version: 1,
  url: 'https://www.example.gov.uk/',
  startedAt: '2026-12-01T10:00:00.000Z',
  durationMs: 12_345,
  passed: false,
  configuration: {
    source: 'file',
    file: 'consent.json',
    policyVersion: 3,
    mode: 'opt-in',
    respectGpc: false,
  },
  pages: ['https://www.example.gov.uk/', 'https://www.example.gov.uk/cookies'],
  allowedHosts: [],
  checks: [
    {
      id: 'after-refusal',
      title: 'After a refusal, no analytics (ICO check 3)',
      status: 'failed',
      findings: [
        {
          check: 'after-refusal',
          severity: 'error',
          code: 'cookie-after-refusal',
          message:
            'The cookie _ga (on example.gov.uk, 2 years) was set after the visitor refused, by the script at https://www.example.gov.uk/assets/a-very-long-file-name-for-the-analytics-tag.js:12:30.',
          fix: 'Load the script only after consent.',
        },
      ],
    },
    {
      id: 'gpc',
      title: 'Global Privacy Control keeps analytics off',
      status: 'skipped',
      skipped: 'respectGpc is false',
      findings: [],
    },
    {
      id: 'csp',
      title: 'No Content Security Policy violations from the consent code',
      status: 'passed',
      findings: [],
    },
  ],
  notes: [
    {
      check: 'audit',
      severity: 'warning',
      code: 'requests-blocked',
      message: 'The audit blocked 1 address.',
      fix: 'Name it.',
    },
  ],
  inventory: { cookies: [], storage: [] },
};

describe('formatAuditReport', () => {
  const text = formatAuditReport(base);

  it('says what was audited and with which configuration', () => {
    expect(text.split('\n').slice(0, 3)).toEqual([
      'ddscp-consent audit of https://www.example.gov.uk/',
      '  2 page(s); configuration from consent.json: policy version 3, opt-in, GPC not',
      '  honoured',
    ]);
  });

  it('shows each check, each problem with its fix, the notes, and a summary', () => {
    expect(text).toContain(
      '✘ After a refusal, no analytics (ICO check 3): 1 problem(s)\n    ✘ The cookie _ga',
    );
    expect(text).toContain('      Fix: Load the script only after consent.');
    expect(text).toContain(
      '– Global Privacy Control keeps analytics off: skipped, respectGpc is false',
    );
    expect(text).toContain('✔ No Content Security Policy violations from the consent code');
    expect(text).toContain('Notes\n    ! The audit blocked 1 address.\n      Fix: Name it.');
    expect(text.endsWith('1 check(s) failed: 1 passed, 1 failed, 1 skipped (12.3 s).\n')).toBe(
      true,
    );
  });

  it('wraps at 80 columns, keeping long addresses whole', () => {
    for (const line of text.split('\n'))
      if (!/https?:\/\//.test(line)) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(text).toContain(
      'https://www.example.gov.uk/assets/a-very-long-file-name-for-the-analytics-tag.js:12:30.',
    );
  });

  it('never prints what could drive a terminal: escapes, controls, bidirectional overrides', () => {
    const hostile = {
      ...base,
      url: 'https://www.example.gov.uk/\u001b]0;owned\u0007',
      notes: [
        {
          ...(base.notes[0] as AuditReport['notes'][number]),
          message: 'Reject \u202eelcitra\u001b[2J',
        },
      ],
    };
    const printed = formatAuditReport(hostile);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the test.
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(printed).toContain('https://www.example.gov.uk/\ufffd]0;owned\ufffd');
  });
});
