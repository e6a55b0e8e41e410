/**
 * Plans of approach (plannen van aanpak): making a plan for a work group, its actions (the
 * project's shared actions filtered by work group), adopting a version (vaststellen) and
 * whether the plan changed since. Pure; version comparison is in plan-compare.ts.
 */
import type {
  Action,
  ActionResearchCycle,
  Meeting,
  Milestone,
  Plan,
  PlanActionSnapshot,
  PlanContent,
  PlanVersion,
  Theme,
  WorkGroup,
} from '../model'

/** What a version keeps, and what "the current plan" is when comparing. */
export interface PlanSnapshot {
  content: PlanContent
  actions: PlanActionSnapshot[]
}

export const emptyPlanContent = (): PlanContent => ({
  background: '',
  objective: '',
  learningQuestions: [],
  intendedResults: '',
  cycles: [],
  involvedParticipantIds: [],
  stakeholderIds: [],
  otherStakeholders: '',
  milestones: [],
  evaluationApproach: '',
})

/**
 * A new plan for a work group: in concept, with the learning questions of the group's theme
 * (copied, with new ids, so editing them here leaves the theme alone) and the group's members
 * as betrokkenen.
 */
export function createPlan(id: string, group: WorkGroup, theme: Theme | undefined): Plan {
  return {
    id,
    workGroupId: group.id,
    ...emptyPlanContent(),
    learningQuestions: (theme?.learningQuestions ?? []).map((q, index) => ({ id: `${id}-lq-${index + 1}`, text: q.text })),
    involvedParticipantIds: [...group.memberIds],
    status: 'draft',
    versions: [],
  }
}

/** The plan of a work group, if it has one. */
export const planOf = (plans: readonly Plan[], workGroupId: string): Plan | undefined =>
  plans.find((plan) => plan.workGroupId === workGroupId)

/**
 * The actions of a work group's plan: the shared actions of that work group, in their stored
 * order. An action without a work group of its own belongs to the group of its meeting (an
 * action agreed in a work-group meeting), as on the Acties screen.
 */
export function actionsOfGroup(
  actions: readonly Action[],
  workGroupId: string,
  meetings: readonly Pick<Meeting, 'id' | 'workGroupId'>[] = [],
): Action[] {
  const meetingGroups = new Map(meetings.map((m) => [m.id, m.workGroupId]))
  return actions.filter(
    (action) => (action.workGroupId ?? (action.meetingId ? (meetingGroups.get(action.meetingId) ?? null) : null)) === workGroupId,
  )
}

export const actionSnapshot = (action: Action): PlanActionSnapshot => ({
  id: action.id,
  what: action.what,
  ownerId: action.ownerId,
  deadline: action.deadline,
  status: action.status,
})

const copyCycle = (c: ActionResearchCycle): ActionResearchCycle => ({
  ...c,
  try: { ...c.try },
  saw: { ...c.saw },
  learnt: { ...c.learnt },
  implement: { ...c.implement },
})

/** The plan's sections, detached from the plan (deep enough that later edits do not reach it). */
export function contentOf(plan: PlanContent): PlanContent {
  return {
    background: plan.background,
    objective: plan.objective,
    learningQuestions: plan.learningQuestions.map((q) => ({ ...q })),
    intendedResults: plan.intendedResults,
    cycles: plan.cycles.map(copyCycle),
    involvedParticipantIds: [...plan.involvedParticipantIds],
    stakeholderIds: [...plan.stakeholderIds],
    otherStakeholders: plan.otherStakeholders,
    milestones: plan.milestones.map((m) => ({ ...m })),
    evaluationApproach: plan.evaluationApproach,
  }
}

/**
 * The plan as it is now, with its group's actions (from actionsOfGroup): the right-hand side
 * of "compare with now". The functions below all take the group's actions, already filtered.
 */
export function currentSnapshot(plan: Plan, groupActions: readonly Action[]): PlanSnapshot {
  return { content: contentOf(plan), actions: groupActions.map(actionSnapshot) }
}

