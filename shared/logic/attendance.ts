/**
 * Attendance (aanwezigheid): per meeting who was present, absent with notice (afwezig met
 * bericht) or absent, and an overview per participant over time — keeping a changing group
 * together is the main challenge the seeds name.
 */
import type { Attendance, AttendanceStatus, Meeting, Participant } from '../model'
import { compareMeetings } from './meeting-series'

export interface AttendanceRow {
  participant: Participant
  /** One cell per meeting column: the recorded status, or null when nothing was recorded. */
  cells: Array<AttendanceStatus | null>
  present: number
  excused: number
  absent: number
  /** Present out of recorded, 0–1; null when nothing was recorded. */
  rate: number | null
}

export interface AttendanceGrid {
  /** The columns: held (not cancelled) meetings up to and including today, oldest first. */
  meetings: Meeting[]
  rows: AttendanceRow[]
  /** Per meeting column: how many were present. */
  presentPerMeeting: number[]
}

/** Set one person's status at a meeting (null removes the record). Returns a new array. */
export function setAttendance(list: readonly Attendance[], participantId: string, status: AttendanceStatus | null): Attendance[] {
  if (status === null) return list.filter((a) => a.participantId !== participantId)
  if (!list.some((a) => a.participantId === participantId)) return [...list, { participantId, status }]
  return list.map((a) => (a.participantId === participantId ? { ...a, status } : a))
}

/** The overview: participants who are active or ever had attendance recorded, by name. */
export function attendanceGrid(
  meetings: readonly Meeting[],
  participants: readonly Participant[],
  today: string,
  filter: { workGroupId?: string | null } = {},
): AttendanceGrid {
  const columns = meetings
    .filter((m) => m.status !== 'cancelled' && m.date <= today)
    .filter((m) => filter.workGroupId === undefined || filter.workGroupId === null || m.workGroupId === filter.workGroupId)
    .sort(compareMeetings)
  const byMeeting = columns.map((m) => new Map(m.attendance.map((a) => [a.participantId, a.status])))
  const recorded = new Set(columns.flatMap((m) => m.attendance.map((a) => a.participantId)))
  const people = participants
    .filter((p) => p.active || recorded.has(p.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
  const rows = people.map((participant): AttendanceRow => {
    const cells = byMeeting.map((map) => map.get(participant.id) ?? null)
    const present = cells.filter((c) => c === 'present').length
    const excused = cells.filter((c) => c === 'excused').length
    const absent = cells.filter((c) => c === 'absent').length
    const total = present + excused + absent
    return { participant, cells, present, excused, absent, rate: total === 0 ? null : present / total }
  })
  const presentPerMeeting = byMeeting.map((map) => [...map.values()].filter((s) => s === 'present').length)
  return { meetings: columns, rows, presentPerMeeting }
}
