// The growth chart: how the cost of each domain figure grows with its input, as an SVG.

import { duration } from '../stats.mjs';
import { panel, svgDocument } from './svg-chart.mjs';

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
      formatY: duration,
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
        formatY: duration,
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
