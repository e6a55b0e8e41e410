/**
 * Agenda timing: when each item starts, when the agenda ends, and whether that is later than
 * the meeting's scheduled end. Pure; works in minutes since midnight on the meeting's own wall
 * clock (Europe/Amsterdam 'HH:mm'), which is what people read on an agenda. Meetings do not
 * cross midnight; a total past 24:00 is shown modulo a day.
 */
import type { AgendaItem, ClockTime } from '../model'
import { clockOf, minutesOf } from './meeting-time'

export interface TimedAgendaItem {
  id: string
  /** Minutes since midnight. */
  start: number
  end: number
  startTime: ClockTime
  endTime: ClockTime
  durationMinutes: number
  /** This item ends after the scheduled end of the meeting. */
  pastScheduledEnd: boolean
}

export interface AgendaTiming {
  items: TimedAgendaItem[]
  /** Sum of the planned durations. */
  totalMinutes: number
  plannedEnd: ClockTime
  scheduledEnd: ClockTime
  /** The time the meeting has: scheduled end minus start (0 when the end is not after the start). */
  availableMinutes: number
  /** Planned end minus scheduled end: > 0 is an overrun, < 0 time to spare. */
  differenceMinutes: number
  overrun: boolean
}

type TimedInput = Pick<AgendaItem, 'id' | 'durationMinutes'>

/** Start and end of every item from the meeting's start, and the comparison with its scheduled end. */
export function agendaTiming(startTime: string, endTime: string, agenda: readonly TimedInput[]): AgendaTiming {
  const start = minutesOf(startTime)
  const base = Number.isNaN(start) ? 0 : start
  const scheduledRaw = minutesOf(endTime)
  const scheduled = Number.isNaN(scheduledRaw) ? base : scheduledRaw
  let cursor = base
  const items = agenda.map((item) => {
    const duration = Math.max(0, Number.isFinite(item.durationMinutes) ? item.durationMinutes : 0)
    const timed: TimedAgendaItem = {
      id: item.id,
      start: cursor,
      end: cursor + duration,
      startTime: clockOf(cursor),
      endTime: clockOf(cursor + duration),
      durationMinutes: duration,
      pastScheduledEnd: cursor + duration > scheduled,
    }
    cursor += duration
    return timed
  })
  const totalMinutes = cursor - base
  return {
    items,
    totalMinutes,
    plannedEnd: clockOf(cursor),
    scheduledEnd: clockOf(scheduled),
    availableMinutes: Math.max(0, scheduled - base),
    differenceMinutes: cursor - scheduled,
    overrun: cursor > scheduled,
  }
}

/** Actual against planned for one item, in whole seconds: > 0 took longer than planned. Null when not chaired. */
export function actualVersusPlanned(item: Pick<AgendaItem, 'durationMinutes' | 'actualSeconds'>): number | null {
  if (item.actualSeconds === null || item.actualSeconds === undefined) return null
  return Math.round(item.actualSeconds - item.durationMinutes * 60)
}
