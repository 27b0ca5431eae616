// Plain-text layout for an 80-column terminal: words wrapped under a hanging indent, and
// columns aligned.

/** The width human output keeps to. */
export const WIDTH = 80;

/**
 * `text` wrapped to `width` columns, each line after the first (or every line, with
 * `indentFirst`) indented by `indent` spaces. A word longer than a line is cut.
 */
export function wrap(text: string, indent: number, { width = WIDTH, first = 0 } = {}): string[] {
  const room = Math.max(10, width - indent);
  const lines: string[] = [];
  let line = '';
  let limit = Math.max(10, width - first);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > 0) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (candidate.length <= limit) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
        limit = room;
      } else {
        lines.push(rest.slice(0, limit));
        rest = rest.slice(limit);
        limit = room;
      }
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines.map((text, index) => (index === 0 ? text : `${' '.repeat(indent)}${text}`));
}

/** `text` wrapped to `width` columns with every line indented by `indent` spaces. */
export function paragraph(text: string, indent: number, width = WIDTH): string[] {
  const pad = ' '.repeat(indent);
  return wrap(text, indent, { width, first: indent }).map((line, index) =>
    index === 0 ? `${pad}${line}` : line,
  );
}

/**
 * Rows laid out in columns: every column but the last padded to its widest cell (plus two
 * spaces), the last wrapped to what is left of the line under its own column.
 */
export function columns(rows: readonly (readonly string[])[], width = WIDTH): string[] {
  const count = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: count - 1 }, (_, index) =>
    Math.max(...rows.map((row) => (row[index] ?? '').length)),
  );
  const indent = widths.reduce((sum, columnWidth) => sum + columnWidth + 2, 0);
  return rows.flatMap((row) => {
    const lead = widths
      .map((columnWidth, index) => (row[index] ?? '').padEnd(columnWidth + 2))
      .join('');
    const [first, ...more] = wrap(row[count - 1] ?? '', indent, { width, first: indent });
    return [`${lead}${first}`.trimEnd(), ...more];
  });
}
