/**
 * Hooks that bind one profile field to the open project. Each change is one edit;
 * a burst of typing in one field shares a merge key, so it is one undo step.
 */
import { useCallback } from 'react'
import type { ProfileTextField } from '../../../../shared/logic/profile'
import { IsoDate } from '../../../../shared/model'
import { useEdit, useProject } from '../../app/session-store'

/** The open questions, and the note on the status. */
export type ProfileTextKey = ProfileTextField | 'statusNote'
export type CommunityTextField = 'region' | 'commissioner' | 'facilitator' | 'description' | 'goal' | 'centralQuestion'
export type CommunityDateField = 'startDate' | 'endDate'

export function useProfileText(field: ProfileTextKey): [string, (value: string) => void] {
  const value = useProject((project) => project.profile[field])
  const edit = useEdit()
  const set = useCallback(
    (next: string) =>
      edit(
        (draft) => {
          draft.profile[field] = next
        },
        { mergeKey: `profile:${field}` },
      ),
    [edit, field],
  )
  return [value, set]
}

export function useCommunityText(field: CommunityTextField): [string, (value: string) => void] {
  const value = useProject((project) => project.community[field])
  const edit = useEdit()
  const set = useCallback(
    (next: string) =>
      edit(
        (draft) => {
          draft.community[field] = next
        },
        { mergeKey: `community:${field}` },
      ),
    [edit, field],
  )
  return [value, set]
}

export function useCommunityDate(field: CommunityDateField): [string | null, (value: string | null) => void] {
  const value = useProject((project) => project.community[field])
  const edit = useEdit()
  const set = useCallback(
    (next: string | null) => {
      // A date input can briefly hold a year of more than four digits; the file only takes YYYY-MM-DD.
      if (next !== null && !IsoDate.safeParse(next).success) return
      edit(
        (draft) => {
          draft.community[field] = next
        },
        { mergeKey: `community:${field}` },
      )
    },
    [edit, field],
  )
  return [value, set]
}
