import { describe, expect, it } from 'vitest';
import { config, DECISION_ID, ID } from '../../test/fixtures';
import { encodeConsent } from '../cookies/consent-cookie-format';
import { readConsent } from './read-consent';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const value = (analytical: boolean, policyVersion = 3) =>
  encodeConsent({
    analytical,
    policyVersion,
    decidedAt: '2026-02-05T09:30:00.000Z',
    method: 'form',
    id: ID,
    decisionId: DECISION_ID,
  });

describe('readConsent', () => {
  it('reads a stored decision from a Cookie header string', () => {
    expect(readConsent(config, `_ga=1; ddscp_consent=${value(true)}`, { now: NOW })).toEqual({
      decided: true,
      necessary: true,
      analytical: true,
      policyVersion: 3,
      decidedAt: '2026-02-05T09:30:00.000Z',
      method: 'form',
      id: ID,
      decisionId: DECISION_ID,
    });
  });

  it('reads the same from Headers, a fetch Request and a Node request', () => {
    const cookie = `ddscp_consent=${value(false)}`;
    const expected = readConsent(config, cookie, { now: NOW });
    expect(readConsent(config, new Headers({ cookie }), { now: NOW })).toEqual(expected);
    expect(
      readConsent(config, new Request('https://example.gov.uk/', { headers: { cookie } }), {
        now: NOW,
      }),
    ).toEqual(expected);
    expect(readConsent(config, { url: '/', headers: { cookie } }, { now: NOW })).toEqual(expected);
  });

  it('is undecided without a cookie, with a malformed one, or for an older policy', () => {
    const undecided = { decided: false, necessary: true, analytical: false, policyVersion: 3 };
    expect(readConsent(config, undefined)).toEqual(undecided);
    expect(readConsent(config, 'ddscp_consent=1.1.3.x.b.nope', { now: NOW })).toEqual(undecided);
    expect(readConsent(config, `ddscp_consent=${value(true, 2)}`, { now: NOW })).toEqual(undecided);
  });

  it('reads the latest copy that decodes when the browser sends several', () => {
    const later = encodeConsent({
      analytical: false,
      policyVersion: 3,
      decidedAt: '2026-02-06T09:30:00.000Z',
      method: 'preferences',
      id: ID,
      decisionId: DECISION_ID,
    });
    expect(
      readConsent(config, `ddscp_consent=garbage; ddscp_consent=${value(true)}`, { now: NOW }),
    ).toMatchObject({ decided: true, analytical: true });
    expect(
      readConsent(config, `ddscp_consent=${value(true)}; ddscp_consent=${later}`, { now: NOW }),
    ).toMatchObject({ analytical: false, method: 'preferences' });
    expect(
      readConsent(config, `ddscp_consent=${later}; ddscp_consent=${value(true)}`, { now: NOW }),
    ).toMatchObject({ analytical: false, method: 'preferences' });
    // Of two decided in the same second, the copy sent first (the most specific path) counts.
    expect(
      readConsent(config, `ddscp_consent=${value(false)}; ddscp_consent=${value(true, 2)}`, {
        now: NOW,
      }),
    ).toMatchObject({ decided: true, analytical: false });
  });

  it('honours Sec-GPC: 1 when nothing is stored, as the browser honours navigator.globalPrivacyControl', () => {
    expect(readConsent(config, new Headers({ 'Sec-GPC': '1' }))).toMatchObject({
      decided: true,
      analytical: false,
      method: 'gpc',
    });
    expect(readConsent(config, { headers: { 'sec-gpc': ' 1 ' } })).toMatchObject({ method: 'gpc' });
    expect(readConsent(config, { headers: { 'sec-gpc': '0' } }).decided).toBe(false);
    const withCookie = new Headers({ 'Sec-GPC': '1', cookie: `ddscp_consent=${value(true)}` });
    expect(readConsent(config, withCookie, { now: NOW })).toMatchObject({
      analytical: true,
      method: 'form',
    });
  });

  it('reads the first of repeated consent cookies, as browsers send the most specific first', () => {
    const header = `ddscp_consent=${value(false)}; ddscp_consent=${value(true)}`;
    expect(readConsent(config, header, { now: NOW }).analytical).toBe(false);
  });
});
