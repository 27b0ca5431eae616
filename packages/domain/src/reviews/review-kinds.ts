// The vocabularies of reviews and their documents, as plain lists: the schemas build their
// enums from them, and the rules read them without bundling zod.

/**
 * The kinds of review a partnership publishes: `rapid-review` (every notified serious
 * incident gets one), `lcspr` (a local child safeguarding practice review), `national-review`
 * (one the national Panel took on), `learning-review` (non-statutory, commissioned locally)
 * and `serious-case-review` (the regime before 29 September 2019).
 */
export const reviewKinds = [
  'rapid-review',
  'lcspr',
  'national-review',
  'learning-review',
  'serious-case-review',
] as const;

/** A kind of review; see {@link reviewKinds}. */
export type ReviewKind = (typeof reviewKinds)[number];

/**
 * How the child's family took part in a review: reviews involve the family if they wish,
 * so "declined" and "not asked" are different facts, and `unknown` is kept apart from both.
 */
export const familyInvolvements = ['participated', 'declined', 'not-asked', 'unknown'] as const;

/** How the family took part in a review; see {@link familyInvolvements}. */
export type FamilyInvolvement = (typeof familyInvolvements)[number];

/**
 * The kinds of document a review publishes: the report itself and the products that carry
 * its learning (summaries, briefings, audit findings, guides, action plans).
 */
export const documentKinds = [
  'report',
  'executive-summary',
  'multi-agency-progress-summary',
  'learning-on-one-page',
  'seven-minute-briefing',
  'audit-findings',
  'best-practice-guide',
  'action-plan',
] as const;

/** A kind of review document; see {@link documentKinds}. */
export type DocumentKind = (typeof documentKinds)[number];

/**
 * The steps of a review's lifecycle, in the order they happen: the local authority becomes
 * aware of a serious incident, notifies the national Panel, the partners complete a rapid
 * review and decide whether to commission a local review, which is completed, sent to the
 * Panel and the Department for Education, and published. Each review's `timeline` records
 * the dates it has.
 */
export const timelineSteps = [
  'becameAware',
  'notifiedPanel',
  'rapidReviewCompleted',
  'decisionToCommission',
  'completed',
  'sentToPanel',
  'published',
] as const;

/** A step of the review lifecycle; see {@link timelineSteps}. */
export type TimelineStep = (typeof timelineSteps)[number];

/** Each step in words, for messages: "… is before the day the local authority became aware". */
export const timelineStepNames: Readonly<Record<TimelineStep, string>> = {
  becameAware: 'the local authority became aware',
  notifiedPanel: 'the Panel was notified',
  rapidReviewCompleted: 'the rapid review was completed',
  decisionToCommission: 'the review was commissioned',
  completed: 'the review was completed',
  sentToPanel: 'the final report was sent to the Panel and DfE',
  published: 'the review was published',
};
