import type { ListingViewOptions } from '@ddscp/domain';

/** How the reviews page draws its listing: the same at build time and in the browser. */
export const listingOptions: ListingViewOptions = {
  heading: 'Published Reviews',
  emptyText: 'There are no reviews on the website at the moment.',
};