export const latestVersion = (plan: Plan): PlanVersion | undefined =>
  plan.versions.reduce<PlanVersion | undefined>((latest, v) => (latest === undefined || v.number > latest.number ? v : latest), undefined)

/**
 * Mark the plan vastgesteld: its status becomes adopted and a snapshot of the sections and the
 * group's actions is kept as the next version number.
 */
export function adoptPlan(
  plan: Plan,
  groupActions: readonly Action[],
  { versionId, adoptedAt, note = '' }: { versionId: string; adoptedAt: string; note?: string },
): Plan {
  const snapshot = currentSnapshot(plan, groupActions)
  const version: PlanVersion = {
    id: versionId,
    number: (latestVersion(plan)?.number ?? 0) + 1,
    adoptedAt,
    note,
    content: snapshot.content,
    actions: snapshot.actions,
  }
  return { ...plan, status: 'adopted', versions: [...plan.versions, version] }
}

/** Canonical JSON of a snapshot, to tell whether two snapshots are the same. */
const fingerprint = (snapshot: PlanSnapshot): string => JSON.stringify(normalise(snapshot))

function normalise(snapshot: PlanSnapshot): unknown {
  const c = snapshot.content
  return [
    c.background,
    c.objective,
    c.learningQuestions.map((q) => [q.id, q.text]),
    c.intendedResults,
    c.cycles.map((y) => [y.id, y.title, ...(['try', 'saw', 'learnt', 'implement'] as const).map((k) => [y[k].text, y[k].date])]),
    c.involvedParticipantIds,
    c.stakeholderIds,
    c.otherStakeholders,
    c.milestones.map((m) => [m.id, m.date, m.title, m.done]),
    c.evaluationApproach,
    snapshot.actions.map((a) => [a.id, a.what, a.ownerId, a.deadline, a.status]),
  ]
}

export const sameSnapshot = (a: PlanSnapshot, b: PlanSnapshot): boolean => fingerprint(a) === fingerprint(b)

export const versionSnapshot = (version: PlanVersion): PlanSnapshot => ({ content: version.content, actions: version.actions })

/** True when the plan (or its group's actions) differs from its latest adopted version. */
export function changedSinceAdoption(plan: Plan, groupActions: readonly Action[]): boolean {
  const latest = latestVersion(plan)
  return latest !== undefined && !sameSnapshot(versionSnapshot(latest), currentSnapshot(plan, groupActions))
}

/**
 * What the plan shows as its status: vastgesteld only while nothing changed since the latest
 * version; once edited it is a concept again (the adopted version stays in the history).
 */
export function effectiveStatus(plan: Plan, groupActions: readonly Action[]): Plan['status'] {
  if (plan.status !== 'adopted' || plan.versions.length === 0) return 'draft'
  return changedSinceAdoption(plan, groupActions) ? 'draft' : 'adopted'
}

/** Milestones by date (undated last), keeping the stored order among equal dates. */
export function milestonesByDate(milestones: readonly Milestone[]): Milestone[] {
  return milestones
    .map((m, index) => ({ m, index }))
    .sort((a, b) => {
      if (a.m.date === b.m.date) return a.index - b.index
      if (a.m.date === null) return 1
      if (b.m.date === null) return -1
      return a.m.date < b.m.date ? -1 : 1
    })
    .map(({ m }) => m)
}

export interface PlanProgress {
  actionsDone: number
  actionsTotal: number
  milestonesDone: number
  milestonesTotal: number
}

/** Counts for the plan list: cancelled actions are left out of both numbers. */
export function planProgress(plan: Plan, groupActions: readonly Action[]): PlanProgress {
  const own = groupActions.filter((a) => a.status !== 'cancelled')
  return {
    actionsDone: own.filter((a) => a.status === 'done').length,
    actionsTotal: own.length,
    milestonesDone: plan.milestones.filter((m) => m.done).length,
    milestonesTotal: plan.milestones.length,
  }
}
