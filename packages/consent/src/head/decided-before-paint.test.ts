// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../test/browser-page';
import { config, DECISION_ID, ID } from '../../test/fixtures';
import type { ConsentConfig } from '../config/consent-config';
import { defineConsentConfig } from '../config/define-consent-config';
import { encodeConsent } from '../cookies/consent-cookie-format';
import { readConsent } from '../server/read-consent';
import { decidedBeforePaint } from './decided-before-paint';
import { renderConsentHeadScriptHtml } from './render-consent-head-script-html';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const DAY = 864e5;

/** The settings the head script reads: the `data-*` attributes of its tag as rendered. */
const settingsOf = (configuration: ConsentConfig) =>
  (
    parseHtml(renderConsentHeadScriptHtml(configuration)).querySelector(
      'script',
    ) as HTMLScriptElement
  ).dataset;

const configurations = fc
  .record({
    policyVersion: fc.integer({ min: 1, max: 4 }),
    name: fc.constantFrom('ddscp_consent', 'consent', 'cc.x'),
    maxAgeDays: fc.oneof(
      fc.integer({ min: 1, max: 400 }),
      fc.record({
        accepted: fc.integer({ min: 1, max: 400 }),
        refused: fc.integer({ min: 1, max: 400 }),
      }),
    ),
    respectGpc: fc.boolean(),
    mode: fc.constantFrom('opt-in' as const, 'statistical-exemption' as const),
  })
  .map(({ name, maxAgeDays, ...rest }) =>
    defineConsentConfig({ ...rest, cookie: { name, maxAgeDays } }),
  );

/** A Cookie header: nothing, a decision of some age and policy version, or junk. */
const cookieHeaders = fc.oneof(
  fc.constant(''),
  fc
    .record({
      name: fc.constantFrom('ddscp_consent', 'consent', 'cc.x'),
      analytical: fc.boolean(),
      policyVersion: fc.integer({ min: 1, max: 4 }),
      ageDays: fc.integer({ min: -3, max: 450 }),
      extraMs: fc.integer({ min: 0, max: 999 }),
      method: fc.constantFrom('banner' as const, 'form' as const),
    })
    .map(({ name, ageDays, extraMs, ...decision }) => {
      const value = encodeConsent({
        ...decision,
        id: ID,
        decisionId: DECISION_ID,
        decidedAt: new Date(
          Math.floor((NOW - ageDays * DAY) / 1000) * 1000 + extraMs,
        ).toISOString(),
      });
      return `_ga=GA1.1.1; ${name}=${value}`;
    }),
  fc.string().map((junk) => `ddscp_consent=${junk}`),
);

describe('the head script', () => {
  it('carries the configuration in the attributes of its tag', () => {
    expect(renderConsentHeadScriptHtml(config, { src: '/assets/consent-head.js' })).toBe(
      '<script src="/assets/consent-head.js" data-cookie="ddscp_consent" data-policy-version="3" data-max-age-days="365" data-respect-gpc="true"></script>',
    );
    expect(renderConsentHeadScriptHtml(config)).toContain('src="/consent-head.js"');
  });

  it('carries a refusal’s own lifetime only when it differs from an acceptance’s', () => {
    const split = defineConsentConfig({
      policyVersion: 3,
      cookie: { maxAgeDays: { accepted: 365, refused: 180 } },
    });
    expect(renderConsentHeadScriptHtml(split)).toContain(
      'data-max-age-days="365" data-max-age-days-refused="180"',
    );
    const same = defineConsentConfig({
      policyVersion: 3,
      cookie: { maxAgeDays: { accepted: 200, refused: 200 } },
    });
    expect(renderConsentHeadScriptHtml(same)).not.toContain('refused');
    // A refusal of 200 days ago: past the refusal's lifetime, within the acceptance's.
    const refusal = `ddscp_consent=${encodeConsent({ analytical: false, policyVersion: 3, decidedAt: new Date(NOW - 200 * DAY).toISOString(), method: 'banner', id: ID, decisionId: DECISION_ID })}`;
    expect(decidedBeforePaint(settingsOf(split), refusal, false, NOW)).toBe(false);
    expect(decidedBeforePaint(settingsOf(same), refusal, false, NOW)).toBe(false);
    expect(decidedBeforePaint(settingsOf(config), refusal, false, NOW)).toBe(true);
  });

  it('tells a decided visitor exactly as the server and the manager do (property)', () => {
    fc.assert(
      fc.property(configurations, cookieHeaders, fc.boolean(), (configuration, cookie, gpc) => {
        const headers = new Headers({ cookie, ...(gpc && { 'sec-gpc': '1' }) });
        expect(decidedBeforePaint(settingsOf(configuration), cookie, gpc, NOW)).toBe(
          readConsent(configuration, headers, { now: NOW }).decided,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('reads missing or broken settings as not decided, so the banner shows rather than hides', () => {
    const cookie = `ddscp_consent=${encodeConsent({ analytical: true, policyVersion: 3, decidedAt: new Date(Math.floor(NOW / 1000) * 1000).toISOString(), method: 'banner', id: ID, decisionId: DECISION_ID })}`;
    const settings = { ...settingsOf(config) };
    expect(decidedBeforePaint(settings, cookie, false, NOW)).toBe(true);
    for (const broken of [
      { ...settings, policyVersion: undefined },
      { ...settings, policyVersion: 'three' },
      { ...settings, maxAgeDays: undefined },
      { ...settings, cookie: undefined },
      {},
    ])
      expect(decidedBeforePaint(broken, cookie, false, NOW)).toBe(false);
    expect(decidedBeforePaint({ ...settings, respectGpc: undefined }, '', true, NOW)).toBe(false);
  });
});
