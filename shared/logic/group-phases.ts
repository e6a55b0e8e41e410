/**
 * Phase tracking and the reflection reminder. A "group" is a work group id, or null for the
 * whole learning community. Pure functions over plain data; "today" is always a parameter.
 *
 * Current phase: the observation with the latest date wins; on the same date the one recorded
 * last (later in the list) wins; no observations means no known phase (null).
 *
 * Reflection reminder (setting N, default 3): a group is reminded when N or more of its
 * "moments" have passed since its last reflection (all its moments when it never reflected).
 * Moments are the distinct dates, on or before today, of the group's meetings — for the
 * community its plenary meetings, for a work group the meetings with its workGroupId; cancelled
 * ones left out — together with the dates of its phase observations (an observation is made
 * when the group met, so groups whose meetings are not recorded, or not yet, are counted too).
 * A meeting or observation on the date of a reflection counts as reflected on.
 */
import type { GroupPhase, PhaseObservation, Reflection } from '../model'

export type GroupKey = string | null

/** What this logic needs of a meeting (issue 4's Meeting satisfies it); read defensively. */
export interface MeetingLike {
  id: string
  date: string
  kind?: string
  workGroupId?: string | null
  status?: string
}

const sameGroup = (a: GroupKey | undefined, b: GroupKey) => (a ?? null) === b

/** A group's observations in time order: by date, ties in the order they were recorded. */
export function phaseHistory<O extends Pick<PhaseObservation, 'date' | 'workGroupId'>>(
  observations: readonly O[],
  groupId: GroupKey,
): O[] {
  return observations
    .map((observation, index) => ({ observation, index }))
    .filter(({ observation }) => sameGroup(observation.workGroupId, groupId))
    .sort((a, b) => (a.observation.date < b.observation.date ? -1 : a.observation.date > b.observation.date ? 1 : a.index - b.index))
    .map(({ observation }) => observation)
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
  const byDate = new Map<string, GroupPhase>()
  for (const observation of phaseHistory(observations, groupId)) byDate.set(observation.date, observation.phase)
  const periods: PhasePeriod[] = []
  for (const [date, phase] of byDate) {
    const last = periods[periods.length - 1]
    if (last?.phase === phase) continue
    if (last) last.to = date
    periods.push({ phase, from: date, to: null })
  }
  return periods
}

/** The meetings in a project, or [] when the project has none (or no meetings field yet). */
export function meetingsOf(project: { meetings?: unknown }): MeetingLike[] {
  const value = project.meetings
  if (!Array.isArray(value)) return []
  return value.filter(
    (m): m is MeetingLike =>
      typeof m === 'object' && m !== null && typeof (m as MeetingLike).id === 'string' && typeof (m as MeetingLike).date === 'string',
  )
}

/** The community's plenary meetings, or a work group's own meetings; cancelled ones excluded. */
export function groupMeetings(meetings: readonly MeetingLike[], groupId: GroupKey): MeetingLike[] {
  return meetings
    .filter((m) => m.status !== 'cancelled')
    .filter((m) => (groupId === null ? m.kind === 'plenary' || (m.kind === undefined && !m.workGroupId) : m.workGroupId === groupId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export interface ReflectionReminder {
  groupId: GroupKey
  /** N or more moments since the last reflection. */
  due: boolean
  /** How many moments passed since the last reflection (or ever, without one). */
  momentsSince: number
  /** What those moments were: meetings, dates with only an observation, or both. */
  basis: 'meetings' | 'observations' | 'both'
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
  const meetingDates = new Set(groupMeetings(input.meetings, groupId).map((m) => m.date))
  const meetingsSince = [...meetingDates].filter(since).length
  const observedOnlySince = new Set(
    input.observations.filter((o) => sameGroup(o.workGroupId, groupId) && since(o.date) && !meetingDates.has(o.date)).map((o) => o.date),
  ).size
  const momentsSince = meetingsSince + observedOnlySince
  const basis = meetingsSince > 0 && observedOnlySince > 0 ? 'both' : observedOnlySince > 0 ? 'observations' : 'meetings'
  return { groupId, due: momentsSince >= threshold, momentsSince, basis, lastReflection, threshold }
}
