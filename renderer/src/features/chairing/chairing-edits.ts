/**
 * What the chairing view writes into the project: each step of the chairing (the record and the
 * actual time per item, see shared/logic/chairing-record.ts), notes, decisions and actions. Each
 * is one undo step; the view reads its clock back from the record, so undo moves it too.
 */
import { useMemo } from 'react'
import { workGroupForNewAction } from '../../../../shared/logic/actions'
import { type ChairedMeeting, finishChairing, moveChairing, startChairing, togglePause } from '../../../../shared/logic/chairing-record'
import { newId } from '../../app/new-id'
import { useMeetingEdit } from '../meetings/edit-meeting'
import { newAction } from '../meetings/meeting-edits'

export function useChairingEdits(meetingId: string) {
  const editMeeting = useMeetingEdit()
  return useMemo(() => {
    const step = (change: (meeting: ChairedMeeting) => ChairedMeeting) =>
      editMeeting(meetingId, (meeting) => {
        const next = change(meeting)
        meeting.agenda = next.agenda
        meeting.chairing = next.chairing
      })
    const onItem = (itemId: string, recipe: (item: ChairedMeeting['agenda'][number]) => void, mergeKey?: string) =>
      editMeeting(
        meetingId,
        (meeting) => {
          const item = meeting.agenda.find((i) => i.id === itemId)
          if (item) recipe(item)
        },
        mergeKey,
      )

    return {
      start: (now: number) => step((m) => startChairing(m, now)),
      moveTo: (index: number, now: number) => step((m) => moveChairing(m, index, now)),
      togglePause: (now: number) => step((m) => togglePause(m, now)),
      finish: (now: number) => step((m) => finishChairing(m, now)),
      setNotes(itemId: string, notes: string) {
        onItem(
          itemId,
          (item) => {
            item.notes = notes
          },
          `chair-notes-${itemId}`,
        )
      },
      addDecision(itemId: string, text: string) {
        onItem(itemId, (item) => void item.decisions.push({ id: newId('dc-'), text }))
      },
      addAction(itemId: string, what: string, ownerId: string | null, deadline: string | null, now: number) {
        editMeeting(meetingId, (meeting, project) => {
          const item = meeting.agenda.find((i) => i.id === itemId) ?? null
          project.actions.push(newAction({ what, ownerId, deadline, meetingId, agendaItemId: itemId, workGroupId: workGroupForNewAction(meeting, item) }, now))
        })
      },
    }
  }, [editMeeting, meetingId])
}

export type ChairingEdits = ReturnType<typeof useChairingEdits>
