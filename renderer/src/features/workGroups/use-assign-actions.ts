/**
 * Assigning, taking out and marking the kartrekker, from a drag, a select or a button: each
 * is one undoable edit followed by a notice that says what happened ("… is verplaatst van …
 * naar …") with "Ongedaan maken". Each returns that sentence (for the drag announcements).
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { leadOf } from '../../../../shared/logic/work-groups'
import type { ProjectFile } from '../../../../shared/model'
import { currentProject } from '../../app/session-store'
import type { WorkGroupEdits } from './work-group-edits'

/** The name a group is shown by: its own, or its theme's title while its name is empty. */
export function groupLabelIn(project: ProjectFile | null, groupId: string): string {
  const group = project?.workGroups.find((g) => g.id === groupId)
  if (!group) return ''
  return group.name.trim() || project?.themes.find((theme) => theme.id === group.themeId)?.title || '—'
}

const nameOf = (participantId: string) => currentProject()?.participants.find((p) => p.id === participantId)?.name ?? ''

export interface AssignActions {
  add(participantId: string, groupId: string, fromGroupId: string | null): string
  remove(groupId: string, participantId: string): string
  toggleLead(groupId: string, participantId: string): string
}

export function useAssignActions(edits: WorkGroupEdits, announce: (message: string) => void): AssignActions {
  const { t } = useTranslation('workGroups')
  return useMemo(() => {
    const label = (groupId: string) => groupLabelIn(currentProject(), groupId)
    return {
      add(participantId, groupId, fromGroupId) {
        const name = nameOf(participantId)
        const fromPool = fromGroupId === null
        const result = edits.assign(participantId, groupId, fromGroupId)
        const group = label(groupId)
        if (result.kind === 'unchanged') return t('announce.already', { name, group })
        let message: string
        if (result.kind === 'added') message = t('announce.added', { name, group })
        else {
          const from = result.leftGroupIds.map(label).join(', ')
          message = fromPool ? t('announce.movedOnlyOne', { name, from, group }) : t('announce.moved', { name, from, group })
        }
        announce(message)
        return message
      },
      remove(groupId, participantId) {
        const message = t('announce.removed', { name: nameOf(participantId), group: label(groupId) })
        edits.unassign(groupId, participantId)
        announce(message)
        return message
      },
      toggleLead(groupId, participantId) {
        const group = currentProject()?.workGroups.find((g) => g.id === groupId)
        if (!group) return ''
        const clear = leadOf(group) === participantId
        edits.setLead(groupId, clear ? null : participantId)
        const message = clear
          ? t('announce.leadCleared', { group: label(groupId) })
          : t('announce.lead', { name: nameOf(participantId), group: label(groupId) })
        announce(message)
        return message
      },
    }
  }, [edits, announce, t])
}
