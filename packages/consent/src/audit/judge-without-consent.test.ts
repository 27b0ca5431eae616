import { describe, expect, it } from 'vitest';
import { gated, HOST, held, logOf, stored, written } from '../../test/audit-log';
import { config, configInput } from '../../test/fixtures';
import { defineConsentConfig } from '../config/define-consent-config';
import { judgeWithoutConsent } from './judge-without-consent';

const exemption = defineConsentConfig({ ...configInput, mode: 'statistical-exemption' });
const codes = (check: ReturnType<typeof judgeWithoutConsent>) =>
  check.findings.map((finding) => finding.code);

describe('before any choice (ICO check 1)', () => {
  it('passes with only necessary cookies, and deletions do not count as cookies set', () => {
    const check = judgeWithoutConsent(
      'before-choice',
      logOf('before-choice', {
        cookies: [written('ddscp_consent'), written('_ga', { deletion: true })],
        jar: [held('ddscp_consent')],
      }),
      config,
      HOST,
    );
    expect(check).toMatchObject({ id: 'before-choice', status: 'passed', findings: [] });
  });

  it('fails on a declared analytics cookie, even one deleted again, naming who set it', () => {
    const check = judgeWithoutConsent(
      'before-choice',
      logOf('before-choice', { cookies: [written('_ga')] }),
      config,
      HOST,
    );
    expect(check.status).toBe('failed');
    expect(check.findings[0]).toMatchObject({
      code: 'cookie-before-choice',
      severity: 'error',
      cookie: { name: '_ga', kept: false },
    });
    expect(check.findings[0]?.message).toBe(
      'The cookie _ga (on www.example.gov.uk, 2 years) was set before the visitor chose, by the script at https://www.example.gov.uk/analytics.js:3:7 (and deleted again, but it was stored). It is declared as analytical. Only necessary cookies may be stored before the visitor chose.',
    );
  });

  it('fails on an undeclared cookie and storage key, suggesting a declaration', () => {
    const check = judgeWithoutConsent(
      'before-choice',
      logOf('before-choice', { jar: [held('_hjSession_1234')], storage: [stored('theme_choice')] }),
      config,
      HOST,
    );
    expect(codes(check)).toEqual(['cookie-before-choice', 'storage-before-choice']);
    expect(check.findings[0]?.fix).toContain(
      "{ name: /^_hjSession_/, purpose: '…', expires: '1 year' }",
    );
  });

  it('allows declared analytics under the statistical-purposes exemption, but not undeclared cookies', () => {
    const log = logOf('before-choice', {
      jar: [held('_ga'), held('_hjid')],
      gated: [gated({ inert: false })],
    });
    expect(codes(judgeWithoutConsent('before-choice', log, exemption, HOST))).toEqual([
      'cookie-before-choice',
    ]);
    expect(
      judgeWithoutConsent('before-choice', log, exemption, HOST).findings[0]?.cookie?.name,
    ).toBe('_hjid');
  });

  it('fails on a gated script that ran, unless its cookies already say so', () => {
    const ran = gated({ inert: false, src: 'https://www.example.gov.uk/beacon.js' });
    expect(
      codes(
        judgeWithoutConsent(
          'before-choice',
          logOf('before-choice', { gated: [ran] }),
          config,
          HOST,
        ),
      ),
    ).toEqual(['gated-script-ran-before-choice']);
    const withCookie = logOf('before-choice', {
      gated: [gated({ inert: false })],
      cookies: [written('_ga')],
    });
    expect(codes(judgeWithoutConsent('before-choice', withCookie, config, HOST))).toEqual([
      'cookie-before-choice',
    ]);
  });
});

describe('after a refusal (ICO check 3)', () => {
  it('judges only what happened after the choice', () => {
    const log = logOf('after-refusal', {
      cookies: [written('_ga'), written('ddscp_consent', { afterChoice: true })],
      jar: [held('ddscp_consent', { afterChoice: true })],
      gated: [gated({ inert: false, afterChoice: true, loadedAfterChoice: false })],
    });
    expect(judgeWithoutConsent('after-refusal', log, exemption, HOST)).toMatchObject({
      status: 'passed',
    });
  });

  it('fails on a cookie written after the refusal, and on one left behind', () => {
    const log = logOf('after-refusal', {
      cookies: [written('_ga', { afterChoice: true })],
      jar: [held('_ga', { afterChoice: true }), held('_ga_ABC', { afterChoice: true })],
    });
    const check = judgeWithoutConsent('after-refusal', log, config, HOST);
    expect(codes(check)).toEqual(['cookie-after-refusal', 'cookie-after-refusal']);
    expect(check.findings[0]?.message).toContain(
      'was set after the visitor refused, by the script at',
    );
    expect(check.findings[1]?.message).toContain(
      '_ga_ABC (on www.example.gov.uk, 1 year) was left behind after the visitor refused',
    );
    expect(check.findings[1]?.fix).toContain('add its domain and path to its declaration');
  });

  it('fails on a gated script that ran on a page loaded after the refusal', () => {
    const log = logOf('after-refusal', {
      gated: [gated({ inert: false, afterChoice: true, loadedAfterChoice: true })],
    });
    expect(codes(judgeWithoutConsent('after-refusal', log, config, HOST))).toEqual([
      'gated-script-ran-after-refusal',
    ]);
  });
});

describe('with Global Privacy Control', () => {
  it('allows no analytics, even under the exemption', () => {
    const log = logOf('gpc', { jar: [held('_ga')], storage: [stored('analytics_queue')] });
    expect(codes(judgeWithoutConsent('gpc', log, exemption, HOST))).toEqual([
      'cookie-despite-gpc',
      'storage-despite-gpc',
    ]);
  });
});
