/**
 * What the prioritise screen derives from the project: the board's themes, who can score, and each
 * person's progress. Selectors return stable parts of the project; everything else is memoised.
 */
import { useMemo } from 'react'
import { boardThemes, type BoardTheme, type ParticipantProgress, progressByParticipant } from '../../../../shared/logic/ranking'
import type { Participant, Prioritisation } from '../../../../shared/model'
import { useProject } from '../../app/session-store'

export interface Scorer {
  id: string
  name: string
  active: boolean
}

export interface PrioritiseData {
  onBoard: BoardTheme[]
  participants: readonly Participant[]
  prioritisation: Prioritisation
  /** Who can score, by name: active participants, plus stopped ones who already scored (or voted, with dots). */
  scorers: Scorer[]
  progress: Map<string, ParticipantProgress>
  /** How many of `scorers` have entered anything for the current method. */
  started: number
}

const NO_PROGRESS: ParticipantProgress = { complete: 0, partial: 0, dots: 0 }
export const progressOf = (progress: Map<string, ParticipantProgress>, id: string) => progress.get(id) ?? NO_PROGRESS

const collator = new Intl.Collator('nl', { sensitivity: 'base' })

export function usePrioritiseData(): PrioritiseData {
  const themes = useProject((p) => p.themes)
  const columns = useProject((p) => p.boardColumns)
  const participants = useProject((p) => p.participants)
  const prioritisation = useProject((p) => p.prioritisation)

  const onBoard = useMemo(() => boardThemes(themes, columns), [themes, columns])
  const progress = useMemo(() => progressByParticipant(prioritisation, onBoard), [prioritisation, onBoard])
  const method = prioritisation.method
  const hasStarted = useMemo(() => {
    const took = new Set<string>()
    for (const [id, p] of progress) if (method === 'dots' ? p.dots > 0 : p.complete + p.partial > 0) took.add(id)
    return took
  }, [progress, method])
  const scorers = useMemo(
    () =>
      participants
        .filter((p) => p.active || hasStarted.has(p.id))
        .map((p) => ({ id: p.id, name: p.name, active: p.active }))
        .sort((a, b) => collator.compare(a.name, b.name)),
    [participants, hasStarted],
  )
  const started = useMemo(() => scorers.filter((s) => hasStarted.has(s.id)).length, [scorers, hasStarted])
  return { onBoard, participants, prioritisation, scorers, progress, started }
}
