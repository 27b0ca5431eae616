// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../test/browser-page';
import { type Child, h, type MarkupElement } from './markup';
import { toDom } from './to-dom';
import { toHtml } from './to-html';

/** Any text, including markup, quotes, entities and astral characters. */
const hostile = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'&amp;&#60;", ''),
);

/**
 * Small trees with hostile texts and attribute values, of elements the HTML parser keeps
 * nested as written (the views' own markup is compared whole in test/server-and-browser-draw-the-same.test.ts).
 */
const markup: fc.Arbitrary<MarkupElement> = fc.letrec<{ element: MarkupElement }>((tie) => ({
  element: fc.tuple(
    fc.constantFrom('div', 'section', 'span', 'strong', 'em'),
    fc.dictionary(
      fc.constantFrom('class', 'title', 'href', 'aria-label', 'data-x', 'hidden', 'value'),
      fc.oneof(hostile, fc.boolean(), fc.constant(undefined)),
    ),
    fc.array(fc.oneof({ depthSize: 'small' }, hostile, tie('element'), fc.constant(false)), {
      maxLength: 3,
    }),
  ) as fc.Arbitrary<MarkupElement>,
})).element;

describe('toHtml', () => {
  it('escapes every text and attribute value, so parsing gives back exactly what was put in', () => {
    fc.assert(
      fc.property(hostile, hostile, (text, value) => {
        const element = parseHtml(toHtml(h('p', { title: value }, text))).firstElementChild;
        expect(element?.tagName).toBe('P');
        expect(element?.textContent).toBe(text);
        expect(element?.getAttribute('title')).toBe(value);
        expect(element?.children).toHaveLength(0);
      }),
    );
  });

  it('writes bare attributes for true, leaves out false and undefined, and never closes an input', () => {
    expect(
      toHtml(h('input', { type: 'radio', checked: true, required: false, id: undefined })),
    ).toBe('<input type="radio" checked>');
    expect(toHtml(h('p', {}, 'a', false, undefined, '', h('strong', {}, 'b')))).toBe(
      '<p>a<strong>b</strong></p>',
    );
  });
});

describe('toDom and toHtml', () => {
  it('build the same elements from the same markup (property)', () => {
    fc.assert(
      fc.property(markup, (tree) => {
        const fromDom = toDom(tree);
        // The parser joins neighbouring texts into one text node; so does normalize().
        fromDom.normalize();
        const fromHtml = parseHtml(toHtml(tree)).firstElementChild;
        expect(fromHtml?.isEqualNode(fromDom)).toBe(true);
      }),
    );
  });

  it('puts texts into the DOM as text, never as markup', () => {
    const child: Child = '<img src=x onerror=alert(1)>';
    const element = toDom(h('p', {}, child));
    expect(element.children).toHaveLength(0);
    expect(element.textContent).toBe(child);
  });
});
