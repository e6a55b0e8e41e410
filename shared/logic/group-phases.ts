/**
 * Phase tracking and the reflection reminder. A "group" is a work group id, or null for the
 * whole learning community. Pure functions over plain data; "today" is always a parameter.
 *
 * Current phase: the observation with the latest date wins; on the same date the one recorded
 * last (later in the list) wins; no observations means no known phase (null).
 *
 * A meeting belongs to the work group it names (workGroupId); without one it is the whole
 * community's: plenary meetings and single ones such as the kick-off or the closing evaluation
 * (the same rule as the guidance next to a meeting's agenda). Cancelled meetings never count.
 *
 * Reflection reminder (setting N, default 3): "no reflection in the last N meetings". A group
 * is reminded when N or more of its meetings, on or before today, took place since its last
 * reflection (all of them when it never reflected); a meeting on the date of a reflection counts
 * as reflected on, and meetings on one date count once. Only a group with no meeting held up to
 * today (its meetings are not recorded in Werkbank, or only future ones are planned) counts the
 * distinct dates of its phase observations instead: an observation is made when the group met,
 * so such groups are still reminded. As soon as one of its meetings has taken place, its
 * meetings are the rule and observation dates no longer count.
 */
import type { GroupPhase, Meeting, PhaseObservation, Reflection } from '../model'

export type GroupKey = string | null

/** What this logic needs of a meeting. */
export type MeetingLike = Pick<Meeting, 'id' | 'date' | 'workGroupId' | 'status'>

const sameGroup = (a: GroupKey | undefined, b: GroupKey) => (a ?? null) === b

/** Items in time order: by date, ties in the order they were recorded (a stable sort). */
export function byDate<T extends { date: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

/** A group's observations or reflections in time order: by date, ties in the order they were recorded. */
export function groupHistory<T extends { date: string; workGroupId?: string | null }>(items: readonly T[], groupId: GroupKey): T[] {
  return byDate(items.filter((item) => sameGroup(item.workGroupId, groupId)))
}

/** A group's observations in time order: by date, ties in the order they were recorded. */
export function phaseHistory<O extends Pick<PhaseObservation, 'date' | 'workGroupId'>>(observations: readonly O[], groupId: GroupKey): O[] {
  return groupHistory(observations, groupId)
}

/** The observation that sets the group's current phase, or null when it has none. */
export function currentObservation<O extends Pick<PhaseObservation, 'date' | 'workGroupId'>>(
  observations: readonly O[],
  groupId: GroupKey,
): O | null {
  const history = phaseHistory(observations, groupId)
  return history.length > 0 ? history[history.length - 1]! : null
}

export function currentPhase(
  observations: readonly Pick<PhaseObservation, 'date' | 'workGroupId' | 'phase'>[],
  groupId: GroupKey,
): GroupPhase | null {
  return currentObservation(observations, groupId)?.phase ?? null
}

export interface PhasePeriod {
  phase: GroupPhase
  from: string
  /** The date of the next observation with another phase; null while it lasts. */
  to: string | null
}

/** Consecutive observations of the same phase joined into periods (for the timeline and the report). */
export function phasePeriods(observations: readonly Pick<PhaseObservation, 'date' | 'workGroupId' | 'phase'>[], groupId: GroupKey): PhasePeriod[] {
  // One phase per date: on a date with several observations the one recorded last wins.
  const phaseOnDate = new Map<string, GroupPhase>()
  for (const observation of phaseHistory(observations, groupId)) phaseOnDate.set(observation.date, observation.phase)
  const periods: PhasePeriod[] = []
  for (const [date, phase] of phaseOnDate) {
    const last = periods[periods.length - 1]
    if (last?.phase === phase) continue
    if (last) last.to = date
    periods.push({ phase, from: date, to: null })
  }
  return periods
}

/** The group a meeting belongs to: its work group, or null (the whole community) when it names none. */
export const meetingGroup = (meeting: Pick<MeetingLike, 'workGroupId'>): GroupKey => meeting.workGroupId ?? null

/** A group's meetings in date order, cancelled ones left out: the community's plenary and single meetings, or a work group's own. */
export function groupMeetings<M extends MeetingLike>(meetings: readonly M[], groupId: GroupKey): M[] {
  return byDate(meetings.filter((m) => m.status !== 'cancelled' && meetingGroup(m) === groupId))
}

export interface ReflectionReminder {
  groupId: GroupKey
  /** N or more moments since the last reflection. */
  due: boolean
  /** How many moments passed since the last reflection (or ever, without one). */
  momentsSince: number
  /** What was counted: the group's meetings, or (only when it has held none) its observation dates. */
  basis: 'meetings' | 'observations'
  lastReflection: string | null
  threshold: number
}

export interface ReminderInput {
  meetings: readonly MeetingLike[]
  observations: readonly Pick<PhaseObservation, 'date' | 'workGroupId'>[]
  reflections: readonly Pick<Reflection, 'date' | 'workGroupId'>[]
}

export function reflectionReminder(input: ReminderInput, groupId: GroupKey, threshold: number, today: string): ReflectionReminder {
  const lastReflection =
    input.reflections
      .filter((r) => sameGroup(r.workGroupId, groupId) && r.date <= today)
      .map((r) => r.date)
      .sort()
      .pop() ?? null
  const since = (date: string) => date <= today && (lastReflection === null || date > lastReflection)
  const held = groupMeetings(input.meetings, groupId).filter((m) => m.date <= today)
  // Meetings are the rule; observation dates stand in only for a group that has held no recorded meeting.
  const basis = held.length > 0 ? 'meetings' : 'observations'
  const dates = basis === 'meetings' ? held.map((m) => m.date) : groupHistory(input.observations, groupId).map((o) => o.date)
  const momentsSince = new Set(dates.filter(since)).size
  return { groupId, due: momentsSince >= threshold, momentsSince, basis, lastReflection, threshold }
}

/**
 * The reflections once a meeting is removed: they stay (what the group noticed and agreed still
 * happened, on its own date) and no longer point at the meeting. Unchanged ones are the same objects.
 */
export function detachReflectionsFromMeeting<R extends Pick<Reflection, 'meetingId'>>(reflections: readonly R[], meetingId: string): R[] {
  return reflections.map((reflection) => (reflection.meetingId === meetingId ? { ...reflection, meetingId: null } : reflection))
}
