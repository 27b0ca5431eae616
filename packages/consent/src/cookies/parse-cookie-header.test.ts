import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCookieHeader } from './parse-cookie-header';

describe('parseCookieHeader', () => {
  it('reads name=value pairs separated by semicolons', () => {
    expect({ ...parseCookieHeader('ddscp_consent=1.abc; _ga=GA1.1.123;_gid=x') }).toEqual({
      ddscp_consent: '1.abc',
      _ga: 'GA1.1.123',
      _gid: 'x',
    });
  });

  it('percent-decodes values and keeps undecodable ones as sent', () => {
    expect(parseCookieHeader('a=%7B%22x%22%3A1%7D; b=%E0%A4%A')).toMatchObject({
      a: '{"x":1}',
      b: '%E0%A4%A',
    });
  });

  it('keeps the first of repeated names, as browsers send the most specific path first', () => {
    expect(parseCookieHeader('a=path-specific; a=root').a).toBe('path-specific');
  });

  it('skips malformed pairs', () => {
    expect({ ...parseCookieHeader('novalue; =nameless; ok=1;;') }).toEqual({ ok: '1' });
  });

  it('cannot be used to pollute prototypes', () => {
    const cookies = parseCookieHeader('__proto__=polluted; constructor=x');
    expect(Object.getOwnPropertyDescriptor(cookies, '__proto__')?.value).toBe('polluted');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(cookies)).toBeNull();
  });

  it('returns an empty map for a missing header', () => {
    expect({ ...parseCookieHeader(undefined) }).toEqual({});
    expect({ ...parseCookieHeader(null) }).toEqual({});
    expect({ ...parseCookieHeader('') }).toEqual({});
  });

  it('never throws, whatever the header holds (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 100 })),
        (header) => {
          parseCookieHeader(header);
        },
      ),
    );
  });

  it('reads back what a well-formed header encodes (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9_]{1,20}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(name, fc.string()), { selector: ([n]) => n, maxLength: 10 }),
        (pairs) => {
          const header = pairs.map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join('; ');
          expect({ ...parseCookieHeader(header) }).toEqual(Object.fromEntries(pairs));
        },
      ),
    );
  });
});
