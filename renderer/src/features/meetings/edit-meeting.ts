/** One undoable edit of one meeting, found by id; used by the meeting, agenda and chairing edits. */
import type { Draft } from 'immer'
import { useCallback } from 'react'
import type { Meeting, ProjectFile } from '../../../../shared/model'
import { useEdit } from '../../app/session-store'

export type MeetingRecipe = (meeting: Draft<Meeting>, project: Draft<ProjectFile>) => void

/**
 * edit(meetingId, recipe, mergeKey?): the recipe changes the meeting (and, where it must, the rest
 * of the project, e.g. the actions that point at it). Nothing happens when the meeting is gone.
 * Edits with the same merge key in quick succession (typing in one field) are one undo step.
 */
export function useMeetingEdit() {
  const edit = useEdit()
  return useCallback(
    (meetingId: string, recipe: MeetingRecipe, mergeKey?: string) =>
      edit(
        (project) => {
          const meeting = project.meetings.find((m) => m.id === meetingId)
          if (meeting) recipe(meeting, project)
        },
        mergeKey === undefined ? undefined : { mergeKey },
      ),
    [edit],
  )
}
