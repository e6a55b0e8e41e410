/**
 * The group-development section of a report (issue 6 renders it): per group its current
 * phase, the phase history with the signals seen, the reflections and the agreements made.
 * Structured data only (phase ids plus ready names); the report decides the layout.
 */
import type { FunctioningLevel, GroupPhase, ProjectFile } from '../model'
import { functioningLevels } from '../model'
import { currentObservation, type GroupKey, groupHistory, phaseHistory, phasePeriods, type PhasePeriod, reflectionReminder, type ReflectionReminder } from './group-phases'
import { type IpgLanguage, phaseName } from './ipg-labels'
import { signalText } from './ipg-signals'

export interface StoryObservation {
  date: string
  phase: GroupPhase
  phaseName: string
  /** Texts of the signals ticked (unknown ids left out). */
  signals: string[]
  note: string
}

export interface StoryReflection {
  date: string
  meetingId: string | null
  /** Only the levels something was written for, in the order of the five levels. */
  levels: Array<{ level: FunctioningLevel; text: string }>
  agreements: string[]
}

export interface GroupStory {
  groupId: GroupKey
  kind: 'community' | 'workGroup'
  name: string
  currentPhase: GroupPhase | null
  currentPhaseName: string | null
  /** Date of the observation that set the current phase. */
  currentSince: string | null
  periods: Array<PhasePeriod & { phaseName: string }>
  observations: StoryObservation[]
  reflections: StoryReflection[]
  /** All agreements of this group's reflections, oldest first. */
  agreements: Array<{ date: string; text: string }>
  reminder: ReflectionReminder
}

export interface GroupDevelopmentStory {
  groups: GroupStory[]
  reflectionReminderMeetings: number
}

export interface StoryOptions {
  language?: IpgLanguage
  /** For the reminder; defaults to the project's end date or, without one, the latest recorded date. */
  today?: string
}

type StoryProject = Pick<ProjectFile, 'community' | 'workGroups' | 'groupDevelopment' | 'meetings'>

/**
 * The story of one group (groupId: a work group id, or null for the whole community), or of
 * the community followed by every work group when groupId is left out. An unknown id gives none.
 */
export function groupDevelopmentStory(project: StoryProject, groupId?: GroupKey, options: StoryOptions = {}): GroupDevelopmentStory {
  const language = options.language ?? 'nl'
  const gd = project.groupDevelopment
  const today = options.today ?? project.community.endDate ?? latestDate(gd)
  const all: Array<{ id: GroupKey; kind: GroupStory['kind']; name: string }> = [
    { id: null, kind: 'community', name: project.community.name },
    ...project.workGroups.map((g) => ({ id: g.id, kind: 'workGroup' as const, name: g.name })),
  ]
  const wanted = groupId === undefined ? all : all.filter((g) => g.id === groupId)
  const groups = wanted.map(({ id, kind, name }): GroupStory => {
    const current = currentObservation(gd.observations, id)
    const reflections = groupHistory(gd.reflections, id)
    return {
      groupId: id,
      kind,
      name,
      currentPhase: current?.phase ?? null,
      currentPhaseName: current ? phaseName(current.phase, language) : null,
      currentSince: current?.date ?? null,
      periods: phasePeriods(gd.observations, id).map((p) => ({ ...p, phaseName: phaseName(p.phase, language) })),
      observations: phaseHistory(gd.observations, id).map((o) => ({
        date: o.date,
        phase: o.phase,
        phaseName: phaseName(o.phase, language),
        signals: o.signalIds.map((s) => signalText(s, gd.signalOverrides, language)).filter((t): t is string => t !== null),
        note: o.note,
      })),
      reflections: reflections.map((r) => ({
        date: r.date,
        meetingId: r.meetingId,
        levels: functioningLevels.map((level) => ({ level, text: r.levels[level].trim() })).filter((l) => l.text !== ''),
        agreements: r.agreements.map((a) => a.text.trim()).filter((t) => t !== ''),
      })),
      agreements: reflections.flatMap((r) => r.agreements.filter((a) => a.text.trim() !== '').map((a) => ({ date: r.date, text: a.text.trim() }))),
      reminder: reflectionReminder({ meetings: project.meetings, observations: gd.observations, reflections: gd.reflections }, id, gd.reflectionReminderMeetings, today),
    }
  })
  return { groups, reflectionReminderMeetings: gd.reflectionReminderMeetings }
}

function latestDate(gd: ProjectFile['groupDevelopment']): string {
  const dates = [...gd.observations.map((o) => o.date), ...gd.reflections.map((r) => r.date)].sort()
  return dates[dates.length - 1] ?? '9999-12-31'
}
