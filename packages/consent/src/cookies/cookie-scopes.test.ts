import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookieScopes, needsSecure } from './cookie-scopes';

const domainsOf = (scopes: { domain?: string }[]) => [
  ...new Set(scopes.map((scope) => scope.domain)),
];
const pathsOf = (scopes: { path: string }[]) => [...new Set(scopes.map((scope) => scope.path))];

describe('cookieScopes', () => {
  it('covers host-only, the host and every parent domain, with and without a leading dot', () => {
    expect(domainsOf(cookieScopes('www.example.gov.uk', '/'))).toEqual([
      undefined,
      'www.example.gov.uk',
      '.www.example.gov.uk',
      'example.gov.uk',
      '.example.gov.uk',
      'gov.uk',
      '.gov.uk',
    ]);
  });

  it('covers the site without `www.` (a parent domain)', () => {
    expect(domainsOf(cookieScopes('www.ddscp.test', '/'))).toContain('ddscp.test');
    expect(domainsOf(cookieScopes('www.ddscp.test', '/'))).toContain('.ddscp.test');
  });

  it('covers every path from the root down to the page, with and without a trailing slash', () => {
    expect(pathsOf(cookieScopes('example.gov.uk', '/reviews/theo/report'))).toEqual([
      '/',
      '/reviews',
      '/reviews/',
      '/reviews/theo',
      '/reviews/theo/',
      '/reviews/theo/report',
      '/reviews/theo/report/',
    ]);
  });

  it('pairs every domain with every path', () => {
    const scopes = cookieScopes('www.example.gov.uk', '/reviews');
    expect(scopes).toHaveLength(7 * 3);
    expect(scopes).toContainEqual({ path: '/reviews/' });
    expect(scopes).toContainEqual({ domain: '.example.gov.uk', path: '/reviews' });
  });

  it('adds the declared domain and path', () => {
    const scopes = cookieScopes('reviews.example.gov.uk', '/', {
      domain: 'example.gov.uk',
      path: '/analytics',
    });
    expect(scopes).toContainEqual({ domain: 'example.gov.uk', path: '/analytics' });
    expect(pathsOf(scopes)).toEqual(['/', '/analytics']);
  });

  it('ignores a declared domain this host is not on (the browser would refuse it)', () => {
    expect(domainsOf(cookieScopes('localhost', '/', { domain: 'example.gov.uk' }))).toEqual([
      undefined,
    ]);
    expect(
      domainsOf(cookieScopes('notexample.gov.uk', '/', { domain: 'example.gov.uk' })),
    ).not.toContain('example.gov.uk');
  });

  it('gives IP addresses, single labels and odd hosts host-only scopes', () => {
    for (const host of ['127.0.0.1', 'localhost', '[::1]', 'exa mple.com', 'evil.com;x', '']) {
      expect(domainsOf(cookieScopes(host, '/'))).toEqual([undefined]);
    }
  });

  it('leaves out paths that could not be repeated safely in a header', () => {
    expect(pathsOf(cookieScopes('example.gov.uk', '/a;Domain=evil.com/b c'))).toEqual(['/']);
  });

  it('stays bounded however deep or long the path (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), fc.string({ maxLength: 300 }), (host, path) => {
        const scopes = cookieScopes(host, path);
        // 1 host-only + 2 per label (at most 150 labels in 300 characters), 2 per level (8) + root.
        expect(pathsOf(scopes).length).toBeLessThanOrEqual(17);
        for (const scope of scopes) expect(scope.path).toMatch(/^\/[!-:<-~]*$/);
      }),
    );
  });
});

describe('needsSecure', () => {
  it('knows the cookie prefixes that browsers accept only with Secure', () => {
    expect(needsSecure('__Secure-id')).toBe(true);
    expect(needsSecure('__Host-id')).toBe(true);
    expect(needsSecure('__host-id')).toBe(true);
    expect(needsSecure('_ga')).toBe(false);
  });
});
