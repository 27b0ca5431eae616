import { describe, expectTypeOf, it } from 'vitest';
import type { IsoDate, IsoDateInput } from '../calendar/iso-date';
import type { PartialDate } from '../calendar/partial-date';
import { type ListedDocument, type ListedReview, publishedListing } from './published-listing';
import { type Takedown, takedownSchedule } from './takedown-schedule';

describe('what publishedListing gives a page', () => {
  it('is plain data with nulls for what is not known', () => {
    expectTypeOf(publishedListing).returns.toEqualTypeOf<ListedReview[]>();
    expectTypeOf(publishedListing).parameter(1).toEqualTypeOf<IsoDateInput>();
    expectTypeOf<ListedDocument['status']>().toEqualTypeOf<'live' | 'expiring' | 'undated'>();
    expectTypeOf<ListedDocument['liveUntil']>().toEqualTypeOf<IsoDate | null>();
    expectTypeOf<ListedDocument['published']>().toEqualTypeOf<PartialDate | null>();
    expectTypeOf<ListedReview['summary']>().toEqualTypeOf<string | null>();
    expectTypeOf(takedownSchedule).returns.toEqualTypeOf<Takedown[]>();
  });
});
