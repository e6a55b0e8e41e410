/**
 * The live chairing as data in the project: the meeting's chairing record (when it started and
 * ended, and each visit of an agenda item) and the actual time per item. Every step the chair
 * takes (start, next or previous item, pause, resume, finish) is one change to the project, and
 * the clock the chairing view shows is read back from the record. So undo and redo move the view
 * with the project, and a chairing left open when the app closed resumes where it was.
 *
 * Visits: each uninterrupted stretch on one item is an item time. A pause closes the open one;
 * resuming opens a new one on the same item. So the record alone says where the chair is:
 *   no record (or no visit yet)      → ready to start
 *   ended                            → finished
 *   last visit open                  → running on that visit's item
 *   last visit closed, not ended     → paused on that visit's item
 * Closing a visit adds its length to the item's actual time (to the millisecond), so the
 * countdown after a pause, an undo or a restart continues exactly where it stood.
 */
import type { AgendaItem, Chairing, Meeting } from '../model'
import type { ChairingClock } from './chairing-timer'
import { amsterdamIsoAt } from './meeting-time'

export type ChairingStatus = 'ready' | 'running' | 'paused' | 'finished'

export interface ChairingState {
  status: ChairingStatus
  /** The clock while running or paused; null when ready or finished. */
  clock: ChairingClock | null
}

/** The parts of a meeting the chairing reads and changes. */
export type ChairedMeeting = Pick<Meeting, 'agenda' | 'chairing'>

/** Time already spent per item (closed visits, and time recorded before), in ms. */
export function spentFromAgenda(agenda: readonly Pick<AgendaItem, 'id' | 'actualSeconds'>[]): Record<string, number> {
  const spent: Record<string, number> = {}
  for (const item of agenda) if (item.actualSeconds !== null) spent[item.id] = Math.round(item.actualSeconds * 1000)
  return spent
}

/** Where the chairing stands, read from the record. */
export function chairingState(meeting: ChairedMeeting): ChairingState {
  const record = meeting.chairing
  if (!record) return { status: 'ready', clock: null }
  if (record.endedAt !== null) return { status: 'finished', clock: null }
  const last = record.itemTimes.at(-1)
  if (!last) return { status: 'ready', clock: null }
  const found = meeting.agenda.findIndex((item) => item.id === last.agendaItemId)
  // The item of the last visit was removed: stand still on the first item.
  const index = Math.max(0, found)
  const startedAt = Date.parse(last.startedAt)
  const running = found >= 0 && last.endedAt === null && !Number.isNaN(startedAt)
  return {
    status: running ? 'running' : 'paused',
    clock: { index, visitStartedAt: running ? startedAt : null, spentMs: spentFromAgenda(meeting.agenda) },
  }
}

/** Close the open visit, if any: its end is recorded and its length added to the item's actual time. */
function closeVisit(meeting: ChairedMeeting, now: number): ChairedMeeting {
  const record = meeting.chairing
  const last = record?.itemTimes.at(-1)
  if (!record || !last || last.endedAt !== null) return meeting
  const startedAt = Date.parse(last.startedAt)
  const lengthMs = Number.isNaN(startedAt) ? 0 : Math.max(0, now - startedAt)
  return {
    agenda: meeting.agenda.map((item) =>
      item.id === last.agendaItemId ? { ...item, actualSeconds: Math.round((item.actualSeconds ?? 0) * 1000 + lengthMs) / 1000 } : item,
    ),
    chairing: { ...record, itemTimes: [...record.itemTimes.slice(0, -1), { ...last, endedAt: amsterdamIsoAt(now) }] },
  }
}

function openVisit(meeting: ChairedMeeting, index: number, now: number): ChairedMeeting {
  const item = meeting.agenda[Math.max(0, Math.min(index, meeting.agenda.length - 1))]
  const record = meeting.chairing
  if (!item || !record) return meeting
  return { ...meeting, chairing: { ...record, itemTimes: [...record.itemTimes, { agendaItemId: item.id, startedAt: amsterdamIsoAt(now), endedAt: null }] } }
}

const changed = (meeting: ChairedMeeting): ChairedMeeting => ({ agenda: meeting.agenda, chairing: meeting.chairing })

/**
 * Start on the first item. A chairing that was finished before starts again and adds to the time
 * already recorded per item. Does nothing on an empty agenda or a chairing that is under way.
 */
export function startChairing(meeting: ChairedMeeting, now: number): ChairedMeeting {
  const status = chairingState(meeting).status
  if (meeting.agenda.length === 0 || status === 'running' || status === 'paused') return changed(meeting)
  const record: Chairing = meeting.chairing ? { ...meeting.chairing, endedAt: null } : { startedAt: amsterdamIsoAt(now), endedAt: null, itemTimes: [] }
  return changed(openVisit({ agenda: meeting.agenda, chairing: record }, 0, now))
}

/** Move to item `index` (clamped): the open visit ends and a new one starts, running even when paused. */
export function moveChairing(meeting: ChairedMeeting, index: number, now: number): ChairedMeeting {
  const status = chairingState(meeting).status
  if (status !== 'running' && status !== 'paused') return changed(meeting)
  return changed(openVisit(closeVisit(meeting, now), index, now))
}

/** Pause (the open visit ends) or resume (a new visit of the same item starts). */
export function togglePause(meeting: ChairedMeeting, now: number): ChairedMeeting {
  const { status, clock } = chairingState(meeting)
  if (status === 'running') return changed(closeVisit(meeting, now))
  // (A visit left open on an item that was removed since is closed first.)
  if (status === 'paused' && clock) return changed(openVisit(closeVisit(meeting, now), clock.index, now))
  return changed(meeting)
}

/** Finish: the open visit ends, and so does the chairing. */
export function finishChairing(meeting: ChairedMeeting, now: number): ChairedMeeting {
  const status = chairingState(meeting).status
  if (status !== 'running' && status !== 'paused') return changed(meeting)
  const closed = closeVisit(meeting, now)
  return { agenda: closed.agenda, chairing: closed.chairing ? { ...closed.chairing, endedAt: amsterdamIsoAt(now) } : null }
}
