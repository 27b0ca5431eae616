// auditSite in real Chromium against fixture sites: one that keeps every rule passes with
// nothing to report, and each of the others, which breaks one rule, fails with exactly the
// finding for that rule and passes every other check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditError } from '../../src/audit/audit-error';
import type { AuditOptions } from '../../src/audit/audit-options';
import type { AuditReport } from '../../src/audit/audit-report';
import { auditSite } from '../../src/audit/audit-site';
import { type FixtureSite, fixtureConfig, startFixtureSite } from './audit-fixture-site';

let site: FixtureSite;
/** The audits of the fixtures, started together in beforeAll, three at a time. */
const audits = new Map<string, Promise<AuditReport>>();

/** Audits a fixture briskly: its start page only, watched for 200 ms. */
const audit = (name: string, options: AuditOptions = {}) =>
  auditSite(`${site.url}/${name}/`, { pages: 0, settleMs: 200, ...options });

/** The report of a fixture's audit started in beforeAll. */
const reportOf = (name: string) => audits.get(name) as Promise<AuditReport>;

/** The audits to start at once: by a name of their own, the fixture and the options. */
const RUN_AHEAD: Record<string, AuditOptions & { fixture?: string }> = {
  good: { pages: 1 },
  'cookie-before-consent': {},
  'reject-second-layer': {},
  'reject-small-link': {},
  'cookie-after-refusal': {},
  'undeclared-after-acceptance': {},
  'gpc-ignored': {},
  'csp-inline': {},
  'welsh-banner': {},
  'config given': { fixture: 'no-config', config: withoutUi(fixtureConfig()) },
};

/** The drop-in's configuration without its `ui` settings: the input of defineConsentConfig. */
function withoutUi({ ui: _, ...config }: ReturnType<typeof fixtureConfig>) {
  return config as never;
}

beforeAll(async () => {
  site = await startFixtureSite();
  // Each audit mostly waits for pages to settle: three at once take little longer than one.
  const slots: Promise<void>[] = Array.from({ length: 3 }, () => Promise.resolve());
  Object.entries(RUN_AHEAD).forEach(([name, { fixture = name, ...options }], index) => {
    const slot = index % slots.length;
    const report = (slots[slot] as Promise<void>).then(() => audit(fixture, options));
    audits.set(name, report);
    slots[slot] = report.then(
      () => {},
      () => {},
    );
  });
});
afterAll(async () => {
  await Promise.allSettled(audits.values());
  await site?.close();
});

/** Every error finding, as `check/code`. */
const errors = (report: AuditReport) =>
  report.checks.flatMap((check) =>
    check.findings
      .filter((finding) => finding.severity === 'error')
      .map((finding) => `${check.id}/${finding.code}`),
  );
const findingsOf = (report: AuditReport, id: string) =>
  report.checks.find((check) => check.id === id)?.findings ?? [];

describe('auditSite on a site that keeps every rule', () => {
  let report: AuditReport;
  beforeAll(async () => {
    report = await reportOf('good');
  }, 120_000);

  it('passes every check, with no warnings and no notes', () => {
    expect(report.passed).toBe(true);
    expect(report.checks.map((check) => [check.id, check.status])).toEqual([
      ['before-choice', 'passed'],
      ['reject-as-easy', 'passed'],
      ['banner-accessibility', 'passed'],
      ['after-refusal', 'passed'],
      ['after-acceptance', 'passed'],
      ['gpc', 'passed'],
      ['csp', 'passed'],
    ]);
    expect(report.checks.flatMap((check) => check.findings)).toEqual([]);
    expect(report.notes).toEqual([]);
  });

  it('reads the drop-in configuration from the page and visits the pages the start page links to', () => {
    expect(report.configuration).toEqual({
      source: 'page',
      policyVersion: 1,
      mode: 'opt-in',
      respectGpc: true,
    });
    expect(report.pages).toEqual([`${site.url}/good/`, `${site.url}/good/cookies`]);
  });

  it('lists what the site stores after acceptance, with the script that stored it', () => {
    const cookies = report.inventory.cookies.map((cookie) => [
      cookie.name,
      cookie.category,
      cookie.declared,
    ]);
    expect(cookies).toEqual(
      expect.arrayContaining([
        ['ddscp_consent', 'necessary', true],
        ['_ga', 'analytical', true],
        ['_ga_FIX123', 'analytical', true],
      ]),
    );
    const ga = report.inventory.cookies.find((cookie) => cookie.name === '_ga');
    expect(ga).toMatchObject({ domain: '127.0.0.1', hostOnly: true, kept: true });
    // Chromium caps a lifetime at 400 days, whatever the script asks.
    expect(ga?.lifetime).toBe('1.1 years');
    expect(ga?.setBy).toMatchObject({
      kind: 'script',
      url: expect.stringContaining('/analytics.js?'),
      line: 4,
    });
    expect(report.inventory.storage).toEqual([
      expect.objectContaining({
        area: 'localStorage',
        key: 'analytics_queue',
        category: 'analytical',
      }),
    ]);
  });
});

