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
      '_ga_ABC123=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/cookies; Domain=.example.gov.uk',
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
