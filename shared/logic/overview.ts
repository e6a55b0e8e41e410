/**
 * The figures on the overview (dashboard) cards for themes and work groups. Pure; no DOM, no Node.
 */
import type { ProjectFile, Theme } from '../model'

export interface ThemeOverview {
  interviews: number
  themes: number
  /** Themes in the candidate column(s) (Ingebracht). */
  candidate: number
  parked: number
  /** The chosen themes in the order of the chosen column(s) (their ranked order). */
  chosen: Theme[]
}

export function themeOverview(project: Pick<ProjectFile, 'interviews' | 'themes' | 'boardColumns'>): ThemeOverview {
  const byId = new Map(project.themes.map((theme) => [theme.id, theme]))
  const inRole = (role: string) =>
    project.boardColumns.filter((column) => column.role === role).flatMap((column) => column.themeIds).filter((id) => byId.has(id))
  return {
    interviews: project.interviews.length,
    themes: project.themes.length,
    candidate: inRole('candidate').length,
    parked: inRole('parked').length,
    chosen: [...new Set(inRole('chosen'))].map((id) => byId.get(id)!),
  }
}

export interface WorkGroupSummary {
  id: string
  name: string
  /** Members who are (still) active participants. */
  members: number
  /** The kartrekker's name, or null when the group has none (or the lead is no longer a member). */
  lead: string | null
}

export interface WorkGroupOverview {
  groups: WorkGroupSummary[]
  /** Active participants in no work group (only counted once there are work groups). */
  withoutGroup: number
  groupsWithoutLead: number
}

export function workGroupOverview(project: Pick<ProjectFile, 'participants' | 'workGroups'>): WorkGroupOverview {
  const active = new Map(project.participants.filter((p) => p.active).map((p) => [p.id, p]))
  const groups = project.workGroups.map((group) => {
    const lead = group.leadId !== null && group.memberIds.includes(group.leadId) ? active.get(group.leadId) : undefined
    return {
      id: group.id,
      name: group.name,
      members: new Set(group.memberIds.filter((id) => active.has(id))).size,
      lead: lead?.name ?? null,
    }
  })
  const inGroup = new Set(project.workGroups.flatMap((group) => group.memberIds))
  return {
    groups,
    withoutGroup: groups.length === 0 ? 0 : [...active.keys()].filter((id) => !inGroup.has(id)).length,
    groupsWithoutLead: groups.filter((group) => group.lead === null).length,
  }
}
