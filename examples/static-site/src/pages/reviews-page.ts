// The Child Safeguarding Practice Reviews page. The build drew the published reviews as on
// its day, so the page works without JavaScript; here, in the visitor's browser, they are
// drawn again for the visitor's day if it is another, so reports past their retention
// period drop off the page on the right day by themselves, with no one rebuilding the site.
// Both drawings come from @ddscp/domain's one renderer.

import { builtOn, catalog } from 'virtual:ddscp-catalog';
import { listingElement, publishedListing, ukToday } from '@ddscp/domain';
import { analytics } from '../site';
import { listingOptions } from './listing-options';

const today = ukToday();
const built = document.getElementById('published-reviews');
if (built && today !== builtOn) {
  built.replaceWith(listingElement(publishedListing(catalog, today), document, listingOptions));
}

// Downloads, for the analytics (held until the visitor decides, dropped if refused).
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a.review__document-link');
  if (link instanceof HTMLAnchorElement) {
    analytics.track({ en: 'file_download', dl: link.getAttribute('href') ?? '' });
  }
});
