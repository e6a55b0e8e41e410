/**
 * The plans of approach and the closing evaluation of the Heerlen example (seeds: STAND-BY!
 * articles): per work group a plan with objective, actions and action-research cycles; the
 * evaluation's quotes in three categories, results, challenges and success-factor checks.
 */
import type { Action, Evaluation, Plan } from '../model'
import { emptyEvaluation } from '../model'

export interface PlanWork {
  plans: Plan[]
  evaluation: Evaluation
}

export function buildHeerlenPlanWork(): PlanWork {
  return { plans: [], evaluation: emptyEvaluation() }
}

/** The actions of the three plans (shared actions with a workGroupId, not tied to a meeting). */
export function buildHeerlenPlanActions(): Action[] {
  return []
}
