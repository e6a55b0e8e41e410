/**
 * Every change the prioritise screen makes to the project. Each call is one edit: autosaved within a
 * second and undoable with Ctrl+Z. Typing the scores of one theme for one participant merges into one
 * undo step (mergeKey per participant and theme), so Ctrl+Z takes back a row, not a digit.
 */
import { useMemo } from 'react'
import { type BoardColumn, type Criterion, criteria, type Prioritisation, type ThemeScore } from '../../../../shared/model'
import { currentProject, useEdit } from '../../app/session-store'

export interface PrioritiseEdits {
  setScore(participantId: string, themeId: string, criterion: Criterion, value: number | null): void
  setDots(participantId: string, themeId: string, dots: number): void
  setWeight(criterion: Criterion, weight: number): void
  setMethod(method: Prioritisation['method']): void
  setDotsPerParticipant(count: number): void
  /** Replace the board's columns in one edit ("Kies top N"). */
  setColumns(columns: BoardColumn[]): void
}

export function usePrioritiseEdits(): PrioritiseEdits {
  const edit = useEdit()
  return useMemo<PrioritiseEdits>(
    () => ({
      setScore(participantId, themeId, criterion, value) {
        const project = currentProject()
        if (!project) return
        // Found in the current state, not in the draft: scanning an Immer draft of 30,000 records
        // would make a proxy for each one.
        const scores = project.prioritisation.scores
        const index = scores.findIndex((s) => s.themeId === themeId && s.participantId === participantId)
        const existing = index >= 0 ? scores[index]! : null
        if ((existing?.[criterion] ?? null) === value) return
        edit(
          (draft) => {
            if (!existing) {
              const record: ThemeScore = { themeId, participantId, urgency: null, feasibility: null, changeability: null, affinity: null }
              record[criterion] = value
              draft.prioritisation.scores.push(record)
              return
            }
            const emptied = value === null && criteria.every((c) => c === criterion || existing[c] === null)
            // A record without any score is dropped, so "who scored" stays true.
            if (emptied) draft.prioritisation.scores = scores.filter((_, i) => i !== index)
            else draft.prioritisation.scores[index]![criterion] = value
          },
          { mergeKey: `score:${participantId}:${themeId}` },
        )
      },
      setDots(participantId, themeId, dots) {
        const project = currentProject()
        if (!project) return
        const votes = project.prioritisation.dotVotes
        const index = votes.findIndex((v) => v.themeId === themeId && v.participantId === participantId)
        const count = Math.max(0, Math.min(100, Math.round(dots)))
        if ((index >= 0 ? votes[index]!.dots : 0) === count) return
        edit(
          (draft) => {
            if (index < 0) draft.prioritisation.dotVotes.push({ themeId, participantId, dots: count })
            else if (count === 0) draft.prioritisation.dotVotes = votes.filter((_, i) => i !== index)
            else draft.prioritisation.dotVotes[index]!.dots = count
          },
          { mergeKey: `dots:${participantId}:${themeId}` },
        )
      },
      setWeight(criterion, weight) {
        edit((draft) => {
          draft.prioritisation.weights[criterion] = Math.max(0, Math.min(5, weight))
        })
      },
      setMethod(method) {
        edit((draft) => {
          draft.prioritisation.method = method
        })
      },
      setDotsPerParticipant(count) {
        edit(
          (draft) => {
            draft.prioritisation.dotsPerParticipant = Math.max(1, Math.min(20, Math.round(count)))
          },
          { mergeKey: 'dotsPerParticipant' },
        )
      },
      setColumns(columns) {
        edit((draft) => {
          draft.boardColumns = columns
        })
      },
    }),
    [edit],
  )
}
