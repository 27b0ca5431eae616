// The one page every library is measured on: a short page of the partnership's site, the
// probe first in <head>, the library's style sheet and its bundle (a module script, so it
// runs after parsing, as each library's documentation allows), and the gated analytics.

/** The site's own style, the same for every variant. */
export const siteCss = `body{margin:0;font:19px/1.5 system-ui,sans-serif;color:#0b0c0c}
header{background:#1d70b8;color:#fff;padding:12px 16px}main{max-width:40em;padding:16px}`;

const content = `<header><strong>Derby and Derbyshire Safeguarding Children Partnership</strong></header>
<main>
<h1>Child Safeguarding Practice Reviews</h1>
<p>When a child dies or is seriously harmed and abuse or neglect is known or suspected, the
partnership considers whether a review could identify improvements to practice.</p>
<p>Reviews are published so that everyone working with children and families can learn from
them. Each report stays on this page for at least one year from its publication.</p>
<h2>Published reviews</h2>
<ul><li>Child Safeguarding Practice Review: Theo (TDS20)</li>
<li>Reunification: audit findings and best-practice guide</li></ul>
<p>Contact the partnership's business unit to ask about a review.</p>
</main>`;

/** The HTML of `variant`, with `prepared` (head and body additions) when it has them. */
export function pageHtml(variant, prepared = {}) {
  const styles = variant.css
    .map((_, i) => `<link rel="stylesheet" href="/${variant.id}/style-${i}.css">`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Child Safeguarding Practice Reviews</title>
<script src="/probe.js" data-banner="${variant.banner}"></script>
${prepared.head ?? ''}<link rel="stylesheet" href="/site.css">${styles}
${variant.entry ? `<script type="module" src="/${variant.id}/app.js"></script>` : ''}
</head><body>
${prepared.bodyStart ?? ''}${content}
${variant.gated}
</body></html>`;
}
