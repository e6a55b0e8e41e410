/**
 * The name and the two dates of a participant being edited. They are only written to
 * the project while they are valid (a name, not stopped before joining); while they are
 * not, the panel shows what was typed with a message, and the stored values stay.
 * Undo or redo of these fields replaces what was typed.
 */
import { useState } from 'react'
import { checkParticipant } from '../../../../shared/logic/participants'
import type { Participant } from '../../../../shared/model'

export type CheckedFields = Pick<Participant, 'name' | 'joinedOn' | 'leftOn'>
const checkedKeys = ['name', 'joinedOn', 'leftOn'] as const

const pick = (p: CheckedFields): CheckedFields => ({ name: p.name, joinedOn: p.joinedOn, leftOn: p.leftOn })
const same = (a: CheckedFields, b: CheckedFields) => checkedKeys.every((key) => a[key] === b[key])

interface Pending {
  values: Partial<CheckedFields>
  /** The stored values when typing started; if they change, undo or redo happened. */
  base: CheckedFields
}

export function useCheckedFields(
  participant: Participant,
  write: <K extends keyof CheckedFields>(field: K, value: CheckedFields[K]) => void,
) {
  const stored = pick(participant)
  const [pending, setPending] = useState<Pending | null>(null)
  let current = pending
  if (current !== null && !same(current.base, stored)) {
    current = null
    setPending(null)
  }
  const shown: CheckedFields = { ...stored, ...current?.values }
  const problems = checkParticipant(shown)

  const change = <K extends keyof CheckedFields>(field: K, value: CheckedFields[K]) => {
    const next: CheckedFields = { ...shown, [field]: value }
    if (Object.keys(checkParticipant(next)).length > 0) {
      setPending({ values: { ...current?.values, [field]: value }, base: stored })
      return
    }
    setPending(null)
    for (const key of checkedKeys) if (next[key] !== stored[key]) write(key, next[key])
  }

  /** Leaving the name field: outer spaces go. */
  const tidyName = () => {
    const trimmed = shown.name.trim()
    if (trimmed !== '' && trimmed !== shown.name) change('name', trimmed)
  }

  return { shown, problems, storedName: stored.name, change, tidyName }
}
