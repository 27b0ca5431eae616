// Markup as plain data, built once and drawn as an HTML string (server, build, CLI) or as
// DOM nodes (browser), so every place draws exactly the same page. Tags and attribute names
// only ever come from this package's code; every text and attribute value is data, escaped
// in HTML and set as text in the DOM, so nothing from a catalogue can inject markup and no
// page needs `innerHTML` or `unsafe-inline`.

/** An element: its tag, attributes (absent or `false` to omit) and children. @internal */
export interface MarkupElement {
  readonly tag: string;
  readonly attributes: Readonly<Record<string, string | false | undefined>>;
  readonly children: readonly Child[];
}

/** A child: an element or text; `false`, `''` and `undefined` draw nothing. @internal */
export type Child = MarkupElement | string | false | undefined;

/** Builds an element. @internal */
export const h = (
  tag: string,
  attributes: MarkupElement['attributes'],
  ...children: (Child | readonly Child[])[]
): MarkupElement => ({ tag, attributes, children: children.flat() });

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every character that could end a text or an attribute value, as an entity. @internal */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);

const attributeList = (list: MarkupElement['attributes']): [string, string][] =>
  Object.entries(list).filter((entry): entry is [string, string] => typeof entry[1] === 'string');

/**
 * Markup as an HTML string, each element on its own line, indented by depth (texts and
 * inline elements stay on their parent's line). @internal
 */
export function toHtml(node: Child, depth = 0): string {
  if (!node) return '';
  if (typeof node === 'string') return escapeHtml(node);
  const { tag, attributes, children } = node;
  const open = `<${tag}${attributeList(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')}>`;
  if (VOID.has(tag)) return open;
  const blocks = children.some((child) => typeof child === 'object' && BLOCK.has(child.tag));
  if (!blocks) return `${open}${children.map((child) => toHtml(child)).join('')}</${tag}>`;
  const pad = '  '.repeat(depth + 1);
  const inner = children
    .filter(Boolean)
    .map((child) => `\n${pad}${toHtml(child, depth + 1)}`)
    .join('');
  return `${open}${inner}\n${'  '.repeat(depth)}</${tag}>`;
}

/** Elements that have no end tag. */
const VOID = new Set(['meta', 'link', 'br']);

/** Elements laid out on lines of their own in HTML. */
const BLOCK = new Set([
  'section',
  'article',
  'div',
  'ul',
  'li',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'head',
  'body',
  'main',
  'meta',
  'title',
  'header',
]);

/** What {@link toDom} needs of an element: a browser's, or any DOM implementation's. */
export interface DomElementLike {
  setAttribute(name: string, value: string): void;
  append(...nodes: (DomElementLike | string)[]): void;
}

/** What {@link toDom} needs of a document: `createElement`. */
export interface DomDocumentLike {
  createElement(tag: string): DomElementLike;
}

/**
 * Markup as DOM nodes, made with `createElement`, `setAttribute` and text nodes: nothing is
 * ever parsed as HTML. @internal
 */
export function toDom<Document extends DomDocumentLike>(
  node: MarkupElement,
  document: Document,
): ReturnType<Document['createElement']> {
  const { tag, attributes, children } = node;
  const element = document.createElement(tag) as ReturnType<Document['createElement']>;
  for (const [name, value] of attributeList(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child) element.append(typeof child === 'string' ? child : toDom(child, document));
  }
  return element;
}
