// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetPage } from '../../test/browser-page';
import { config } from '../../test/fixtures';
import { createConsent } from '../browser/create-consent';
import { defineConsentConfig } from '../config/define-consent-config';
import { createAnalytics } from './create-analytics';

/** Lets the loader's promise settle. */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A provider whose loading and sending the tests watch. */
function provider() {
  const sent: string[] = [];
  const load = vi.fn(async () => (event: string) => {
    sent.push(event);
  });
  return { sent, load };
}

beforeEach(() => resetPage());
afterEach(() => resetPage());

describe('createAnalytics', () => {
  it('never loads the provider before consent', async () => {
    const { load } = provider();
    const analytics = createAnalytics(createConsent(config), { load });
    analytics.track('page_view');
    await settled();
    expect(load).not.toHaveBeenCalled();
  });

  it('holds events until the visitor allows analytics, then sends them in order', async () => {
    const { sent, load } = provider();
    const consent = createConsent(config);
    const analytics = createAnalytics(consent, { load });
    analytics.track('page_view');
    analytics.track('click');
    consent.acceptAll();
    await settled();
    expect(load).toHaveBeenCalledOnce();
    expect(sent).toEqual(['page_view', 'click']);
    analytics.track('scroll');
    expect(sent).toEqual(['page_view', 'click', 'scroll']);
  });

  it('holds events tracked while the provider loads', async () => {
    const { sent, load } = provider();
    const consent = createConsent(config);
    consent.acceptAll();
    const analytics = createAnalytics(consent, { load });
    analytics.track('during-load');
    expect(sent).toEqual([]);
    await settled();
    expect(sent).toEqual(['during-load']);
  });

  it('drops held events when the visitor refuses, and sends nothing after', async () => {
    const { sent, load } = provider();
    const consent = createConsent(config);
    const analytics = createAnalytics(consent, { load });
    analytics.track('page_view');
    consent.rejectAll();
    analytics.track('click');
    consent.acceptAll();
    await settled();
    expect(sent).toEqual([]);
  });

  it('stops sending after a withdrawal', async () => {
    const { sent, load } = provider();
    const consent = createConsent(config);
    consent.acceptAll();
    const analytics = createAnalytics(consent, { load });
    await settled();
    consent.rejectAll();
    analytics.track('after-withdrawal');
    expect(sent).toEqual([]);
  });

  it('holds at most maxQueued events, keeping the first ones', async () => {
    const { sent, load } = provider();
    const consent = createConsent(config);
    const analytics = createAnalytics(consent, { load, maxQueued: 2 });
    for (const event of ['page_view', 'a', 'b', 'c']) analytics.track(event);
    consent.acceptAll();
    await settled();
    expect(sent).toEqual(['page_view', 'a']);
  });

  it('drops everything and reports it when the provider fails to load', async () => {
    const failure = new Error('blocked by an ad blocker');
    const onError = vi.fn();
    const consent = createConsent(config);
    const analytics = createAnalytics<string>(consent, {
      load: () => {
        throw failure;
      },
      onError,
    });
    analytics.track('page_view');
    consent.acceptAll();
    await settled();
    expect(onError).toHaveBeenCalledWith(failure);
    expect(() => analytics.track('later')).not.toThrow();
  });

  it('loads at once under the statistical exemption', async () => {
    const { sent, load } = provider();
    const consent = createConsent(
      defineConsentConfig({ policyVersion: 1, mode: 'statistical-exemption' }),
    );
    createAnalytics(consent, { load }).track('page_view');
    await settled();
    expect(sent).toEqual(['page_view']);
  });

  it('stops listening and forgets held events when stopped', async () => {
    const { load } = provider();
    const consent = createConsent(config);
    const analytics = createAnalytics(consent, { load });
    analytics.track('page_view');
    analytics.stop();
    consent.acceptAll();
    await settled();
    expect(load).not.toHaveBeenCalled();
  });
});
