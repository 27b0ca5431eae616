import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cookieScopes, needsSecure } from './cookie-scopes';

const domainsOf = (scopes: { domain?: string }[]) => [
  ...new Set(scopes.map((scope) => scope.domain)),
];
const pathsOf = (scopes: { path: string }[]) => [...new Set(scopes.map((scope) => scope.path))];

describe('cookieScopes', () => {
  it('covers host-only, every parent domain from the top, and the host', () => {
    expect(domainsOf(cookieScopes('www.example.gov.uk', '/'))).toEqual([
      undefined,
      'gov.uk',
      'example.gov.uk',
      'www.example.gov.uk',
    ]);
  });

  it('covers the site without `www.` (a parent domain)', () => {
    expect(domainsOf(cookieScopes('www.ddscp.test', '/'))).toEqual([
      undefined,
      'ddscp.test',
      'www.ddscp.test',
    ]);
  });

  it('stops at parent domains of five labels under a deep host', () => {
    expect(domainsOf(cookieScopes('a.b.c.d.example.gov.uk', '/'))).toEqual([
      undefined,
      'gov.uk',
      'example.gov.uk',
      'd.example.gov.uk',
      'c.d.example.gov.uk',
      'a.b.c.d.example.gov.uk',
    ]);
  });

  it('gives an absurd host (more than 10 labels, labels over 63 or hosts over 253 characters) host-only scopes', () => {
    const labels = (count: number, label = 'a') =>
      Array.from({ length: count }, () => label).join('.');
    expect(domainsOf(cookieScopes(labels(10), '/'))).toHaveLength(6);
    for (const host of [labels(11), `${'a'.repeat(64)}.uk`, `${labels(40, 'abcdef')}.uk`]) {
      expect(domainsOf(cookieScopes(host, '/'))).toEqual([undefined]);
    }
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

  it('pairs every domain with every path, path / first', () => {
    const scopes = cookieScopes('www.example.gov.uk', '/reviews');
    expect(scopes).toHaveLength(4 * 3);
    expect(scopes.slice(0, 4).every((scope) => scope.path === '/')).toBe(true);
    expect(scopes).toContainEqual({ path: '/reviews/' });
    expect(scopes).toContainEqual({ domain: 'example.gov.uk', path: '/reviews' });
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

  it('stays bounded however deep or long the host and path (property)', () => {
    const label = fc.stringMatching(/^[a-z\d-]{1,8}$/);
    const host = fc.oneof(
      fc.string({ maxLength: 500 }),
      fc.array(label).map((l) => l.join('.')),
    );
    fc.assert(
      fc.property(host, fc.string({ maxLength: 300 }), (host, path) => {
        const scopes = cookieScopes(host, path);
        // Host-only, 4 parent domains and the host; 2 paths per level (8) and the root.
        expect(domainsOf(scopes).length).toBeLessThanOrEqual(6);
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
