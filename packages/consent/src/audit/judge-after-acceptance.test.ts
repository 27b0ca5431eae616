import { describe, expect, it } from 'vitest';
import { gated, HOST, held, logOf, PAGE, stored, written } from '../../test/audit-log';
import { config } from '../../test/fixtures';
import { defineConsentConfig } from '../config/define-consent-config';
import { judgeAfterAcceptance } from './judge-after-acceptance';

const after = { afterChoice: true };
const codes = (result: ReturnType<typeof judgeAfterAcceptance>) =>
  result.check.findings.map((finding) => finding.code);

describe('after acceptance', () => {
  it('passes when everything seen is declared and the gated scripts ran', () => {
    const result = judgeAfterAcceptance(
      logOf('after-acceptance', {
        jar: [held('ddscp_consent', after), held('_ga', after), held('_ga_XYZ', after)],
        storage: [stored('analytics_queue', after)],
        gated: [gated({ inert: true }), gated({ ...after, inert: false })],
        requests: new Map([[`${PAGE}analytics.js`, { status: 200, blocked: false }]]),
      }),
      config,
      HOST,
    );
    expect(result.check).toMatchObject({ status: 'passed', findings: [] });
    expect(result.cookies.map((cookie) => cookie.name)).toEqual([
      'ddscp_consent',
      '_ga',
      '_ga_XYZ',
    ]);
    expect(result.storage.map((key) => key.key)).toEqual(['analytics_queue']);
  });

  it('lists an undeclared cookie as the cookies page being out of date, with what set it', () => {
    const result = judgeAfterAcceptance(
      logOf('after-acceptance', {
        cookies: [written('_hjSessionUser_99', after)],
        jar: [held('_hjSessionUser_99', after)],
      }),
      config,
      HOST,
    );
    expect(codes(result)).toEqual(['undeclared-cookie']);
    expect(result.check.findings[0]?.message).toBe(
      'The cookies page is out of date: the cookie _hjSessionUser_99 (on www.example.gov.uk, 1 year), set by the script at https://www.example.gov.uk/analytics.js:3:7, is not declared.',
    );
  });

  it('says when a declared name sits on a domain its declaration does not cover', () => {
    const result = judgeAfterAcceptance(
      logOf('after-acceptance', {
        jar: [held('_ga', { ...after, domain: 'tracker.example.com', hostOnly: false })],
      }),
      config,
      HOST,
    );
    expect(result.check.findings[0]?.message).toContain(
      '(a declaration has its name, but not the domain tracker.example.com)',
    );
    expect(result.check.findings[0]?.fix).toBe(
      "Add domain: 'tracker.example.com' to the declaration of _ga, so it covers the cookie on that domain.",
    );
  });

  it('asks for the consent cookie itself to be declared, and for undeclared storage', () => {
    const bare = defineConsentConfig({ policyVersion: 1 });
    const result = judgeAfterAcceptance(
      logOf('after-acceptance', {
        jar: [held('ddscp_consent', after)],
        storage: [stored('queue', after)],
      }),
      bare,
      HOST,
    );
    expect(codes(result)).toEqual(['undeclared-cookie', 'undeclared-storage']);
    expect(result.check.findings[0]?.fix).toContain(
      'Declare the consent cookie itself under categories.necessary.cookies',
    );
  });

  it('fails on a gated element still waiting, naming a mistyped category', () => {
    const result = judgeAfterAcceptance(
      logOf('after-acceptance', {
        gated: [
          gated({ ...after, category: 'analytics' }),
          gated({ ...after, kind: 'iframe', src: 'https://video.example/embed' }),
        ],
      }),
      config,
      HOST,
    );
    expect(codes(result)).toEqual(['gated-script-did-not-run', 'gated-script-did-not-run']);
    expect(result.check.findings[0]?.fix).toBe(
      'data-consent="analytics" is not a category: write data-consent="analytical".',
    );
    expect(result.check.findings[1]?.message).toContain(
      'the gated embed https://video.example/embed',
    );
  });

  it('fails on a gated script that did not load, and warns about one the audit blocked', () => {
    const missing = 'https://www.example.gov.uk/missing.js';
    const blocked = 'https://www.googletagmanager.com/gtag/js?id=G-1';
    const result = judgeAfterAcceptance(
      logOf('after-acceptance', {
        gated: [
          gated({ ...after, inert: false, src: missing }),
          gated({ ...after, inert: false, src: blocked }),
        ],
        requests: new Map([
          [missing, { status: 404, blocked: false }],
          [blocked, { failure: 'net::ERR_BLOCKED_BY_CLIENT', blocked: true }],
        ]),
      }),
      config,
      HOST,
    );
    expect(result.check.findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['gated-script-did-not-run', 'error'],
      ['gated-script-blocked', 'warning'],
    ]);
    expect(result.check.findings[0]?.message).toContain('loading it failed (HTTP 404)');
    expect(result.check.findings[1]?.fix).toBe(
      'Run the audit with --allow-host www.googletagmanager.com to include it.',
    );
  });
});
