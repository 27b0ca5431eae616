import { attributeList, type MarkupElement } from './markup';

/**
 * Builds markup as DOM nodes with `createElement` and `setAttribute`; texts are appended as
 * text nodes, never parsed, so nothing needs `innerHTML` and a strict CSP is never at stake.
 * For browsers only.
 */
export function toDom([tag, attributes, children]: MarkupElement): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of attributeList(attributes)) element.setAttribute(name, value);
  for (const child of children)
    if (child) element.append(typeof child === 'string' ? child : toDom(child));
  return element;
}
