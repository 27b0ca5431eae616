// A small log-log line chart as SVG text, so the results carry their chart without a
// plotting library or a network: panels of lines with labelled axes and a legend.

const WIDTH = 420;
const HEIGHT = 300;
const MARGIN = { top: 36, right: 28, bottom: 70, left: 64 };

/** Escapes text for SVG. */
function escapeXml(text) {
  return String(text).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );
}

/** Powers of ten covering [min, max]. */
function decades(min, max) {
  const ticks = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++)
    ticks.push(10 ** e);
  return ticks;
}

/**
 * One panel at (`x`, `y`): `series` is `[{ name, color, dash?, points: [{ x, y }] }]`, both
 * axes logarithmic; `xTicks` are `[{ value, label }]`; `formatY` labels the y ticks.
 */
export function panel({ x, y, title, xLabel, yLabel, xTicks, series, formatY }) {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const ys = series.flatMap((s) => s.points.map((p) => p.y)).filter((v) => v > 0);
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [yMin, yMax] = [yTicks[0], yTicks.at(-1)];
  const xs = xTicks.map((tick) => tick.value);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const sx = (v) =>
    MARGIN.left +
    ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin) || 1)) * plotWidth;
  const sy = (v) =>
    MARGIN.top +
    plotHeight -
    ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin) || 1)) * plotHeight;
  const parts = [`<g transform="translate(${x},${y})">`];
  parts.push(
    `<text x="${WIDTH / 2}" y="20" text-anchor="middle" font-weight="bold">${escapeXml(title)}</text>`,
  );
  for (const tick of yTicks) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${sy(tick)}" y2="${sy(tick)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 6}" y="${sy(tick) + 4}" text-anchor="end" font-size="11">${escapeXml(formatY(tick))}</text>`,
    );
  }
  for (const tick of xTicks) {
    parts.push(
      `<line x1="${sx(tick.value)}" x2="${sx(tick.value)}" y1="${MARGIN.top}" y2="${MARGIN.top + plotHeight}" stroke="#eee"/>`,
      `<text x="${sx(tick.value)}" y="${MARGIN.top + plotHeight + 16}" text-anchor="middle" font-size="11">${escapeXml(tick.label)}</text>`,
    );
  }
  parts.push(
    `<rect x="${MARGIN.left}" y="${MARGIN.top}" width="${plotWidth}" height="${plotHeight}" fill="none" stroke="#888"/>`,
    `<text x="${MARGIN.left + plotWidth / 2}" y="${MARGIN.top + plotHeight + 34}" text-anchor="middle" font-size="12">${escapeXml(xLabel)}</text>`,
    `<text transform="translate(14,${MARGIN.top + plotHeight / 2}) rotate(-90)" text-anchor="middle" font-size="12">${escapeXml(yLabel)}</text>`,
  );
  series.forEach((s, i) => {
    const points = s.points.filter((p) => p.y > 0);
    const path = points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
    parts.push(
      `<polyline points="${path}" fill="none" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      ...points.map(
        (p) =>
          `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3" fill="${s.color}"/>`,
      ),
    );
    const legendX = MARGIN.left + (i % 2) * (plotWidth / 2);
    const legendY = MARGIN.top + plotHeight + 50 + Math.floor(i / 2) * 14;
    parts.push(
      `<line x1="${legendX}" x2="${legendX + 18}" y1="${legendY - 4}" y2="${legendY - 4}" stroke="${s.color}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
      `<text x="${legendX + 22}" y="${legendY}" font-size="11">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push('</g>');
  return parts.join('\n');
}

/** A whole SVG document of panels laid out in a row. */
export function svgDocument(panels, { title }) {
  const width = WIDTH * panels.length;
  const height = HEIGHT + 30;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">
<title>${escapeXml(title)}</title>
<rect width="100%" height="100%" fill="#fff"/>
${panels.map((make, i) => make(i * WIDTH, 0)).join('\n')}
</svg>
`;
}
