import { attributeList, type Child } from './markup';

/** Every character that could end a text or an attribute value, as a numeric reference. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * Writes markup as an HTML string for server rendering, escaping every text and attribute
 * value, so configuration strings and translations can never inject markup.
 */
export function toHtml(node: Child): string {
  if (!node) return '';
  if (typeof node === 'string') return escapeHtml(node);
  const [tag, attributes, children] = node;
  const start = `<${tag}${attributeList(attributes)
    .map(([name, value]) => (value ? ` ${name}="${escapeHtml(value)}"` : ` ${name}`))
    .join('')}>`;
  // `input` and `wbr` are the void elements the views use: they have no end tag.
  return /^(input|wbr)$/.test(tag) ? start : `${start}${children.map(toHtml).join('')}</${tag}>`;
}
