import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { config, configInput } from '../../test/fixtures';
import { record } from '../../test/record-store-contract';
import { defineConsentConfig } from '../config/define-consent-config';
import { renderConsentBannerHtml } from '../ui/banner/render-consent-banner-html';
import { canonicalConsentNotice, consentNotice } from './consent-notice';
import { toIso27560 } from './to-iso-27560';

const banner = renderConsentBannerHtml(config, undefined, { serviceName: 'DDSCP' });
const cookiesPage = '<h1>Cookies</h1>\n<p>Cookies are small files saved on your device.</p>';
const controller = {
  name: 'DDSCP',
  contact: 'dpo@example.gov.uk',
  url: 'https://www.example.gov.uk',
};

describe('consentNotice', () => {
  it('hashes the canonical form with SHA-256, as anyone can recompute', async () => {
    const notice = await consentNotice(config, { banner, cookiesPage, language: 'en' });
    const canonical = canonicalConsentNotice(config, { banner, cookiesPage });
    expect(notice.sha256).toBe(createHash('sha256').update(canonical).digest('hex'));
    expect(notice).toMatchObject({
      policyVersion: 3,
      mode: 'opt-in',
      lifetimeDays: { accepted: 365, refused: 365 },
      cookies: { necessary: ['ddscp_consent'], analytical: ['_ga', '/^_ga_/', '_gid'] },
      language: 'en',
    });
    expect(JSON.parse(canonical)).toMatchObject({
      format: 'ddscp-consent-notice/1',
      policyVersion: 3,
      cookiesPage: 'Cookies Cookies are small files saved on your device.',
    });
  });

  it('keeps its hash when only markup and spacing change, and changes it with any word', async () => {
    const hash = async (text: { banner: string; cookiesPage: string }, configuration = config) =>
      (await consentNotice(configuration, text)).sha256;
    const base = await hash({ banner, cookiesPage });
    expect(
      await hash({ banner: banner.replace(/></g, '>\n  <'), cookiesPage: `  ${cookiesPage}\n` }),
    ).toBe(base);
    expect(
      await hash({ banner, cookiesPage: cookiesPage.replace('<p>', '<p class="lead">') }),
    ).toBe(base);
    expect(await hash({ banner, cookiesPage: cookiesPage.replace('small', 'tiny') })).not.toBe(
      base,
    );
    expect(await hash({ banner: banner.replace('analytics', 'statistics'), cookiesPage })).not.toBe(
      base,
    );
    const raised = defineConsentConfig({ ...configInput, policyVersion: 4 });
    expect(await hash({ banner, cookiesPage }, raised)).not.toBe(base);
    const more = defineConsentConfig({
      ...configInput,
      categories: {
        ...configInput.categories,
        analytical: { cookies: [{ name: '_ga', purpose: 'Counts visits', expires: '2 years' }] },
      },
    });
    expect(await hash({ banner, cookiesPage }, more)).not.toBe(base);
  });

  it('reads character references and Unicode forms as the words they are', async () => {
    const hash = async (page: string) =>
      (await consentNotice(config, { banner, cookiesPage: page })).sha256;
    expect(await hash('Caf\u00e9 &amp; cookies')).toBe(await hash('Cafe\u0301 & cookies'));
    expect(await hash('Caf&#233; &#x26; cookies')).toBe(await hash('Café & cookies'));
  });

  it('takes linear time on hostile markup', async () => {
    const hostile = `${'<'.repeat(200_000)}${'&#'.repeat(100_000)}`;
    const notice = await consentNotice(config, { banner: hostile, cookiesPage: hostile });
    expect(notice.sha256).toMatch(/^[\da-f]{64}$/);
  });

  it('refuses to hash without the texts the visitor reads', async () => {
    await expect(consentNotice(config, { banner } as never)).rejects.toThrow(
      /needs the banner and the cookies page/,
    );
  });
});