describe('auditSite on sites that each break one rule', { timeout: 120_000 }, () => {
  it('a cookie before consent: ICO check 1 fails, naming the cookie and the script', async () => {
    const report = await reportOf('cookie-before-consent');
    expect(errors(report)).toEqual(['before-choice/cookie-before-choice']);
    const [finding] = findingsOf(report, 'before-choice');
    expect(finding?.cookie).toMatchObject({
      name: '_ga',
      category: 'analytical',
      setBy: { kind: 'script', url: `${site.url}/early-tag.js`, line: 2 },
    });
    // The manager deleted it at once, but it was stored: that is what the ICO checks.
    expect(finding?.cookie?.kept).toBe(false);
    expect(finding?.fix).toContain('data-consent="analytical"');
    expect(report.passed).toBe(false);
  });

  it('reject only on a second layer: ICO check 2 fails; the refusal still works through it', async () => {
    const report = await reportOf('reject-second-layer');
    expect(errors(report)).toEqual(['reject-as-easy/reject-not-on-first-layer']);
    const [finding] = findingsOf(report, 'reject-as-easy');
    expect(finding?.message).toContain('“Manage cookies”');
    expect(finding?.viewports).toEqual(['1280x720', '320x568']);
    expect(report.checks.find((check) => check.id === 'after-refusal')?.status).toBe('passed');
  });

  it('reject as a small link: ICO check 2 fails on its kind and its size', async () => {
    const report = await reportOf('reject-small-link');
    expect(errors(report)).toEqual([
      'reject-as-easy/reject-different-kind',
      'reject-as-easy/reject-smaller',
    ]);
    const [kind, size] = findingsOf(report, 'reject-as-easy');
    expect(kind?.message).toContain(
      '“Reject” is a link that looks like plain text, while “Accept all cookies” is a button',
    );
    expect(size?.message).toMatch(/text of 12 px against 16 px/);
  });

  it('a cookie written after a refusal: ICO check 3 fails, naming the tag', async () => {
    const report = await reportOf('cookie-after-refusal');
    expect(errors(report)).toEqual(['after-refusal/cookie-after-refusal']);
    expect(findingsOf(report, 'after-refusal')[0]?.cookie).toMatchObject({
      name: '_ga',
      setBy: { url: `${site.url}/sloppy-tag.js` },
    });
  });

  it('an undeclared cookie after acceptance: the cookies page is out of date', async () => {
    const report = await reportOf('undeclared-after-acceptance');
    expect(errors(report)).toEqual(['after-acceptance/undeclared-cookie']);
    const [finding] = findingsOf(report, 'after-acceptance');
    expect(finding?.message).toMatch(
      /^The cookies page is out of date: the cookie _hjSession_123456 \(on 127\.0\.0\.1, 1\.1 years\)/,
    );
    expect(finding?.cookie?.setBy).toMatchObject({
      kind: 'script',
      url: expect.stringContaining('/analytics.js?'),
    });
    expect(finding?.fix).toContain('/^_hjSession_/');
    expect(
      report.inventory.cookies.find((cookie) => cookie.name === '_hjSession_123456')?.declared,
    ).toBe(false);
  });

  it('GPC ignored: analytics runs for a visitor whose browser says no', async () => {
    const report = await reportOf('gpc-ignored');
    expect(report.configuration.mode).toBe('statistical-exemption');
    expect(errors(report)).toEqual(['gpc/cookie-despite-gpc']);
    expect(findingsOf(report, 'gpc')[0]?.cookie?.name).toBe('_ga');
  });

  it('an inline gated script under a strict CSP: the violation the gating causes is reported', async () => {
    const report = await reportOf('csp-inline');
    expect(errors(report)).toEqual(['csp/csp-violation']);
    expect(findingsOf(report, 'csp')[0]?.violation).toMatchObject({
      directive: 'script-src-elem',
      blocked: 'inline',
      element: 'script[data-consent="analytical"]',
      source: { url: `${site.url}/boot.js` },
    });
  });
});

describe('auditSite finds and judges banners that are not this package’s', {
  timeout: 120_000,
}, () => {
  it('recognises a Welsh banner by its buttons, and passes it', async () => {
    const report = await reportOf('welsh-banner');
    expect(errors(report)).toEqual([]);
    expect(report.passed).toBe(true);
  });
});

describe('auditSite and the configuration', { timeout: 60_000 }, () => {
  it('could not run without one, and says how to give it', async () => {
    const error = await audit('no-config').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AuditError);
    expect(error).toMatchObject({ code: 'no-configuration' });
    expect((error as Error).message).toContain('--config FILE');
  });

  it('takes it as an option: the input of defineConsentConfig, JSON patterns included', async () => {
    const report = await reportOf('config given');
    expect(report.configuration.source).toBe('option');
    expect(errors(report)).toEqual([]);
  });

  it('refuses a configuration with a mistake, naming the field', async () => {
    const error = await audit('good', { config: { policyVersion: 0 } }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({ code: 'invalid-configuration' });
    expect((error as Error).message).toContain('policyVersion must be a whole number from 1');
  });
});
