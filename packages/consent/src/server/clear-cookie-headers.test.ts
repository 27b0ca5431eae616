import { describe, expect, it } from 'vitest';
import { config } from '../../test/fixtures';
import { clearCookieHeaders } from './clear-cookie-headers';

const cookie = '_ga=GA1.1.1; _ga_ABC123=GS1.1.2; _gid=x; session=keep; ddscp_consent=1.1.3.x.b.y';

describe('clearCookieHeaders', () => {
  it('deletes every declared analytics cookie the request carries on every domain and path', () => {
    const headers = clearCookieHeaders(config, {
      url: '/cookies',
      headers: { host: 'www.example.gov.uk', cookie },
    });
    const names = new Set(headers.map((header) => header.split('=')[0]));
    expect(names).toEqual(new Set(['_ga', '_ga_ABC123', '_gid']));
    expect(headers).toContain('_ga=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/');
    expect(headers).toContain(
      '_ga_ABC123=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/cookies; Domain=example.gov.uk',
    );
    expect(headers).toContain(
      '_gid=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/reviews/; Domain=example.gov.uk',
    );
  });

  it('reads fetch Requests the same way', () => {
    const request = new Request('https://www.example.gov.uk/cookies', { headers: { cookie } });
    expect(clearCookieHeaders(config, request)).toEqual(
      clearCookieHeaders(config, {
        url: '/cookies',
        headers: { host: 'www.example.gov.uk', cookie },
      }),
    );
  });

  it('sends nothing when the request carries no declared analytics cookie', () => {
    expect(
      clearCookieHeaders(config, { headers: { cookie: 'session=1', host: 'example.gov.uk' } }),
    ).toEqual([]);
    expect(clearCookieHeaders(config, undefined)).toEqual([]);
  });

  it('keeps to host-only deletions for a hostile or missing Host header', () => {
    for (const host of ['evil.com\r\nSet-Cookie: x=1', 'a b', '']) {
      const headers = clearCookieHeaders(config, { url: '/', headers: { host, cookie: '_ga=1' } });
      expect(headers).toEqual(['_ga=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/']);
    }
  });

  it('never repeats a hostile path or cookie name into a header', () => {
    const headers = clearCookieHeaders(config, {
      url: '/a;Domain=evil.com/b',
      headers: { host: 'example.gov.uk', cookie: '_ga_x,y=1; _ga_ok=2' },
    });
    for (const header of headers) {
      expect(header).not.toContain('evil');
      expect(header).toMatch(/^_ga_ok=/);
    }
  });

  it('deletes every scope a refusal on the reviews pages needs, and no more', () => {
    const headers = clearCookieHeaders(config, {
      url: '/reviews/theo',
      headers: { host: 'www.example.gov.uk', cookie: '_ga=1' },
    });
    const scopes = headers.map((header) => header.replace(/^_ga=; Max-Age=0; Expires=[^;]+; /, ''));
    const domains = [
      '',
      '; Domain=www.example.gov.uk',
      '; Domain=example.gov.uk',
      '; Domain=gov.uk',
    ];
    const paths = ['/', '/reviews', '/reviews/', '/reviews/theo', '/reviews/theo/'];
    expect(new Set(scopes)).toEqual(
      new Set(paths.flatMap((path) => domains.map((domain) => `Path=${path}${domain}`))),
    );
    expect(headers).toHaveLength(scopes.length);
  });

  it('stays small for a hostile request: 16 KB of matching cookies, a 30-label host, a deep path', () => {
    const cookies = Array.from({ length: 1400 }, (_, index) => `_ga_${index}=1`).join('; ');
    const host = Array.from({ length: 29 }, (_, index) => `a${index}`)
      .join('.')
      .concat('.uk');
    const headers = clearCookieHeaders(config, {
      url: '/a/b/c/d/e/f/g/h/i/j',
      headers: { host, cookie: cookies.slice(0, 16 * 1024) },
    });
    expect(headers.length).toBeLessThanOrEqual(100);
    expect(new Set(headers.map((header) => header.split('=')[0])).size).toBeLessThanOrEqual(32);
    // An absurd host is no domain a cookie could have been set on: host-only, as for invalid ones.
    expect(headers.every((header) => !header.includes('Domain='))).toBe(true);
  });

  it('stays small in bytes too: an over-long name, path or host is no cookie’s', () => {
    const headers = clearCookieHeaders(config, {
      url: `/${'p'.repeat(1100)}/x`,
      headers: {
        host: `${'h'.repeat(63)}.${'o'.repeat(63)}.${'s'.repeat(63)}.${'t'.repeat(63)}.uk`,
        cookie: `_ga_${'n'.repeat(200)}=1; _ga_ok=1`,
      },
    });
    expect(headers.every((header) => header.startsWith('_ga_ok=; '))).toBe(true);
    expect(
      headers.every((header) => header.includes('; Path=/;') || header.endsWith('Path=/')),
    ).toBe(true);
    expect(headers.every((header) => !header.includes('Domain=hhh'))).toBe(true);
  });

  it('keeps to the first 32 cookie names and the likeliest scopes first when it must cut', () => {
    const names = Array.from({ length: 40 }, (_, index) => `_ga_${index}`);
    const headers = clearCookieHeaders(config, {
      url: '/a/b/c/d/e/f/g/h',
      headers: { host: 'a.b.c.d.e.example.gov.uk', cookie: names.map((n) => `${n}=1`).join('; ') },
    });
    expect(headers).toHaveLength(100);
    const deleted = new Set(headers.map((header) => header.split('=')[0]));
    expect([...deleted]).toEqual(names.slice(0, 32));
    // Path / host-only and on the site's own domain come before any deeper path.
    for (const name of deleted) {
      expect(headers).toContain(
        `${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/`,
      );
      expect(headers).toContain(
        `${name}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Domain=example.gov.uk`,
      );
    }
  });

  it('adds Secure for cookies whose prefix requires it', () => {
    const prefixed = clearCookieHeaders(
      {
        ...config,
        categories: {
          ...config.categories,
          analytical: {
            cookies: [{ name: /^__Secure-/, purpose: 'p', expires: 'e' }],
            storage: [],
          },
        },
      },
      { headers: { cookie: '__Secure-id=1' } },
    );
    expect(prefixed).toEqual([
      '__Secure-id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure',
    ]);
  });
});