describe('toIso27560', () => {
  it('maps every field of the record onto the DPV form of ISO/IEC TS 27560', async () => {
    const notice = await consentNotice(config, {
      banner,
      cookiesPage,
      language: 'en',
      url: 'https://www.example.gov.uk/cookies',
    });
    const made = record({ method: 'preferences' });
    const iso = toIso27560(
      { ...made, source: 'beacon', receivedAt: '2026-03-01T12:00:01.000Z' },
      { controller, notice },
    );
    expect(iso).toMatchObject({
      '@id': `urn:uuid:${made.decisionId}`,
      '@type': 'dpv:ConsentRecord',
      'dct:identifier': made.decisionId,
      'dct:conformsTo': 'https://w3id.org/dpv/schema/dpv-27560#record',
      'dct:created': '2026-03-01T12:00:01.000Z',
      'dpv:hasDataSubject': { 'dct:identifier': made.id },
      'dpv:hasDataController': {
        'dpv:hasName': 'DDSCP',
        'schema:contactPoint': { 'schema:email': 'dpo@example.gov.uk' },
      },
      'dpv:hasJurisdiction': 'loc:GB',
      'dpv:hasNotice': {
        '@type': 'dpv:ConsentNotice',
        'dct:identifier': `sha256:${notice.sha256}`,
        'dct:hasVersion': '3',
        'dct:language': 'en',
        'schema:url': 'https://www.example.gov.uk/cookies',
      },
      'dpv:hasConsentStatus': {
        '@type': 'dpv:ConsentGiven',
        'dpv:isIndicatedAtTime': made.decidedAt,
        'dpv:isIndicatedBy': 'dpv:DataSubject',
        'dpv:hasIndicationMethod': 'The form of the cookies page, with JavaScript',
        'dpv:hasDuration': { '@type': 'dpv:TemporalDuration', 'rdf:value': 'P365D' },
      },
    });
    const [necessary, analytical] = iso['dpv:hasProcess'] as Record<string, unknown>[];
    expect(necessary).toMatchObject({
      'dpv:hasPurpose': 'dpv:TechnicalServiceProvision',
      'dpv:hasLegalBasis': { 'dct:title': expect.stringMatching(/strictly necessary/i) },
      'dpv:isImplementedUsingTechnology': [
        { '@type': 'tech:Cookie', 'dct:title': 'ddscp_consent' },
      ],
    });
    expect(analytical).toMatchObject({
      'dpv:hasPurpose': 'dpv:ServiceUsageAnalytics',
      'dpv:hasLegalBasis': 'dpv:ExpressedConsent',
      'dpv:isImplementedUsingTechnology': [
        { 'dct:title': '_ga' },
        { 'dct:title': '/^_ga_/' },
        { 'dct:title': '_gid' },
      ],
    });
    // Plain JSON: it survives a round trip unchanged.
    expect(JSON.parse(JSON.stringify(iso))).toEqual(iso);
  });

  it('tells a refusal from a withdrawal, and gives each its lifetime', async () => {
    const split = defineConsentConfig({
      ...configInput,
      cookie: { maxAgeDays: { accepted: 365, refused: 180 } },
    });
    const notice = await consentNotice(split, { banner, cookiesPage });
    const refusal = record({ analytical: false });
    const status = (previous?: { analytical: boolean; policyVersion: number }) =>
      toIso27560(refusal, { controller, notice, ...(previous && { previous }) })[
        'dpv:hasConsentStatus'
      ] as Record<string, unknown>;
    expect(status()).toMatchObject({
      '@type': 'dpv:ConsentRefused',
      'dpv:hasDuration': { 'rdf:value': 'P180D' },
    });
    expect(status({ analytical: false, policyVersion: 3 })['@type']).toBe('dpv:ConsentRefused');
    expect(status({ analytical: true, policyVersion: 3 })['@type']).toBe('dpv:ConsentWithdrawn');
    // Consent under an older notice was no longer in force: asked again, this is a refusal.
    expect(status({ analytical: true, policyVersion: 2 })['@type']).toBe('dpv:ConsentRefused');
  });

  it('names the statistical-purposes exception as the legal basis in that mode', async () => {
    const exempt = defineConsentConfig({ ...configInput, mode: 'statistical-exemption' });
    const notice = await consentNotice(exempt, { banner, cookiesPage });
    const [, analytical] = toIso27560(record(), { controller, notice })['dpv:hasProcess'] as Record<
      string,
      unknown
    >[];
    expect(analytical?.['dpv:hasLegalBasis']).toMatchObject({
      'dct:title': expect.stringContaining('Schedule A1 paragraph 5'),
    });
  });

  it('picks the notice of the record’s policy version, and refuses a record without one', async () => {
    const notices = await Promise.all(
      [2, 3].map((policyVersion) =>
        consentNotice(defineConsentConfig({ ...configInput, policyVersion }), {
          banner,
          cookiesPage,
        }),
      ),
    );
    const old = toIso27560(record({ policyVersion: 2 }), { controller, notice: notices });
    expect((old['dpv:hasNotice'] as Record<string, unknown>)['dct:identifier']).toBe(
      `sha256:${notices[0]?.sha256}`,
    );
    expect(() => toIso27560(record({ policyVersion: 5 }), { controller, notice: notices })).toThrow(
      /no notice for policy version 5/,
    );
  });

  it('checks the record and the controller like any input', async () => {
    const notice = await consentNotice(config, { banner, cookiesPage });
    expect(() => toIso27560({ ...record(), decisionId: 'x' }, { controller, notice })).toThrow(
      /decisionId/,
    );
    expect(() => toIso27560(record(), { controller: { name: 'DDSCP' } as never, notice })).toThrow(
      /contact/,
    );
    expect(() => toIso27560(record(), { controller, notice, jurisdiction: 'England' })).toThrow(
      /ISO 3166-1/,
    );
  });

  it('gives every record its own identifier and keeps its facts (property)', async () => {
    const notice = await consentNotice(config, { banner, cookiesPage });
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom('banner' as const, 'form' as const, 'api' as const),
        (analytical, method) => {
          const made = record({ analytical, method });
          const iso = toIso27560(made, { controller, notice });
          expect(iso['dct:identifier']).toBe(made.decisionId);
          expect((iso['dpv:hasConsentStatus'] as Record<string, unknown>)['@type']).toBe(
            analytical ? 'dpv:ConsentGiven' : 'dpv:ConsentRefused',
          );
        },
      ),
    );
  });
});
