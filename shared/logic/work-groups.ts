/**
 * Pure work-group logic (werkgroepen): which chosen themes still need a group, assigning
 * people (move or add, following the "more than one group" setting), the kartrekker, and
 * the flags the facilitator should see. No DOM, no Node; every function returns new
 * arrays and objects and leaves unchanged groups as they were (same reference).
 */
import type { BoardColumn, Participant, Theme, ThemeScore, WorkGroup } from '../model'

/** The ids of the chosen themes (every column with role 'chosen'), in board order, without duplicates. */
export function chosenThemeIds(columns: readonly BoardColumn[]): string[] {
  const ids: string[] = []
  for (const column of columns) {
    if (column.role !== 'chosen') continue
    for (const id of column.themeIds) if (!ids.includes(id)) ids.push(id)
  }
  return ids
}

/** The chosen themes that do not have a work group yet, in board order. */
export function groupsForChosenThemes(
  themes: readonly Theme[],
  columns: readonly BoardColumn[],
  groups: readonly WorkGroup[],
): Theme[] {
  const withGroup = new Set(groups.map((g) => g.themeId))
  const byId = new Map(themes.map((theme) => [theme.id, theme]))
  return chosenThemeIds(columns)
    .filter((id) => !withGroup.has(id))
    .map((id) => byId.get(id))
    .filter((theme): theme is Theme => theme !== undefined)
}

/** A new, empty work group for a theme; its name starts as the theme's title. */
export function createWorkGroup(id: string, theme: Pick<Theme, 'id' | 'title'>): WorkGroup {
  return { id, themeId: theme.id, name: theme.title, memberIds: [], leadId: null }
}

/** Why a group's theme needs attention: it left the chosen column, or it no longer exists at all. */
export type ThemeStatus = 'chosen' | 'notChosen' | 'missing'

export function themeStatus(group: WorkGroup, themes: readonly Theme[], columns: readonly BoardColumn[]): ThemeStatus {
  if (!themes.some((theme) => theme.id === group.themeId)) return 'missing'
  return chosenThemeIds(columns).includes(group.themeId) ? 'chosen' : 'notChosen'
}

export type AssignKind = 'added' | 'moved' | 'unchanged'

export interface AssignResult {
  groups: WorkGroup[]
  /** added: now also in the target; moved: left one or more groups for it; unchanged: nothing to do. */
  kind: AssignKind
  /** The groups the participant left, by id (for "verplaatst van … naar …"). */
  leftGroupIds: string[]
}

export interface AssignOptions {
  /** settings.allowMultipleWorkGroups */
  allowMultiple: boolean
  /** Dragged from (or "moved from") this group: they leave it, whatever the setting. */
  fromGroupId?: string | null
}

const without = (group: WorkGroup, participantId: string): WorkGroup => ({
  ...group,
  memberIds: group.memberIds.filter((id) => id !== participantId),
  leadId: group.leadId === participantId ? null : group.leadId,
})

/**
 * Put a participant in a group. Coming from another group (fromGroupId) is a move. From the
 * pool it adds them when several groups are allowed; otherwise they leave any other group (a move).
 */
export function assign(
  groups: readonly WorkGroup[],
  participantId: string,
  groupId: string,
  { allowMultiple, fromGroupId = null }: AssignOptions,
): AssignResult {
  const target = groups.find((g) => g.id === groupId)
  if (!target) return { groups: [...groups], kind: 'unchanged', leftGroupIds: [] }
  const leaves = (g: WorkGroup) =>
    g.id !== groupId && g.memberIds.includes(participantId) && (g.id === fromGroupId || !allowMultiple)
  const leftGroupIds = groups.filter(leaves).map((g) => g.id)
  const joins = !target.memberIds.includes(participantId)
  if (!joins && leftGroupIds.length === 0) return { groups: [...groups], kind: 'unchanged', leftGroupIds: [] }
  const next = groups.map((g) => {
    if (g.id === groupId) return joins ? { ...g, memberIds: [...g.memberIds, participantId] } : g
    return leftGroupIds.includes(g.id) ? without(g, participantId) : g
  })
  return { groups: next, kind: leftGroupIds.length > 0 ? 'moved' : 'added', leftGroupIds }
}

/** Take someone out of a group; if they were its kartrekker, the group has none any more. */
export function removeMember(groups: readonly WorkGroup[], groupId: string, participantId: string): WorkGroup[] {
  return groups.map((g) => (g.id === groupId && g.memberIds.includes(participantId) ? without(g, participantId) : g))
}

/** Make a member the kartrekker (one per group), or clear it with null. Non-members are ignored. */
export function setLead(groups: readonly WorkGroup[], groupId: string, participantId: string | null): WorkGroup[] {
  return groups.map((g) => {
    if (g.id !== groupId) return g
    if (participantId !== null && !g.memberIds.includes(participantId)) return g
    return g.leadId === participantId ? g : { ...g, leadId: participantId }
  })
}

