/** What the chairing view writes into the project: the chairing record, actual time per item, notes, decisions and actions. */
import { tzOffset } from '@date-fns/tz'
import { useMemo } from 'react'
import type { Meeting } from '../../../../shared/model'
import type { ChairingClock, FinishedVisit } from '../../../../shared/logic/chairing-timer'
import { startClock } from '../../../../shared/logic/chairing-timer'
import { newId } from '../../app/new-id'
import { useEdit } from '../../app/session-store'

/**
 * An instant as an ISO string with the Amsterdam offset, as the model stores instants:
 * "2019-03-27T15:30:00.000+01:00". Built from the offset alone (no Date subclass), so it is the
 * same under any Date implementation, the test's controlled clock included.
 */
export function amsterdamIsoAt(ms: number): string {
  const offset = tzOffset('Europe/Amsterdam', new Date(ms))
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23)
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`
}

/** Time already spent per item, from the recorded actual seconds. */
export function spentFromMeeting(meeting: Meeting): Record<string, number> {
  const spent: Record<string, number> = {}
  for (const item of meeting.agenda) if (item.actualSeconds !== null) spent[item.id] = item.actualSeconds * 1000
  return spent
}

/** The clock of a chairing that is still running in the project (the app was closed mid-meeting), or null. */
export function resumeClock(meeting: Meeting): ChairingClock | null {
  const record = meeting.chairing
  if (!record || record.endedAt !== null) return null
  const last = record.itemTimes.at(-1)
  if (!last || last.endedAt !== null) return null
  const index = meeting.agenda.findIndex((item) => item.id === last.agendaItemId)
  const startedAt = Date.parse(last.startedAt)
  if (index < 0 || Number.isNaN(startedAt)) return null
  return { ...startClock(startedAt, index, spentFromMeeting(meeting)), visitStartedAt: startedAt }
}

export function useChairingEdits(meetingId: string) {
  const edit = useEdit()
  return useMemo(() => {
    const onMeeting = (recipe: (meeting: Meeting) => void, mergeKey?: string) =>
      edit(
        (draft) => {
          const meeting = draft.meetings.find((m) => m.id === meetingId)
          if (meeting) recipe(meeting)
        },
        mergeKey ? { mergeKey } : undefined,
      )

    const closeVisit = (meeting: Meeting, finished: FinishedVisit | null) => {
      if (!finished) return
      const item = meeting.agenda.find((i) => i.id === finished.itemId)
      if (item) item.actualSeconds = Math.round(finished.totalMs / 100) / 10
      const open = meeting.chairing?.itemTimes.findLast((t) => t.agendaItemId === finished.itemId && t.endedAt === null)
      if (open) open.endedAt = amsterdamIsoAt(finished.endedAt)
    }
    const openVisit = (meeting: Meeting, index: number, now: number) => {
      const item = meeting.agenda[index]
      if (item && meeting.chairing) meeting.chairing.itemTimes.push({ agendaItemId: item.id, startedAt: amsterdamIsoAt(now), endedAt: null })
    }

    return {
      start(now: number) {
        onMeeting((meeting) => {
          if (!meeting.chairing) meeting.chairing = { startedAt: amsterdamIsoAt(now), endedAt: null, itemTimes: [] }
          else meeting.chairing.endedAt = null
          openVisit(meeting, 0, now)
        })
      },
      move(finished: FinishedVisit | null, index: number, now: number) {
        onMeeting((meeting) => {
          closeVisit(meeting, finished)
          openVisit(meeting, index, now)
        })
      },
      finish(finished: FinishedVisit | null, now: number) {
        onMeeting((meeting) => {
          closeVisit(meeting, finished)
          if (meeting.chairing) meeting.chairing.endedAt = amsterdamIsoAt(now)
        })
      },
      setNotes(itemId: string, notes: string) {
        onMeeting((meeting) => {
          const item = meeting.agenda.find((i) => i.id === itemId)
          if (item) item.notes = notes
        }, `chair-notes-${itemId}`)
      },
      addDecision(itemId: string, text: string) {
        onMeeting((meeting) => {
          meeting.agenda.find((i) => i.id === itemId)?.decisions.push({ id: newId(), text })
        })
      },
      addAction(itemId: string, what: string, ownerId: string | null, deadline: string | null, now: number) {
        edit((draft) => {
          const meeting = draft.meetings.find((m) => m.id === meetingId)
          draft.actions.push({
            id: newId(),
            what,
            ownerId,
            deadline,
            status: 'open',
            meetingId,
            agendaItemId: itemId,
            workGroupId: meeting?.workGroupId ?? null,
            createdAt: amsterdamIsoAt(now),
            doneOn: null,
            notes: '',
          })
        })
      },
    }
  }, [edit, meetingId])
}

export type ChairingEdits = ReturnType<typeof useChairingEdits>
