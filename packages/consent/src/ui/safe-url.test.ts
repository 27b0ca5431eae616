import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url';

const PAGE = 'https://www.example.gov.uk/reviews/theo';

describe('safeUrl', () => {
  it('keeps paths of the site and http(s) addresses', () => {
    for (const url of [
      '/',
      '/cookies',
      '/reviews?x=1#top',
      'https://a.example/',
      'HTTP://b.example',
    ])
      expect(safeUrl(url)).toBe(url);
  });

  it('refuses script and data addresses, other hosts behind a path, and control characters', () => {
    for (const url of [
      undefined,
      '',
      'javascript:alert(1)',
      ' /cookies',
      'data:text/html,x',
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'cookies',
      'https:evil.example',
      'https://ok.example/\u0000',
    ])
      expect(safeUrl(url)).toBeUndefined();
  });

  it('lets through only what a browser opens as http(s), on this site for a path (property)', () => {
    const characters = fc.constantFrom(
      '/',
      '\\',
      '\t',
      '\n',
      ' ',
      ':',
      '.',
      'a',
      'e',
      '%',
      '2',
      'h',
      't',
      'p',
      's',
      'j',
    );
    const url = fc.oneof(
      fc.string(),
      fc.array(characters, { maxLength: 12 }).map((parts) => parts.join('')),
      fc.webUrl(),
    );
    fc.assert(
      fc.property(url, (candidate) => {
        const kept = safeUrl(candidate);
        if (kept === undefined) return;
        const resolved = new URL(kept, PAGE);
        expect(resolved.protocol).toMatch(/^https?:$/);
        if (kept.startsWith('/')) expect(resolved.host).toBe('www.example.gov.uk');
      }),
      { numRuns: 2000 },
    );
  });
});
