/**
 * Shared state and derived data of Groepsfasen: the chosen tab, phase-name model and group
 * (a small view store, not project data), the groups, the matrix and signals in the UI language,
 * and the reflection reminders.
 */
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'
import { currentObservation, type GroupKey, reflectionReminder, type ReflectionReminder } from '../../../../shared/logic/group-phases'
import { effectiveMatrix } from '../../../../shared/logic/ipg'
import { type IpgLanguage, type PhaseModel, phaseName } from '../../../../shared/logic/ipg-labels'
import { effectiveSignals } from '../../../../shared/logic/ipg-signals'
import { groupPhases, type GroupPhase, type PhaseObservation } from '../../../../shared/model'
import { useProject } from '../../app/session-store'
import { todayIso } from '../../i18n/dates'

export type PhasesTab = 'tracking' | 'matrix' | 'signals' | 'reflections'
export type ModelChoice = 'both' | PhaseModel

interface PhasesViewState {
  tab: PhasesTab
  model: ModelChoice
  /** The group shown on the tracking tab (null = the whole community). */
  group: GroupKey
  /** Open the reflection form for this group when the reflections tab shows (from a reminder). */
  reflectFor: GroupKey | undefined
  setTab(tab: PhasesTab): void
  setModel(model: ModelChoice): void
  setGroup(group: GroupKey): void
  setReflectFor(group: GroupKey | undefined): void
}

export const usePhasesView = create<PhasesViewState>()((set) => ({
  tab: 'tracking',
  model: 'both',
  group: null,
  reflectFor: undefined,
  setTab: (tab) => set({ tab }),
  setModel: (model) => set({ model }),
  setGroup: (group) => set({ group }),
  setReflectFor: (reflectFor) => set({ reflectFor }),
}))

export function useIpgLanguage(): IpgLanguage {
  const { i18n } = useTranslation()
  return i18n.language === 'en' ? 'en' : 'nl'
}

/** "Oriëntatiefase" / "Fase van groepsvorming" / both, following the chosen model. */
export function usePhaseNames(): { primary: (phase: GroupPhase) => string; secondary: (phase: GroupPhase) => string | null } {
  const language = useIpgLanguage()
  const model = usePhasesView((s) => s.model)
  return useMemo(() => {
    const first: PhaseModel = model === 'vanRiet' ? 'vanRiet' : 'remmerswaal'
    return {
      primary: (phase) => phaseName(phase, language, first),
      secondary: (phase) => (model === 'both' && phaseName(phase, language, 'vanRiet') !== phaseName(phase, language, 'remmerswaal') ? phaseName(phase, language, 'vanRiet') : null),
    }
  }, [language, model])
}

export interface GroupEntry {
  id: GroupKey
  name: string
}

/** The whole community first, then the work groups in their order. */
export function useGroups(): GroupEntry[] {
  const { t } = useTranslation('phases')
  const workGroups = useProject((p) => p.workGroups)
  const communityName = useProject((p) => p.community.name)
  // The community by its own name ("Leergemeenschap Heerlen STAND-BY!"), which reads well in sentences.
  return useMemo(
    () => [{ id: null, name: communityName.trim() || t('community') }, ...workGroups.map((g) => ({ id: g.id, name: g.name }))],
    [workGroups, communityName, t],
  )
}

export const groupName = (groups: readonly GroupEntry[], id: GroupKey | undefined): string =>
  groups.find((g) => g.id === (id ?? null))?.name ?? groups[0]?.name ?? ''

export function useMatrix() {
  const language = useIpgLanguage()
  const overrides = useProject((p) => p.groupDevelopment.cellOverrides)
  return useMemo(() => effectiveMatrix(overrides, language), [overrides, language])
}

export function useSignals() {
  const language = useIpgLanguage()
  const overrides = useProject((p) => p.groupDevelopment.signalOverrides)
  return useMemo(() => effectiveSignals(overrides, language), [overrides, language])
}

export interface GroupStatus extends GroupEntry {
  current: PhaseObservation | null
  reminder: ReflectionReminder
}

/** Every group with its current phase and reflection reminder (as of today). */
export function useGroupStatuses(): GroupStatus[] {
  const groups = useGroups()
  const gd = useProject((p) => p.groupDevelopment)
  const meetings = useProject((p) => p.meetings)
  return useMemo(() => {
    const today = todayIso()
    return groups.map((group) => ({
      ...group,
      current: currentObservation(gd.observations, group.id),
      reminder: reflectionReminder({ meetings, observations: gd.observations, reflections: gd.reflections }, group.id, gd.reflectionReminderMeetings, today),
    }))
  }, [groups, gd, meetings])
}

/** Phase number 1–5 (for chips and the timeline, readable without colour). */
export const phaseNumber = (phase: GroupPhase): number => groupPhases.indexOf(phase) + 1
