import { describe, expect, it } from 'vitest';
import { sameSiteLinks } from './same-site-links';

describe('sameSiteLinks', () => {
  const start = 'https://www.example.gov.uk/';
  it('keeps the site’s own pages in page order, once each, without fragments or the start page', () => {
    expect(
      sameSiteLinks(
        [
          '/cookies',
          'https://www.example.gov.uk/#main',
          'https://www.example.gov.uk/reviews#top',
          '/reviews',
          'https://other.example/',
          'http://www.example.gov.uk/insecure',
          'mailto:ddscp@derby.gov.uk',
          '/reports/theo.pdf',
          '/images/logo.SVG',
          'about',
        ],
        start,
        10,
      ),
    ).toEqual([
      'https://www.example.gov.uk/cookies',
      'https://www.example.gov.uk/reviews',
      'https://www.example.gov.uk/about',
    ]);
  });

  it('stops at the number asked for', () => {
    const many = Array.from({ length: 100 }, (_, index) => `/page-${index}`);
    expect(sameSiteLinks(many, start, 3)).toHaveLength(3);
    expect(sameSiteLinks(many, start, 0)).toEqual([]);
  });
});
