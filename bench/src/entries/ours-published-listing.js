// A browser page that lists the published reviews with `publishedListing` and nothing else
// from @ddscp/domain: the catalogue comes as JSON from the server.
import { publishedListing } from '@ddscp/domain';

const response = await fetch('/catalog.json');
const listing = publishedListing(await response.json(), new Date().toISOString().slice(0, 10));
const list = document.createElement('ul');
for (const review of listing) {
  const item = document.createElement('li');
  item.textContent = review.title ?? review.review?.title ?? '';
  list.append(item);
}
document.body.append(list);
