import { type Catalog, type IsoDate, listingHtml, publishedListing } from '@ddscp/domain';
import { html, raw } from 'hono/html';

/**
 * The Child Safeguarding Practice Reviews page on `today`: the published reviews of
 * `catalog` with only their live documents, so reports past their retention period drop off
 * by themselves, and the page says where they are now. Drawn by @ddscp/domain's renderer,
 * which escapes every value (hence `raw`).
 */
export function reviewsPage(catalog: Catalog, today: IsoDate) {
  const listing = publishedListing(catalog, today);
  return html`<main id="main-content" class="page__main">
      <h1>Child Safeguarding Practice Reviews</h1>
      <p>
        A local Child Safeguarding Practice Review is commissioned by the Derby and Derbyshire
        Safeguarding Children Partnership when a deeper review is needed following initial
        learning from a rapid review. These reviews involve the family (if they wish), relevant
        agencies, and result in a published report.
      </p>
      <p>
        Each completed review includes a report or summary outlining what happened, without
        identifying the child or family, highlighting what worked well, what needs to improve,
        and how future safeguarding can be strengthened to better protect children and young
        people.
      </p>
      ${raw(
        listingHtml(listing, {
          heading: 'Published Reviews',
          emptyText: 'There are no reviews on the website at the moment.',
        }),
      )}
      <p>
        The Keeping Babies Safe section of the website includes the 'Keeping Babies Safe
        Strategy' and a range of multi-agency resources for parents and professionals.
      </p>
      <p id="retention-sentence">
        Child Safeguarding Practice Review Reports will be available on the website for a period
        of one year from the date of publication.
      </p>
      <p>
        Enquiries about local Child Safeguarding Practice Reviews should be emailed to
        <a href="mailto:ddscp@derby.gov.uk">DDSCP</a>.
      </p>
    </main>
    <aside class="page__aside" aria-labelledby="in-this-section">
      <h2 id="in-this-section">In this section</h2>
      <ul>
        <li><a href="/" aria-current="page">Child Safeguarding Practice Reviews</a></li>
        <li>Learning Reviews</li>
        <li>Aston Hall</li>
      </ul>
    </aside>`;
}
