/**
 * Every change this screen makes to the project, as one hook. Each call is one edit:
 * autosaved within a second and one undo step (typing a group's name merges by mergeKey).
 * The pure rules live in shared/logic/work-groups.ts; these only apply them.
 */
import { useMemo } from 'react'
import {
  assign,
  createWorkGroup,
  keepOneGroupEach,
  removeMember,
  setLead,
  type AssignResult,
} from '../../../../shared/logic/work-groups'
import type { WorkGroup } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { currentProject, useEdit } from '../../app/session-store'

export interface WorkGroupEdits {
  /** One group per theme (name = theme title), in the given order; returns the new groups. */
  create(themes: ReadonlyArray<{ id: string; title: string }>): WorkGroup[]
  rename(groupId: string, name: string): void
  remove(groupId: string): void
  /** Into a group from the pool (fromGroupId null) or from another group (a move). */
  assign(participantId: string, groupId: string, fromGroupId: string | null): AssignResult
  unassign(groupId: string, participantId: string): void
  setLead(groupId: string, participantId: string | null): void
  /** The setting; `keep` (participantId → groupId) resolves people in several groups in the same step. */
  setAllowMultiple(allow: boolean, keep?: Readonly<Record<string, string>>): void
  /** Leave each listed person only in the chosen group, without changing the setting. */
  keepOne(keep: Readonly<Record<string, string>>): void
}

export function useWorkGroupEdits(): WorkGroupEdits {
  const edit = useEdit()
  return useMemo(() => {
    // Only a real change makes an edit (and an undo step): unchanged groups keep their reference.
    const setGroups = (groups: WorkGroup[]) => {
      const before = currentProject()?.workGroups
      if (before && before.length === groups.length && before.every((g, i) => g === groups[i])) return
      edit((project) => {
        project.workGroups = groups
      })
    }
    return {
      create(themes) {
        const created = themes.map((theme) => createWorkGroup(newId('wg-'), theme))
        if (created.length > 0)
          edit((project) => {
            project.workGroups.push(...created)
          })
        return created
      },
      rename(groupId, name) {
        edit(
          (project) => {
            const group = project.workGroups.find((g) => g.id === groupId)
            if (group) group.name = name
          },
          { mergeKey: `workGroup:${groupId}:name` },
        )
      },
      remove(groupId) {
        edit((project) => {
          project.workGroups = project.workGroups.filter((g) => g.id !== groupId)
        })
      },
      assign(participantId, groupId, fromGroupId) {
        const project = currentProject()
        if (!project) return { groups: [], kind: 'unchanged', leftGroupIds: [] }
        const result = assign(project.workGroups, participantId, groupId, {
          allowMultiple: project.settings.allowMultipleWorkGroups,
          fromGroupId,
        })
        if (result.kind !== 'unchanged') setGroups(result.groups)
        return result
      },
      unassign(groupId, participantId) {
        const project = currentProject()
        if (project) setGroups(removeMember(project.workGroups, groupId, participantId))
      },
      setLead(groupId, participantId) {
        const project = currentProject()
        if (project) setGroups(setLead(project.workGroups, groupId, participantId))
      },
      setAllowMultiple(allow, keep) {
        const project = currentProject()
        if (!project) return
        const groups = keep ? keepOneGroupEach(project.workGroups, keep) : null
        edit((draft) => {
          draft.settings.allowMultipleWorkGroups = allow
          if (groups) draft.workGroups = groups
        })
      },
      keepOne(keep) {
        const project = currentProject()
        if (project) setGroups(keepOneGroupEach(project.workGroups, keep))
      },
    }
  }, [edit])
}
