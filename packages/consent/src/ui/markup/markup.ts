/**
 * The UI's markup as plain data, built once by the views and turned into an HTML string on
 * the server ({@link toHtml}) or into DOM nodes in the browser ({@link toDom}), so both draw
 * exactly the same banner and cookies page. Tags and attribute names only ever come from this
 * package's code; every text and attribute value is data and is escaped or set as text.
 */
export type Markup = string | MarkupElement;

/** An element: its tag, its attributes (`true` for a bare attribute, `false`/absent to omit) and its children. */
export type MarkupElement = readonly [
  tag: string,
  attributes: Attributes,
  children: readonly Child[],
];

export type Attributes = Readonly<Record<string, string | boolean | undefined>>;

/** A child as the views write it: `false`, `''` and `undefined` leave nothing, so conditions read inline. */
export type Child = Markup | false | undefined;

/** Builds an element of the markup. */
export const h = (tag: string, attributes: Attributes, ...children: Child[]): MarkupElement => [
  tag,
  attributes,
  children,
];

/** The attributes to write, as name and string value (`''` for a bare attribute such as `hidden`). */
export const attributeList = (attributes: Attributes): [string, string][] =>
  Object.entries(attributes).flatMap(([name, value]) =>
    value === undefined || value === false ? [] : [[name, value === true ? '' : value]],
  );
