// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cookieNames, resetPage, writeCookie } from '../../test/browser-page';
import { cookieNames as documentCookieNames, removeCookie, setCookie } from './document-cookies';

beforeEach(() => resetPage());
afterEach(() => resetPage());

describe('setCookie, removeCookie and cookieNames', () => {
  it('writes a cookie with its path, domain, lifetime, SameSite and Secure', () => {
    const written: string[] = [];
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
    vi.spyOn(document, 'cookie', 'set').mockImplementation((text) => {
      written.push(text);
      cookie?.set?.call(document, text);
    });
    setCookie('ddscp_consent', '1.1.3.x', {
      path: '/site',
      domain: 'example.gov.uk',
      expires: 365,
      sameSite: 'lax',
      secure: true,
    });
    const [text] = written;
    expect(text).toMatch(
      /^ddscp_consent=1\.1\.3\.x; path=\/site; domain=example\.gov\.uk; expires=[^;]+ GMT; sameSite=lax; secure$/,
    );
    const expires = Date.parse(/expires=([^;]+)/.exec(text ?? '')?.[1] ?? '');
    expect(Math.abs(expires - (Date.now() + 365 * 864e5))).toBeLessThan(2000);
  });

  it('leaves out an empty domain, so the cookie is host-only', () => {
    setCookie('a', 'b', { domain: '', path: '/', expires: 1 });
    expect(document.cookie).toContain('a=b');
  });

  it('deletes exactly the copy on the scope given', () => {
    writeCookie('_ga=host-only; path=/');
    writeCookie('_ga=on-domain; path=/; domain=example.gov.uk');
    removeCookie('_ga', { path: '/', domain: 'example.gov.uk' });
    expect(document.cookie).toBe('_ga=host-only');
    removeCookie('_ga', { path: '/' });
    expect(cookieNames()).toEqual([]);
  });

  it('reads names exactly as sent, once for each copy', () => {
    writeCookie('_ga_ABC=1; path=/reviews');
    writeCookie('_ga_ABC=2; path=/');
    writeCookie('__proto__=x; path=/');
    expect(documentCookieNames().sort()).toEqual(['__proto__', '_ga_ABC', '_ga_ABC']);
  });
});
