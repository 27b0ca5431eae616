import { describe, expect, it } from 'vitest';
import { AuditError } from './audit-error';
import { auditSettings } from './audit-options';

describe('auditSettings', () => {
  it('fills in the documented defaults and drops the fragment', () => {
    expect(auditSettings('https://www.example.gov.uk/reviews#main', {})).toEqual({
      url: 'https://www.example.gov.uk/reviews',
      origin: 'https://www.example.gov.uk',
      pages: 5,
      allowHosts: [],
      timeoutMs: 180_000,
      pageTimeoutMs: 20_000,
      settleMs: 1_000,
      maxRedirects: 5,
    });
  });

  it.each([
    ['www.example.gov.uk', 'did you mean https://www.example.gov.uk?'],
    ['ftp://www.example.gov.uk/', 'must start with http:// or https://'],
    ['javascript:alert(1)', 'must start with http:// or https://'],
    ['https://user:secret@www.example.gov.uk/', 'must not carry a user name or password'],
  ])('refuses the address %j', (url, message) => {
    const error = (() => {
      try {
        auditSettings(url, {});
        return undefined;
      } catch (caught) {
        return caught as AuditError;
      }
    })();
    expect(error).toBeInstanceOf(AuditError);
    expect(error?.code).toBe('invalid-url');
    expect(error?.message).toContain(message);
  });

  it.each([
    [{ pages: 51 }, 'pages must be a whole number from 0 to 50; found 51.'],
    [{ pages: 1.5 }, 'found 1.5'],
    [{ timeoutMs: 10 }, 'timeoutMs must be a whole number from 1000'],
    [{ settleMs: -1 }, 'settleMs'],
    [{ maxRedirects: 21 }, 'maxRedirects must be a whole number from 0 to 20'],
  ])('refuses the options %j', (options, message) => {
    expect(() => auditSettings('https://www.example.gov.uk/', options)).toThrow(message);
  });
});
