import { z } from 'zod'
import { Id, OptionalDate, Text, record } from './primitives'

/**
 * The closing evaluation (evaluatie) of the learning community: quotes in three categories,
 * results per work group, challenges, and the critical success factors as a checklist.
 */

/** The three categories the seeds group the participants' quotes in. */
export const quoteCategories = ['learningYield', 'structure', 'groupDynamics'] as const
export const QuoteCategory = z.enum(quoteCategories)
export type QuoteCategory = z.infer<typeof QuoteCategory>

/** A quote from a participant; the order of `evaluation.quotes` is the order within each category. */
export const Quote = record({
  id: Id,
  text: z.string().max(5000),
  /** Who said it; null = anonymous. */
  participantId: Id.nullable().default(null),
  category: QuoteCategory.default('learningYield'),
})
export type Quote = z.infer<typeof Quote>

/** What a work group achieved, as the evaluation reports it. */
export const WorkGroupResult = record({
  workGroupId: Id,
  text: Text,
})
export type WorkGroupResult = z.infer<typeof WorkGroupResult>

export const challengeKinds = ['sustainability', 'continuity', 'improvement', 'other'] as const
export const ChallengeKind = z.enum(challengeKinds)
export type ChallengeKind = z.infer<typeof ChallengeKind>

/** A challenge for after the community: borging, continuity of the group, a point to improve. */
export const Challenge = record({
  id: Id,
  kind: ChallengeKind.default('other'),
  text: Text,
})
export type Challenge = z.infer<typeof Challenge>

export const checkStatuses = ['ok', 'attention', 'notApplicable'] as const
export const CheckStatus = z.enum(checkStatuses)
export type CheckStatus = z.infer<typeof CheckStatus>

/** The facilitator's mark on one point of a critical success factor (see success-factors.ts). */
export const SuccessFactorCheck = record({
  pointId: Id,
  /** in orde / aandacht nodig / n.v.t.; null = not reviewed yet */
  status: CheckStatus.nullable().default(null),
  remark: Text,
})
export type SuccessFactorCheck = z.infer<typeof SuccessFactorCheck>

export const Evaluation = record({
  /** The date of the closing evaluation meeting. */
  date: OptionalDate,
  /** How the evaluation was done (who took part, which questions were asked). */
  introduction: Text,
  /** The order in which the three categories are shown and reported. */
  categoryOrder: z.array(QuoteCategory).default(() => [...quoteCategories]),
  quotes: z.array(Quote).default([]),
  /** Overall results and the success factors the participants named. */
  overallResults: Text,
  workGroupResults: z.array(WorkGroupResult).default([]),
  challenges: z.array(Challenge).default([]),
  successFactorChecks: z.array(SuccessFactorCheck).default([]),
  conclusion: Text,
})
export type Evaluation = z.infer<typeof Evaluation>

export const emptyEvaluation = (): Evaluation => Evaluation.parse({})
