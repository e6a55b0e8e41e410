/**
 * Every change Groepsfasen makes to the project. Each call is one edit: autosaved and one undo
 * step (typing in one signal merges by mergeKey). The rules live in shared/logic (ipg.ts,
 * ipg-signals.ts); these hooks only apply them.
 */
import { useMemo } from 'react'
import { type CellChange, resetCell, setCell } from '../../../../shared/logic/ipg'
import type { IpgLanguage } from '../../../../shared/logic/ipg-labels'
import { addSignal, editSignal, removeSignal, resetPhaseSignals, type Signal } from '../../../../shared/logic/ipg-signals'
import type { AgendaSuggestion } from '../../../../shared/logic/phase-suggestions'
import { AgendaItem, type GroupPhase, type MatrixRow, type PhaseObservation, type Reflection } from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { useEdit } from '../../app/session-store'

/** Replace the item with the same id in place (keeping keys a newer app wrote), or add it at the end. */
function saveInList<T extends { id: string }>(list: T[], item: T): void {
  const index = list.findIndex((x) => x.id === item.id)
  if (index >= 0) list[index] = { ...list[index]!, ...item }
  else list.push(item)
}

export function usePhaseEdits(language: IpgLanguage) {
  const edit = useEdit()
  return useMemo(
    () => ({
      saveCell(phase: GroupPhase, row: MatrixRow, change: CellChange) {
        edit((p) => {
          p.groupDevelopment.cellOverrides = setCell(p.groupDevelopment.cellOverrides, phase, row, change, language)
        })
      },
      resetCell(phase: GroupPhase, row: MatrixRow) {
        edit((p) => {
          p.groupDevelopment.cellOverrides = resetCell(p.groupDevelopment.cellOverrides, phase, row)
        })
      },
      editSignal(signal: Pick<Signal, 'id' | 'phase'>, text: string) {
        edit(
          (p) => {
            p.groupDevelopment.signalOverrides = editSignal(p.groupDevelopment.signalOverrides, signal, text, language)
          },
          { mergeKey: `signal:${signal.id}` },
        )
      },
      removeSignal(signal: Pick<Signal, 'id' | 'phase'>) {
        edit((p) => {
          p.groupDevelopment.signalOverrides = removeSignal(p.groupDevelopment.signalOverrides, signal)
        })
      },
      addSignal(phase: GroupPhase, text: string): string {
        const id = newId('sig-')
        edit((p) => {
          p.groupDevelopment.signalOverrides = addSignal(p.groupDevelopment.signalOverrides, id, phase, text)
        })
        return id
      },
      resetSignals(phase: GroupPhase) {
        edit((p) => {
          p.groupDevelopment.signalOverrides = resetPhaseSignals(p.groupDevelopment.signalOverrides, phase, p.groupDevelopment.observations)
        })
      },
      saveObservation(observation: PhaseObservation) {
        edit((p) => saveInList(p.groupDevelopment.observations, observation))
      },
      removeObservation(id: string) {
        edit((p) => {
          p.groupDevelopment.observations = p.groupDevelopment.observations.filter((o) => o.id !== id)
        })
      },
      saveReflection(reflection: Reflection) {
        edit((p) => saveInList(p.groupDevelopment.reflections, reflection))
      },
      removeReflection(id: string) {
        edit((p) => {
          p.groupDevelopment.reflections = p.groupDevelopment.reflections.filter((r) => r.id !== id)
        })
      },
      setReminderMeetings(count: number) {
        edit(
          (p) => {
            p.groupDevelopment.reflectionReminderMeetings = count
          },
          { mergeKey: 'groupDevelopment:reminder' },
        )
      },
      /** Append a suggestion to a meeting's agenda (issue 4's meetings); false when the meeting is gone. */
      addToAgenda(meetingId: string, suggestion: AgendaSuggestion, workGroupId: string | null): boolean {
        let added = false
        edit((p) => {
          const meeting = p.meetings.find((m) => m.id === meetingId)
          if (!meeting) return
          meeting.agenda.push(
            AgendaItem.parse({
              id: newId('ai-'),
              title: suggestion.title,
              kind: suggestion.kind,
              durationMinutes: suggestion.durationMinutes,
              preparation: suggestion.why,
              workGroupIds: workGroupId ? [workGroupId] : [],
            }),
          )
          added = true
        })
        return added
      },
    }),
    [edit, language],
  )
}

export type PhaseEdits = ReturnType<typeof usePhaseEdits>