/** The group's kartrekker, if it has a valid one (a member). */
export const leadOf = (group: WorkGroup): string | null =>
  group.leadId !== null && group.memberIds.includes(group.leadId) ? group.leadId : null

/** Active participants who are in no work group yet ("Nog zonder werkgroep"), in the given order. */
export function unassignedParticipants<P extends Pick<Participant, 'id' | 'active'>>(
  participants: readonly P[],
  groups: readonly WorkGroup[],
): P[] {
  const assigned = new Set(groups.flatMap((g) => g.memberIds))
  return participants.filter((p) => p.active && !assigned.has(p.id))
}

/** Groups without a kartrekker (a lead who is no longer a member counts as none). */
export function groupsWithoutLead(groups: readonly WorkGroup[]): WorkGroup[] {
  return groups.filter((g) => leadOf(g) === null)
}

export function emptyGroups(groups: readonly WorkGroup[]): WorkGroup[] {
  return groups.filter((g) => g.memberIds.length === 0)
}

/** The groups someone is in, in group order. */
export function groupIdsOf(groups: readonly WorkGroup[], participantId: string): string[] {
  return groups.filter((g) => g.memberIds.includes(participantId)).map((g) => g.id)
}

/** People in more than one group, with those groups (what to resolve before forbidding it). */
export function membersOfSeveralGroups(groups: readonly WorkGroup[]): Array<{ participantId: string; groupIds: string[] }> {
  const seen = new Map<string, string[]>()
  for (const g of groups) {
    for (const id of g.memberIds) seen.set(id, [...(seen.get(id) ?? []), g.id])
  }
  return [...seen].filter(([, ids]) => ids.length > 1).map(([participantId, groupIds]) => ({ participantId, groupIds }))
}

/**
 * Leave each listed person only in the group chosen for them (keep: participantId → groupId).
 * People not listed, or with a choice that is not one of their groups, are left as they are.
 */
export function keepOneGroupEach(groups: readonly WorkGroup[], keep: Readonly<Record<string, string>>): WorkGroup[] {
  return groups.map((g) => {
    let next = g
    for (const id of g.memberIds) {
      const kept = keep[id]
      if (kept === undefined || kept === g.id || !groups.some((o) => o.id === kept && o.memberIds.includes(id))) continue
      next = without(next, id)
    }
    return next
  })
}

/** Members who stopped (inactive): they stay shown in their group, marked, until removed. */
export function stoppedMembers(groups: readonly WorkGroup[], participants: readonly Pick<Participant, 'id' | 'active'>[]) {
  const inactive = new Set(participants.filter((p) => !p.active).map((p) => p.id))
  return groups.flatMap((g) => g.memberIds.filter((id) => inactive.has(id)).map((participantId) => ({ groupId: g.id, participantId })))
}

/** A participant's affinity (1–5) for a theme from the prioritisation scores, or null when not scored. */
export function affinityOf(scores: readonly ThemeScore[], participantId: string, themeId: string): number | null {
  for (const score of scores) {
    if (score.participantId === participantId && score.themeId === themeId && score.affinity !== null) return score.affinity
  }
  return null
}

/** participantId → themeId → affinity, for looking up many at once (a screen with 60 people × 5 groups). */
export function affinityIndex(scores: readonly ThemeScore[]): Map<string, Map<string, number>> {
  const index = new Map<string, Map<string, number>>()
  for (const score of scores) {
    if (score.affinity === null) continue
    let row = index.get(score.participantId)
    if (!row) index.set(score.participantId, (row = new Map()))
    if (!row.has(score.themeId)) row.set(score.themeId, score.affinity)
  }
  return index
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/**
 * Highest affinity for the theme first; people without a score for it last; then by name.
 * Returns a new array.
 */
export function sortByAffinity<P extends Pick<Participant, 'id' | 'name'>>(
  participants: readonly P[],
  affinities: ReadonlyMap<string, ReadonlyMap<string, number>>,
  themeId: string,
): P[] {
  const score = (p: P) => affinities.get(p.id)?.get(themeId) ?? 0
  return [...participants].sort((a, b) => score(b) - score(a) || collator.compare(a.name, b.name))
}

export function sortByName<P extends Pick<Participant, 'name'>>(participants: readonly P[]): P[] {
  return [...participants].sort((a, b) => collator.compare(a.name, b.name))
}

/**
 * For each person in several groups, the group to keep by default: the one whose theme they
 * feel most affinity for; on a tie (or no scores), the first of their groups.
 */
export function defaultKeepChoice(
  groups: readonly WorkGroup[],
  affinities: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Record<string, string> {
  const keep: Record<string, string> = {}
  for (const { participantId, groupIds } of membersOfSeveralGroups(groups)) {
    let best = groupIds[0]!
    let bestScore = -1
    for (const id of groupIds) {
      const themeId = groups.find((g) => g.id === id)!.themeId
      const value = affinities.get(participantId)?.get(themeId) ?? 0
      if (value > bestScore) {
        best = id
        bestScore = value
      }
    }
    keep[participantId] = best
  }
  return keep
}
