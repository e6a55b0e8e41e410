/**
 * Every change this screen makes to the project, as one hook. Each call is one edit:
 * autosaved within a second and one undo step (typing in one field merges by mergeKey).
 */
import { useMemo } from 'react'
import {
  createParticipant,
  type ParticipantDraft,
  reactivateFields,
  stopFields,
} from '../../../../shared/logic/participants'
import type { Participant } from '../../../../shared/model'
import { useEdit, useSessionStore } from '../../app/session-store'
import { todayIso } from '../../i18n/dates'
import { newId } from '../../app/new-id'

/** Fields the edit panel writes one at a time (active and leftOn change through stop/reactivate too). */
export type EditableFields = Pick<
  Participant,
  'name' | 'category' | 'discipline' | 'organisation' | 'email' | 'phone' | 'joinedOn' | 'leftOn' | 'notes'
>

export interface ParticipantEdits {
  /** Adds a new active participant and returns it. */
  add(draft: ParticipantDraft): Participant
  /** Typing in one field: consecutive changes of the same fields merge into one undo step. */
  update(id: string, patch: Partial<EditableFields>): void
  stop(id: string): void
  reactivate(id: string): void
  remove(id: string): void
}

/** The participant as it is now: event handlers read the store, so they never see a stale list. */
export const currentParticipant = (id: string): Participant | undefined =>
  useSessionStore.getState().session?.history.present.participants.find((p) => p.id === id)

/** `{ [field]: value }`, typed as a partial of the record it came from. */
export function fieldPatch<T, K extends keyof T>(field: K, value: T[K]): Partial<T> {
  const patch: Partial<T> = {}
  patch[field] = value
  return patch
}

export function useParticipantEdits(): ParticipantEdits {
  const edit = useEdit()
  return useMemo(() => {
    const withParticipant = (id: string, change: (p: Participant) => void, mergeKey?: string) =>
      edit(
        (project) => {
          const participant = project.participants.find((p) => p.id === id)
          if (participant) change(participant)
        },
        mergeKey === undefined ? undefined : { mergeKey },
      )
    return {
      add(draft) {
        const participant = createParticipant(newId('p-'), draft)
        edit((project) => {
          project.participants.push(participant)
        })
        return participant
      },
      update(id, patch) {
        const fields = Object.keys(patch).sort().join('+')
        withParticipant(id, (p) => Object.assign(p, patch), `participant:${id}:${fields}`)
      },
      stop(id) {
        withParticipant(id, (p) => Object.assign(p, stopFields(p, todayIso())))
      },
      reactivate(id) {
        withParticipant(id, (p) => Object.assign(p, reactivateFields()))
      },
      remove(id) {
        edit((project) => {
          project.participants = project.participants.filter((p) => p.id !== id)
        })
      },
    }
  }, [edit])
}
