// The Child Safeguarding Practice Reviews page: the published reviews as the catalogue says
// they stand today, in the visitor's browser. Reports past their retention period drop off
// the page on the right day by themselves, with no one editing the site.
import {
  ddscpCatalog,
  formatPartialDate,
  type ListedDocument,
  type ListedReview,
  publishedListing,
  ukToday,
} from '@ddscp/domain';
import { analytics } from '../site';
import { element } from './element';

function documentItem(document: ListedDocument): HTMLLIElement {
  const link = element('a', { href: document.link }, document.title);
  link.addEventListener('click', () => {
    analytics.track({ en: 'file_download', dl: document.link });
  });
  const facts = [
    document.published && `published ${formatPartialDate(document.published)}`,
    document.liveUntil && `available until ${formatPartialDate(document.liveUntil)}`,
  ].filter(Boolean);
  return element(
    'li',
    {},
    link,
    facts.length ? element('span', { class: 'document__meta' }, ` (${facts.join(', ')})`) : '',
  );
}

function reviewArticle(review: ListedReview): HTMLElement {
  return element(
    'article',
    { class: 'review', 'aria-labelledby': `review-${review.id}` },
    element('h3', { id: `review-${review.id}` }, review.title),
    review.summary ? element('p', {}, review.summary) : '',
    element('ul', { class: 'review__documents' }, ...review.documents.map(documentItem)),
    ...review.learning.howSafeguardingCanBeStrengthened.map((text) => element('p', {}, text)),
  );
}

const container = document.getElementById('published-reviews');
if (container) {
  const listing = publishedListing(ddscpCatalog, ukToday());
  container.replaceChildren(
    ...(listing.length
      ? listing.map(reviewArticle)
      : [element('p', {}, 'There are no reviews on the website at the moment.')]),
  );
}
