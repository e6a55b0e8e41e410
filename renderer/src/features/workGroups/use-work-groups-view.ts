/**
 * What the work-groups screen shows, derived from the project with useMemo (the selectors
 * return stable parts of the project; every list here is built once per change).
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import {
  affinityIndex,
  groupsForChosenThemes,
  groupsWithoutLead,
  emptyGroups,
  membersOfSeveralGroups,
  sortByName,
  stoppedMembers,
  themeStatus,
  unassignedParticipants,
  type ThemeStatus,
} from '../../../../shared/logic/work-groups'
import type { Theme, WorkGroup } from '../../../../shared/model'
import { useProject } from '../../app/session-store'

export interface GroupView {
  group: WorkGroup
  /** 1-based, in the order of the groups: the short label on affinity chips. */
  number: number
  /** The name to show (the theme title while the name is empty). */
  label: string
  themeId: string
  themeTitle: string | null
  themeStatus: ThemeStatus
}

export interface PersonView {
  id: string
  name: string
  /** Discipline, or the category in words. */
  role: string
  active: boolean
}

export interface WorkGroupsView {
  groups: GroupView[]
  groupsById: ReadonlyMap<string, GroupView>
  people: ReadonlyMap<string, PersonView>
  /** Active participants by name. */
  active: PersonView[]
  unassigned: PersonView[]
  /** participantId → ids of their groups */
  membership: ReadonlyMap<string, string[]>
  affinities: ReadonlyMap<string, ReadonlyMap<string, number>>
  chosenWithoutGroup: Theme[]
  hasChosenThemes: boolean
  allowMultiple: boolean
  flags: {
    unassigned: number
    noLead: number
    empty: number
    notChosen: number
    several: Array<{ participantId: string; groupIds: string[] }>
    stopped: number
  }
}

export function useWorkGroupsView(): WorkGroupsView {
  const { t } = useTranslation()
  const participants = useProject((p) => p.participants)
  const workGroups = useProject((p) => p.workGroups)
  const themes = useProject((p) => p.themes)
  const columns = useProject((p) => p.boardColumns)
  const scores = useProject((p) => p.prioritisation.scores)
  const allowMultiple = useProject((p) => p.settings.allowMultipleWorkGroups)

  const people = useMemo(() => {
    const map = new Map<string, PersonView>()
    for (const p of participants) {
      map.set(p.id, { id: p.id, name: p.name, role: p.discipline || t(`categories.${p.category}`), active: p.active })
    }
    return map
  }, [participants, t])

  const affinities = useMemo(() => affinityIndex(scores), [scores])

  const groups = useMemo(() => {
    const titles = new Map(themes.map((theme) => [theme.id, theme.title]))
    return workGroups.map(
      (group, index): GroupView => ({
        group,
        number: index + 1,
        label: group.name.trim() || titles.get(group.themeId) || '—',
        themeId: group.themeId,
        themeTitle: titles.get(group.themeId) ?? null,
        themeStatus: themeStatus(group, themes, columns),
      }),
    )
  }, [workGroups, themes, columns])

  return useMemo(() => {
    const active = sortByName([...people.values()].filter((p) => p.active))
    const membership = new Map<string, string[]>()
    for (const g of workGroups) for (const id of g.memberIds) membership.set(id, [...(membership.get(id) ?? []), g.id])
    const chosenWithoutGroup = groupsForChosenThemes(themes, columns, workGroups)
    const unassigned = unassignedParticipants(active, workGroups)
    return {
      groups,
      groupsById: new Map(groups.map((g) => [g.group.id, g])),
      people,
      active,
      unassigned,
      membership,
      affinities,
      chosenWithoutGroup,
      hasChosenThemes: chosenWithoutGroup.length > 0 || groups.some((g) => g.themeStatus === 'chosen'),
      allowMultiple,
      flags: {
        unassigned: unassigned.length,
        noLead: groupsWithoutLead(workGroups).filter((g) => g.memberIds.length > 0).length,
        empty: emptyGroups(workGroups).length,
        notChosen: groups.filter((g) => g.themeStatus !== 'chosen').length,
        several: membersOfSeveralGroups(workGroups),
        stopped: stoppedMembers(workGroups, participants).length,
      },
    }
  }, [people, workGroups, themes, columns, groups, affinities, allowMultiple, participants])
}
