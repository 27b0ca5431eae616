// @vitest-environment happy-dom
// One cookie, one rule: whatever one side writes, the other computes the same state from.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConsent } from '../src/browser/create-consent';
import { consentSetCookie } from '../src/server/consent-set-cookie';
import { readConsent } from '../src/server/read-consent';
import { resetPage, setGpc, writeCookie } from './browser-page';
import { config } from './fixtures';

beforeEach(() => resetPage());
afterEach(() => resetPage());

describe('the browser and the server', () => {
  it('compute the same state from what the browser stored', () => {
    const consent = createConsent(config);
    for (const decide of [
      () => consent.acceptAll(),
      () => consent.rejectAll(),
      () => consent.reset(),
    ]) {
      decide();
      expect(readConsent(config, document.cookie)).toEqual(consent.state);
    }
  });

  it('compute the same state from what the server stored (property)', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.constantFrom('banner' as const, 'form' as const),
        (analytical, method) => {
          const header = consentSetCookie(config, { analytical, method });
          writeCookie(header.replace(/; Max-Age=\d+/, '').replace(/; SameSite=\w+/, ''));
          expect(createConsent(config).state).toEqual(readConsent(config, document.cookie));
        },
      ),
    );
  });

  it('both read GPC the same way: navigator.globalPrivacyControl and Sec-GPC: 1', () => {
    setGpc(true);
    expect(createConsent(config).state).toEqual(
      readConsent(config, new Headers({ 'Sec-GPC': '1' })),
    );
  });
});
