import { describe, expect, it } from 'vitest';
import { documentInput, reviewInput } from '../../test/support/reviews';
import { reviewSchema } from './review-schema';

const messagesFor = (input: unknown) =>
  reviewSchema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`);

describe('reviewSchema', () => {
  it('parses a review, filling in what a file may leave out', () => {
    const review = reviewSchema.parse(reviewInput());
    expect(review).toMatchObject({
      themes: [],
      agencies: [],
      familyInvolvement: 'unknown',
      learning: {
        whatHappened: [],
        whatWorkedWell: [],
        whatNeedsToImprove: [],
        howSafeguardingCanBeStrengthened: [],
      },
      timeline: {},
    });
    expect(review.documents[0]?.published).toBe('2024-03');
  });

  it('refuses kinds and family involvement outside the vocabulary', () => {
    expect(messagesFor(reviewInput({ kind: 'scr' }))?.[0]).toMatch(/^kind: /);
    expect(reviewSchema.safeParse(reviewInput({ familyInvolvement: 'refused' })).success).toBe(
      false,
    );
    expect(reviewSchema.safeParse(reviewInput({ familyInvolvement: 'declined' })).success).toBe(
      true,
    );
  });

  it('takes codes such as TDS20 and refuses anything that is not a code', () => {
    expect(reviewSchema.safeParse(reviewInput({ reference: 'TDS20' })).success).toBe(true);
    expect(reviewSchema.safeParse(reviewInput({ reference: 'CSPR 2023/01' })).success).toBe(true);
    expect(messagesFor(reviewInput({ reference: '<b>TDS20</b>' }))).toEqual([
      'reference: Expected the review\'s code, up to 30 letters and digits such as "TDS20"; found "<b>TDS20</b>".',
    ]);
  });

  it('refuses unknown fields, so a misspelt field is not silently dropped', () => {
    const result = reviewSchema.safeParse(reviewInput({ pubished: '2024-03' }));
    expect(result.error?.issues[0]).toMatchObject({
      code: 'unrecognized_keys',
      keys: ['pubished'],
    });
  });

  it('refuses lifecycle dates out of order, at the later date, naming the earlier one', () => {
    expect(
      messagesFor(
        reviewInput({ timeline: { becameAware: '2024-01-10', notifiedPanel: '2024-01-05' } }),
      ),
    ).toEqual([
      'timeline.notifiedPanel: 2024-01-05 is before 2024-01-10, the day the local authority became aware: the dates go in the order became aware, notified the Panel, rapid review completed, commissioned, completed, sent to the Panel and DfE, published.',
    ]);
  });

  it('compares with the latest date so far, skipping steps that are not recorded', () => {
    const messages = messagesFor(
      reviewInput({
        timeline: {
          notifiedPanel: '2024-02-01',
          decisionToCommission: '2024-03-01',
          completed: '2024-02-15',
        },
      }),
    );
    expect(messages).toHaveLength(1);
    expect(messages?.[0]).toMatch(
      /^timeline\.completed: 2024-02-15 is before 2024-03-01, the day the review was commissioned/,
    );
  });

  it('lets the same day serve two steps, and a month-precision publication in the month of completion', () => {
    expect(
      reviewSchema.safeParse(
        reviewInput({
          timeline: {
            becameAware: '2024-01-10',
            notifiedPanel: '2024-01-10',
            completed: '2024-03-20',
            published: '2024-03',
          },
        }),
      ).success,
    ).toBe(true);
    expect(
      messagesFor(
        reviewInput({ timeline: { completed: '2024-03-20', published: '2024-02' } }),
      )?.[0],
    ).toMatch(/^timeline\.published: 2024-02 is before 2024-03-20/);
  });

  it('refuses a document published before the review began', () => {
    expect(
      messagesFor(
        reviewInput({
          timeline: { becameAware: '2024-01-10' },
          documents: [
            documentInput({ published: '2023-12' }),
            documentInput({ id: 'summary', published: '2024-01' }),
          ],
        }),
      ),
    ).toEqual([
      'documents.0.published: 2023-12 is before the review began (2024-01-10, the day the local authority became aware): a document cannot be published before its review exists.',
    ]);
  });

  it('refuses two documents with one id', () => {
    expect(
      messagesFor(reviewInput({ documents: [documentInput(), documentInput({ title: 'Again' })] })),
    ).toEqual([
      'documents.1.id: documents[1] has the id "report" of documents[0]: document ids must be unique within a review.',
    ]);
  });

  it('keeps dates to the years whose working days are known', () => {
    expect(messagesFor(reviewInput({ timeline: { becameAware: '1990-01-10' } }))).toEqual([
      'timeline.becameAware: Expected a date from 1995 to 2099, the years whose working days this package knows; found "1990-01-10".',
    ]);
    expect(messagesFor(reviewInput({ timeline: { published: '2024-03-32' } }))?.[0]).toMatch(
      /^timeline\.published: Invalid date "2024-03-32" \(March 2024 has 31 days\)/,
    );
  });
});
