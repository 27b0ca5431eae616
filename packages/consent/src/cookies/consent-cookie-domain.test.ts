import { describe, expect, it } from 'vitest';
import { consentCookieDomain } from './consent-cookie-domain';

describe('consentCookieDomain', () => {
  it('uses the configured domain on that domain and its subdomains', () => {
    expect(consentCookieDomain('example.gov.uk', 'example.gov.uk')).toBe('example.gov.uk');
    expect(consentCookieDomain('example.gov.uk', 'www.example.gov.uk')).toBe('example.gov.uk');
  });

  it('falls back to a host-only cookie anywhere else', () => {
    expect(consentCookieDomain('example.gov.uk', 'localhost')).toBe('');
    expect(consentCookieDomain('example.gov.uk', '127.0.0.1')).toBe('');
    // A look-alike that merely ends with the same letters is not on the domain.
    expect(consentCookieDomain('example.gov.uk', 'badexample.gov.uk')).toBe('');
    expect(consentCookieDomain('example.gov.uk', '')).toBe('');
  });

  it('is host-only when no domain is configured', () => {
    expect(consentCookieDomain(undefined, 'www.example.gov.uk')).toBe('');
  });
});
