// The growth chart: how the cost of each domain figure grows with its input, as an SVG.

import { panel, svgDocument } from './svg-chart.mjs';

/** A power of ten of milliseconds as a short label: "100 ns", "1 µs", "10 ms", "1 s". */
function decadeLabel(ms) {
  const units = [
    [1000, 's'],
    [1, 'ms'],
    [0.001, 'µs'],
    [0.000001, 'ns'],
  ];
  const [scale, unit] = units.find(([size]) => ms >= size * 0.999) ?? units.at(-1);
  return `${Math.round(ms / scale)} ${unit}`;
}

const COLORS = { ours: '#00703c', 'date-fns': '#1d70b8', 'date-holidays': '#d4351c' };

/** The growth chart of `workingDays` (cases with `years`) and `catalog` (sizes) results. */
export function growthChart({ workingDays, catalog }) {
  const yearTicks = [1, 10, 100].map((value) => ({ value, label: `${value} yr` }));
  const workingDayPanel = (operation, title) => (x, y) =>
    panel({
      x,
      y,
      title,
      xLabel: 'years of working days spanned',
      yLabel: 'time per call (log)',
      xTicks: yearTicks,
      formatY: decadeLabel,
      series: Object.keys(COLORS).map((name) => ({
        name,
        color: COLORS[name],
        points: workingDays.cases
          .filter((c) => c.operation === operation && c.years && c.results[name]?.median)
          .map((c) => ({ x: c.years, y: 1000 / c.results[name].median })),
      })),
    });
  const panels = [
    workingDayPanel('addWorkingDays', 'addWorkingDays(d, n)'),
    workingDayPanel('workingDaysBetween', 'workingDaysBetween(a, b)'),
  ];
  if (catalog?.sizes) {
    const reviewTicks = catalog.sizes.map((size) => ({
      value: size.reviews,
      label: `${size.reviews / 1000}k`,
    }));
    const line = (name, color, key, dash) => ({
      name,
      color,
      dash,
      points: catalog.sizes.map((size) => ({ x: size.reviews, y: size[key].median })),
    });
    panels.push((x, y) =>
      panel({
        x,
        y,
        title: 'parseCatalog + lintCatalog (ours)',
        xLabel: 'reviews in the catalogue',
        yLabel: 'time (log)',
        xTicks: reviewTicks,
        formatY: decadeLabel,
        series: [
          line('parse + lint', COLORS.ours, 'checkMs'),
          line('parseCatalog', '#505a5f', 'parseMs', '4 3'),
          line('lintCatalog', '#912b88', 'lintMs', '2 2'),
        ],
      }),
    );
  }
  return svgDocument(panels, { title: 'How the domain figures grow with their input' });
}
