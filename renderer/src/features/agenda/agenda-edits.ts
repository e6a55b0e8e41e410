/** Every change the agenda builder makes to the project: one undoable edit each. */
import { useMemo } from 'react'
import type { AgendaItem, AgendaTemplate, Meeting } from '../../../../shared/model'
import { detachFromAgendaItem } from '../../../../shared/logic/actions'
import { copyAgendaItems, itemsFromTemplate, moveItem, newAgendaItem, templateFromAgenda } from '../../../../shared/logic/agenda'
import { newId } from '../../app/new-id'
import { useEdit } from '../../app/session-store'
import { useMeetingEdit } from '../meetings/edit-meeting'

type ItemPatch = Partial<Pick<AgendaItem, 'title' | 'kind' | 'durationMinutes' | 'ownerId' | 'preparation' | 'themeIds' | 'workGroupIds'>>

export function useAgendaEdits(meetingId: string) {
  const edit = useEdit()
  const editMeeting = useMeetingEdit()
  return useMemo(() => {
    const onMeeting = (recipe: Parameters<typeof editMeeting>[1], mergeKey?: string) => editMeeting(meetingId, recipe, mergeKey)
    return {
      add(title: string): string {
        const id = newId()
        onMeeting((meeting) => void meeting.agenda.push(newAgendaItem(id, title)))
        return id
      },
      update(itemId: string, patch: ItemPatch, field?: string) {
        onMeeting(
          (meeting) => {
            const item = meeting.agenda.find((i) => i.id === itemId)
            if (item) Object.assign(item, patch)
          },
          field ? `agenda-${itemId}-${field}` : undefined,
        )
      },
      /** Removes the item; its actions stay with the meeting (one undo step). */
      remove(itemId: string) {
        onMeeting((meeting, project) => {
          meeting.agenda = meeting.agenda.filter((i) => i.id !== itemId)
          project.actions = detachFromAgendaItem(project.actions, meetingId, itemId)
        })
      },
      move(from: number, to: number) {
        onMeeting((meeting) => {
          meeting.agenda = [...moveItem(meeting.agenda, from, to)]
        })
      },
      applyTemplate(template: Pick<AgendaTemplate, 'items'>): number {
        const items = itemsFromTemplate(template, () => newId())
        onMeeting((meeting) => void meeting.agenda.push(...items))
        return items.length
      },
      copyFrom(source: Meeting): number {
        const items = copyAgendaItems(source.agenda, () => newId())
        onMeeting((meeting) => void meeting.agenda.push(...items))
        return items.length
      },
      saveTemplate(name: string, items: readonly AgendaItem[]) {
        const template = templateFromAgenda(name, items, () => newId())
        edit((draft) => void draft.agendaTemplates.push(template))
      },
    }
  }, [edit, editMeeting, meetingId])
}

export type AgendaEdits = ReturnType<typeof useAgendaEdits>
