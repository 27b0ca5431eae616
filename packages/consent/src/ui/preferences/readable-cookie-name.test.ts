import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readableCookieName } from './readable-cookie-name';

/** Cookie-name characters, some of which are special in a pattern and need escaping there. */
const cookieName = fc.stringMatching(/^[\w!#$%&'*+.^`|~-]{1,12}$/);
const escapeForPattern = (text: string) => text.replace(/[$*+.^|]/g, '\\$&');

describe('readableCookieName', () => {
  it('shows GA4-style patterns by their fixed start and <ID> for the rest', () => {
    expect(readableCookieName(/^_ga_/)).toBe('_ga_<ID>');
    expect(readableCookieName(/^_ga_[A-Z\d]+$/)).toBe('_ga_<ID>');
    expect(readableCookieName(/^_hj\w+/)).toBe('_hj<ID>');
    expect(readableCookieName(/^_gat_UA-\d+$/)).toBe('_gat_UA-<ID>');
    expect(readableCookieName(/^ai\.session$/)).toBe('ai.session');
  });

  it('shows names as they are', () => {
    expect(readableCookieName('_ga')).toBe('_ga');
  });

  it('shows a pattern without a fixed start as written, rather than guess', () => {
    expect(readableCookieName(/_ga_/)).toBe('/_ga_/');
    expect(readableCookieName(/^(_ga|_gid)$/)).toBe('/^(_ga|_gid)$/');
    expect(readableCookieName(/^\d+_x/i)).toBe('/^\\d+_x/i');
    expect(readableCookieName(/^_ga|^_gid/)).toBe('/^_ga|^_gid/');
  });

  it('reads an anchored name back as the name, and a prefix as the prefix and <ID> (property)', () => {
    fc.assert(
      fc.property(cookieName, (name) => {
        expect(readableCookieName(new RegExp(`^${escapeForPattern(name)}$`))).toBe(name);
        expect(readableCookieName(new RegExp(`^${escapeForPattern(name)}`))).toBe(`${name}<ID>`);
        expect(readableCookieName(new RegExp(`^${escapeForPattern(name)}[a-z]{2,}$`))).toBe(
          `${name}<ID>`,
        );
      }),
    );
  });
});
