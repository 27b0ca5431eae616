// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetPage, writeCookie } from '../../test/browser-page';
import { config, DECISION_ID, ID } from '../../test/fixtures';
import { createConsent } from '../browser/create-consent';
import { defineConsentConfig } from '../config/define-consent-config';
import { encodeConsent } from '../cookies/consent-cookie-format';
import { connectGoogleConsentMode } from './connect-google-consent-mode';

type Layer = { dataLayer?: unknown[]; otherLayer?: unknown[] };
const layer = () => (window as unknown as Layer).dataLayer ?? [];
/** The entries as plain arrays, for comparing. */
const commands = (entries = layer()) =>
  entries.map((entry) => Array.from(entry as ArrayLike<unknown>));
const DENIED = {
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
  functionality_storage: 'denied',
  personalization_storage: 'denied',
  security_storage: 'denied',
};
const update = (analytics: 'granted' | 'denied') => [
  'consent',
  'update',
  {
    ad_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
    analytics_storage: analytics,
  },
];

beforeEach(() => {
  resetPage();
  delete (window as unknown as Layer).dataLayer;
  delete (window as unknown as Layer).otherLayer;
});
afterEach(() => resetPage());

describe('connectGoogleConsentMode', () => {
  it('queues consent default with everything denied, and nothing more before a decision', () => {
    connectGoogleConsentMode(createConsent(config));
    expect(commands()).toEqual([['consent', 'default', DENIED]]);
  });

  it('pushes Arguments objects, the only shape gtag.js reads as commands', () => {
    const consent = createConsent(config);
    connectGoogleConsentMode(consent);
    consent.acceptAll();
    for (const entry of layer())
      expect(Object.prototype.toString.call(entry)).toBe('[object Arguments]');
  });

  it('passes wait_for_update on', () => {
    connectGoogleConsentMode(createConsent(config), { waitForUpdate: 500 });
    expect(commands()[0]).toEqual(['consent', 'default', { ...DENIED, wait_for_update: 500 }]);
  });

  it('puts the default ahead of anything queued before it (such as the GTM snippet)', () => {
    const queued = { 'gtm.start': 1, event: 'gtm.js' };
    (window as unknown as Layer).dataLayer = [queued];
    connectGoogleConsentMode(createConsent(config));
    expect(commands()[0]?.[1]).toBe('default');
    expect(layer()[1]).toBe(queued);
  });

  it('appends the default once Google’s script has taken over the data layer', () => {
    const seen: unknown[] = [];
    const taken = Object.assign([{ event: 'gtm.js' }], {
      push: (entry: unknown) => seen.push(entry),
    });
    (window as unknown as Layer).dataLayer = taken;
    connectGoogleConsentMode(createConsent(config));
    expect(commands(seen)).toEqual([['consent', 'default', DENIED]]);
  });

  it('updates analytics_storage on every decision, keeping the ad types denied', () => {
    const consent = createConsent(config);
    connectGoogleConsentMode(consent);
    consent.acceptAll();
    consent.rejectAll();
    expect(commands().slice(1)).toEqual([update('granted'), update('denied')]);
  });

  it('sends a stored decision straight after the default', () => {
    writeCookie(
      `ddscp_consent=${encodeConsent({ analytical: true, policyVersion: 3, decidedAt: new Date(Math.floor(Date.now() / 1000) * 1000).toISOString(), method: 'banner', id: ID, decisionId: DECISION_ID })}; path=/`,
    );
    connectGoogleConsentMode(createConsent(config));
    expect(commands()).toEqual([['consent', 'default', DENIED], update('granted')]);
  });

  it('grants analytics at once under the statistical exemption', () => {
    const exemption = defineConsentConfig({ policyVersion: 1, mode: 'statistical-exemption' });
    connectGoogleConsentMode(createConsent(exemption));
    expect(commands()).toEqual([['consent', 'default', DENIED], update('granted')]);
  });

  it('uses another data layer when named', () => {
    connectGoogleConsentMode(createConsent(config), { dataLayerName: 'otherLayer' });
    expect(commands((window as unknown as Layer).otherLayer)).toHaveLength(1);
    expect((window as unknown as Layer).dataLayer).toBeUndefined();
  });

  it('stops updating after the returned function is called', () => {
    const consent = createConsent(config);
    const stop = connectGoogleConsentMode(consent);
    stop();
    consent.acceptAll();
    expect(layer()).toHaveLength(1);
  });
});
