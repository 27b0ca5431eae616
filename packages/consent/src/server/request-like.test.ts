import { describe, expect, it } from 'vitest';
import { requestHeader, requestTarget } from './request-like';

describe('requestHeader', () => {
  it('reads a bare Cookie header string as the cookie header only', () => {
    expect(requestHeader('a=1', 'cookie')).toBe('a=1');
    expect(requestHeader('a=1', 'sec-gpc')).toBeUndefined();
  });

  it('reads fetch Headers and Requests', () => {
    const headers = new Headers({ Cookie: 'a=1', 'Sec-GPC': '1' });
    expect(requestHeader(headers, 'cookie')).toBe('a=1');
    expect(requestHeader(new Request('https://example.gov.uk/', { headers }), 'sec-gpc')).toBe('1');
    expect(requestHeader(new Headers(), 'cookie')).toBeUndefined();
  });

  it('reads Node-style header objects, joining repeated values', () => {
    const request = {
      url: '/',
      headers: { cookie: 'a=1', 'sec-gpc': '1', host: 'example.gov.uk' },
    };
    expect(requestHeader(request, 'sec-gpc')).toBe('1');
    expect(requestHeader({ headers: { cookie: ['a=1', 'b=2'] } }, 'cookie')).toBe('a=1; b=2');
    expect(requestHeader({ headers: {} }, 'cookie')).toBeUndefined();
  });

  it('reads nothing from nothing', () => {
    expect(requestHeader(undefined, 'cookie')).toBeUndefined();
    expect(requestHeader(null, 'cookie')).toBeUndefined();
  });
});

describe('requestTarget', () => {
  it('takes host and path from a fetch Request’s URL', () => {
    expect(requestTarget(new Request('https://www.example.gov.uk:8443/reviews/theo?x=1'))).toEqual({
      host: 'www.example.gov.uk',
      pathname: '/reviews/theo',
    });
  });

  it('takes them from the Host header and path of a Node request', () => {
    expect(
      requestTarget({ url: '/cookies?saved=1', headers: { host: 'www.example.gov.uk:3000' } }),
    ).toEqual({
      host: 'www.example.gov.uk',
      pathname: '/cookies',
    });
  });

  it('normalises the host as the browser has it: lower case, no port, no trailing dot', () => {
    expect(requestTarget({ url: '/', headers: { host: 'WWW.Example.GOV.uk.:8080' } }).host).toBe(
      'www.example.gov.uk',
    );
    expect(requestTarget({ url: '/', headers: { host: 'Example.gov.uk.' } }).host).toBe(
      'example.gov.uk',
    );
  });

  it('knows no host or path for a bare header, and survives hostile URLs', () => {
    expect(requestTarget('a=1')).toEqual({ host: '', pathname: '/' });
    expect(requestTarget({ url: '//evil.example/a', headers: { host: 'example.gov.uk' } })).toEqual(
      {
        host: 'example.gov.uk',
        pathname: '/a',
      },
    );
    expect(requestTarget({ url: 'http://[bad', headers: {} }).pathname).toBe('/');
  });
});
