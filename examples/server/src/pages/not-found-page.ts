import { html } from 'hono/html';

/**
 * The page for an address the site does not have. The catalogue's document links
 * (`/documents/…`) are placeholders: this example ships no reports, so it says so.
 */
export function notFoundPage(path: string) {
  const isDocument = path.startsWith('/documents/');
  return html`<main id="main-content" class="page__main">
    <h1>Page not found</h1>
    ${
      isDocument
        ? html`<p>
            This example site does not include the published documents. On the partnership's
            own site this link opens the document.
          </p>`
        : html`<p>If you typed the web address, check it is correct.</p>`
    }
    <p><a href="/">Go to Child Safeguarding Practice Reviews</a></p>
  </main>`;
}
