import { describe, expect, it } from 'vitest';
import { config, ID } from '../../test/fixtures';
import { defineConsentConfig } from '../config/define-consent-config';
import type { ConsentRecord } from '../decision/consent-record';
import { consentSetCookie } from './consent-set-cookie';
import { readConsent } from './read-consent';

const NOW = Date.parse('2026-03-01T12:00:00.750Z');

describe('consentSetCookie', () => {
  it('writes the consent cookie with the configured attributes', () => {
    const header = consentSetCookie(config, { analytical: true, id: ID }, { now: NOW });
    expect(header).toMatch(
      new RegExp(
        `^ddscp_consent=2\\.1\\.3\\.${NOW.toString(36)}\\.f\\.${ID}\\.[\\da-f-]{36}; Max-Age=31536000; Path=/; Domain=example\\.gov\\.uk; SameSite=Lax; Secure$`,
      ),
    );
  });

  it('writes what readConsent (and the browser) read back', () => {
    const header = consentSetCookie(config, { analytical: false, method: 'banner' }, { now: NOW });
    const cookie = header.split(';')[0] as string;
    expect(readConsent(config, cookie, { now: NOW })).toMatchObject({
      decided: true,
      analytical: false,
      method: 'banner',
      decidedAt: '2026-03-01T12:00:00.750Z',
    });
  });

  it('makes a new random id unless it is given the visitor’s earlier one', () => {
    const first = consentSetCookie(config, { analytical: true });
    const second = consentSetCookie(config, { analytical: true });
    expect(first.split('.')[5]).not.toBe(second.split('.')[5]);
    expect(consentSetCookie(config, { analytical: true, id: ID })).toContain(ID);
  });

  it('keeps the id of any consent cookie the request carries, under an older policy too', () => {
    // A version 1 cookie (before decision ids) under an older policy.
    const older = `ddscp_consent=1.1.2.${(Math.floor(NOW / 1000) - 3600).toString(36)}.b.${ID}`;
    const request = new Headers({ cookie: older });
    expect(consentSetCookie(config, { analytical: false }, { request, now: NOW })).toContain(
      `.f.${ID}.`,
    );
    // An explicit id still wins; a request without a readable cookie gets a new id.
    const other = '0b1c2d3e-4f50-4617-8829-3a4b5c6d7e8f';
    expect(
      consentSetCookie(config, { analytical: false, id: other }, { request, now: NOW }),
    ).toContain(`.f.${other}.`);
    expect(
      consentSetCookie(config, { analytical: false }, { request: 'ddscp_consent=x', now: NOW }),
    ).not.toContain(ID);
  });

  it('leaves Secure off when told the site is on plain http (secure: auto), or configured off', () => {
    expect(consentSetCookie(config, { analytical: true }, { secure: false })).not.toContain(
      'Secure',
    );
    const insecure = defineConsentConfig({ policyVersion: 1, cookie: { secure: false } });
    expect(consentSetCookie(insecure, { analytical: true }, { secure: true })).not.toContain(
      'Secure',
    );
    const strict = defineConsentConfig({
      policyVersion: 1,
      cookie: { sameSite: 'strict', path: '/site', maxAgeDays: 0.5 },
    });
    expect(consentSetCookie(strict, { analytical: true })).toMatch(
      /; Max-Age=43200; Path=\/site; SameSite=Strict; Secure$/,
    );
  });

  it('is host-only without a configured domain', () => {
    expect(
      consentSetCookie(defineConsentConfig({ policyVersion: 1 }), { analytical: true }),
    ).not.toContain('Domain=');
  });

  it('sets the Domain only when the request is on it, as the browser does', () => {
    const onSite = new Headers({ host: 'WWW.Example.gov.uk.:443' });
    const elsewhere = new Headers({ host: 'localhost:3000' });
    expect(consentSetCookie(config, { analytical: true }, { request: onSite })).toContain(
      '; Domain=example.gov.uk;',
    );
    expect(consentSetCookie(config, { analytical: true }, { request: elsewhere })).not.toContain(
      'Domain=',
    );
    expect(
      consentSetCookie(config, { analytical: true }, { request: new Request('http://127.0.0.1/') }),
    ).not.toContain('Domain=');
  });

  it('hands proof of the decision to onRecord', () => {
    const records: ConsentRecord[] = [];
    const header = consentSetCookie(
      config,
      { analytical: true, id: ID },
      { now: NOW, onRecord: (record) => records.push(record) },
    );
    expect(records).toEqual([
      {
        necessary: true,
        analytical: true,
        policyVersion: 3,
        decidedAt: '2026-03-01T12:00:00.750Z',
        method: 'form',
        id: ID,
        decisionId: expect.stringMatching(
          /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/,
        ),
      },
    ]);
    expect(header).toContain(`.${records[0]?.decisionId};`);
  });

  it('refuses an id that is not a consent id rather than write an unreadable cookie', () => {
    expect(() => consentSetCookie(config, { analytical: true, id: 'x; Domain=evil.com' })).toThrow(
      RangeError,
    );
  });
});
