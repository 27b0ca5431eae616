import { describe, expect, it } from 'vitest';
import { config } from '../../test/fixtures';
import { defineConsentConfig } from '../config/define-consent-config';
import { classifyCookie, classifyStorage, within } from './classify';

const host = 'www.example.gov.uk';

describe('classifyCookie', () => {
  it('classes a cookie by the declaration its name matches, names and patterns alike', () => {
    expect(
      classifyCookie(config, { name: 'ddscp_consent', domain: 'example.gov.uk' }, host),
    ).toEqual({
      category: 'necessary',
      declared: true,
    });
    expect(classifyCookie(config, { name: '_ga', domain: '.example.gov.uk' }, host)).toEqual({
      category: 'analytical',
      declared: true,
    });
    expect(classifyCookie(config, { name: '_ga_ABC123', domain: host }, host).category).toBe(
      'analytical',
    );
    expect(classifyCookie(config, { name: '_hjSession_1', domain: host }, host)).toEqual({
      category: 'undeclared',
      declared: false,
    });
  });

  it('does not take a third party’s cookie of the same name for the declared one', () => {
    expect(
      classifyCookie(config, { name: '_ga', domain: 'tracker.example.com' }, host).category,
    ).toBe('undeclared');
    const declaredThere = defineConsentConfig({
      policyVersion: 1,
      categories: {
        analytical: {
          cookies: [{ name: 'IDE', purpose: 'p', expires: 'e', domain: 'doubleclick.net' }],
        },
      },
    });
    expect(
      classifyCookie(declaredThere, { name: 'IDE', domain: '.doubleclick.net' }, host).category,
    ).toBe('analytical');
  });

  it('counts the consent cookie as necessary even when it is not declared, but says so', () => {
    const bare = defineConsentConfig({ policyVersion: 1 });
    expect(classifyCookie(bare, { name: 'ddscp_consent', domain: host }, host)).toEqual({
      category: 'necessary',
      declared: false,
    });
  });
});

describe('classifyStorage', () => {
  it('classes a key by the declared names and patterns', () => {
    expect(classifyStorage(config, 'analytics_queue')).toEqual({
      category: 'analytical',
      declared: true,
    });
    expect(classifyStorage(config, '_hjTLDTest')).toEqual({
      category: 'analytical',
      declared: true,
    });
    expect(classifyStorage(config, 'theme')).toEqual({ category: 'undeclared', declared: false });
  });
});

describe('within', () => {
  it('is true for the domain itself and the hosts below it, by whole labels only', () => {
    expect(within('www.example.gov.uk', 'example.gov.uk')).toBe(true);
    expect(within('example.gov.uk', '.example.gov.uk')).toBe(true);
    expect(within('EXAMPLE.gov.uk', 'example.gov.uk')).toBe(true);
    expect(within('badexample.gov.uk', 'example.gov.uk')).toBe(false);
    expect(within('example.gov.uk', '')).toBe(false);
  });
});
