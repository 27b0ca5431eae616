/// <reference lib="dom" />
// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogDay, catalogInput } from '../../test/support/catalog-arbitrary';
import { catalogSchema } from '../catalog/catalog-schema';
import { ddscpCatalog } from '../ddscp/ddscp-catalog';
import { publishedListing } from '../listing/published-listing';
import { listingElement, listingHtml } from './render-listing';

/** The element an HTML fragment parses to, as the browser reads it. */
function parse(html: string): Element {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild as Element;
}

describe('listingHtml and listingElement', () => {
  it('draw the same section, from HTML on the server and from DOM nodes in the browser', () => {
    for (const today of ['2024-02-01', '2025-03-31', '2025-04-01', '2025-08-01'] as const) {
      const listing = publishedListing(ddscpCatalog, today);
      const fromHtml = parse(listingHtml(listing));
      const fromDom = listingElement(listing, document);
      // The HTML is laid out on lines: compare without the whitespace between elements.
      const strip = (element: Element) => element.outerHTML.replace(/>\s+</g, '><');
      expect(strip(fromDom)).toBe(strip(fromHtml));
    }
  });

  it('keeps hostile text as text in both, and links only where the schema allowed (property)', () => {
    fc.assert(
      fc.property(catalogInput(3), catalogDay, (input, today) => {
        const listing = publishedListing(catalogSchema.parse(input), today);
        const section = parse(listingHtml(listing));
        expect(section.querySelectorAll('script, style, [style], iframe, img')).toHaveLength(0);
        const titles = listing.flatMap((review) => review.documents.map((d) => d.title));
        const links = [...section.querySelectorAll('a.review__document-link')];
        expect(links.map((link) => link.textContent)).toEqual(titles);
        const text = (node: Node) => (node.textContent ?? '').replace(/\s+/g, '');
        expect(text(listingElement(listing, document))).toBe(text(section));
      }),
      { numRuns: 50 },
    );
  });

  it('gives the section its id, heading and text options', () => {
    const section = parse(
      listingHtml([], {
        id: 'reviews',
        heading: 'Case reviews',
        headingLevel: 3,
        emptyText: 'None yet.',
      }),
    );
    expect(section.id).toBe('reviews');
    expect(section.querySelector('h3')?.textContent).toBe('Case reviews');
    expect(section.getAttribute('aria-labelledby')).toBe('reviews-heading');
    expect(section.querySelector('p')?.textContent).toBe('None yet.');
  });
});
