/**
 * Creates an element with attributes and children. Text goes in as text nodes, never as
 * HTML, so nothing from the catalogue can inject markup (and the page needs no
 * `unsafe-inline` or `innerHTML`).
 */
export function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  attributes: Record<string, string>,
  ...children: Array<Node | string>
): HTMLElementTagNameMap[Tag] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}
