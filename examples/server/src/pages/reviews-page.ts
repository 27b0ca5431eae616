import {
  ddscpCatalog,
  formatPartialDate,
  type IsoDate,
  type ListedDocument,
  type ListedReview,
  publishedListing,
} from '@ddscp/domain';
import { html } from 'hono/html';

function documentItem(document: ListedDocument) {
  const facts = [
    document.published && `published ${formatPartialDate(document.published)}`,
    document.liveUntil && `available until ${formatPartialDate(document.liveUntil)}`,
  ].filter(Boolean);
  return html`<li>
    <a href="${document.link}">${document.title}</a>${
      facts.length ? html`<span class="document__meta"> (${facts.join(', ')})</span>` : ''
    }
  </li>`;
}

function reviewArticle(review: ListedReview) {
  return html`<article class="review" aria-labelledby="review-${review.id}">
    <h3 id="review-${review.id}">${review.title}</h3>
    ${review.summary ? html`<p>${review.summary}</p>` : ''}
    <ul class="review__documents">${review.documents.map(documentItem)}</ul>
    ${review.learning.howSafeguardingCanBeStrengthened.map((text) => html`<p>${text}</p>`)}
  </article>`;
}

/**
 * The Child Safeguarding Practice Reviews page on `today`: the published reviews with only
 * their live documents, so reports past their retention period drop off by themselves.
 */
export function reviewsPage(today: IsoDate) {
  const listing = publishedListing(ddscpCatalog, today);
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
      <h2>Published Reviews</h2>
      <div id="published-reviews">
        ${
          listing.length
            ? listing.map(reviewArticle)
            : html`<p>There are no reviews on the website at the moment.</p>`
        }
      </div>
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
