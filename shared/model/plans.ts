import { z } from 'zod'
import { Id, OptionalDate, Text, Timestamp, record } from './primitives'
import { ActionStatus } from './meetings'
import { LearningQuestion } from './themes'

/**
 * Plans of approach (plannen van aanpak), one per work group.
 *
 * A plan's actions are not stored here: they are the project's `actions` (shared with the
 * meeting actions) whose `workGroupId` is the plan's group. A version snapshot copies them,
 * so that an adopted version shows the actions as they were when it was adopted.
 */

/** One dated step of an action-research cycle. */
export const CycleStep = record({
  text: Text,
  date: OptionalDate,
})
export type CycleStep = z.infer<typeof CycleStep>

const emptyStep = (): CycleStep => ({ text: '', date: null })

/** One action-research cycle (Migchelbrink): try → saw → learnt → implement, each dated. */
export const ActionResearchCycle = record({
  id: Id,
  title: z.string().max(300).default(''),
  /** Wat we uitproberen */
  try: CycleStep.default(emptyStep),
  /** Wat we zagen */
  saw: CycleStep.default(emptyStep),
  /** Wat we leerden */
  learnt: CycleStep.default(emptyStep),
  /** Wat we invoeren */
  implement: CycleStep.default(emptyStep),
})
export type ActionResearchCycle = z.infer<typeof ActionResearchCycle>

export const cycleSteps = ['try', 'saw', 'learnt', 'implement'] as const
export type CycleStepKey = (typeof cycleSteps)[number]

/** A milestone of the plan's planning. */
export const Milestone = record({
  id: Id,
  date: OptionalDate,
  title: z.string().max(500).default(''),
  done: z.boolean().default(false),
})
export type Milestone = z.infer<typeof Milestone>

/** concept (draft) or vastgesteld (adopted). */
export const planStatuses = ['draft', 'adopted'] as const
export const PlanStatus = z.enum(planStatuses)
export type PlanStatus = z.infer<typeof PlanStatus>

/** An action as a version snapshot keeps it (the live actions are the project's `actions`). */
export const PlanActionSnapshot = record({
  id: Id,
  what: z.string().max(2000).default(''),
  ownerId: Id.nullable().default(null),
  deadline: OptionalDate,
  status: ActionStatus.default('open'),
})
export type PlanActionSnapshot = z.infer<typeof PlanActionSnapshot>

/** The sections of a plan: what a version keeps and what two versions are compared on. */
export const planContentShape = {
  /** Aanleiding */
  background: Text,
  /** Doelstelling */
  objective: Text,
  /** Leervragen: copied from the group's theme when the plan is made, then edited here. */
  learningQuestions: z.array(LearningQuestion).default([]),
  /** Beoogde resultaten en producten */
  intendedResults: Text,
  cycles: z.array(ActionResearchCycle).default([]),
  /** Betrokkenen: participants by id */
  involvedParticipantIds: z.array(Id).default([]),
  /** Stakeholders (klankbordgroep, stuurgroep) by id */
  stakeholderIds: z.array(Id).default([]),
  /** Other stakeholders, described in words (organisations that are not in the stakeholder list). */
  otherStakeholders: Text,
  milestones: z.array(Milestone).default([]),
  /** Hoe we het plan evalueren */
  evaluationApproach: Text,
}

export const PlanContent = record(planContentShape)
export type PlanContent = z.infer<typeof PlanContent>

/** A snapshot kept when the plan was marked vastgesteld. */
export const PlanVersion = record({
  id: Id,
  /** 1, 2, 3… in order of adoption. */
  number: z.number().int().min(1),
  adoptedAt: Timestamp,
  /** Optional note: by whom or at which meeting it was adopted. */
  note: Text,
  content: PlanContent,
  actions: z.array(PlanActionSnapshot).default([]),
})
export type PlanVersion = z.infer<typeof PlanVersion>

export const Plan = record({
  id: Id,
  workGroupId: Id,
  ...planContentShape,
  status: PlanStatus.default('draft'),
  versions: z.array(PlanVersion).default([]),
})
export type Plan = z.infer<typeof Plan>
