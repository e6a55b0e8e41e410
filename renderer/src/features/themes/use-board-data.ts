/**
 * What the board shows, derived once per project change: the repaired columns, the themes
 * by id, interview counts, and the cards each column shows under the current filter.
 * Lookups go through maps built here, never through a search per card.
 * The score chips (place and total) depend only on which themes are parked: a card's place in
 * its column does not change anyone's place. So the ranking is given the columns and the theme
 * list as they were when the parked themes or the set of themes last changed: a move within or
 * between the other columns, or typing a title, does not rank 30,000 scores again. A move into
 * or out of Geparkeerd does, a moment later (a deferred render), so the move itself shows at once.
 */
import { useDeferredValue, useMemo, useState } from 'react'
import { type BoardFilter, interviewCounts, isFilteringBoard, normalizeColumns, visibleCards } from '../../../../shared/logic/board'
import { rankThemes } from '../../../../shared/logic/ranking'
import { sameChipBoard, scoreChips } from '../../../../shared/logic/score-chips'
import type { Theme } from '../../../../shared/model'
import { useProject } from '../../app/session-store'

/** The same themes in the same order (their texts may differ). */
function sameIds(a: readonly Theme[], b: readonly Theme[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false
  return true
}

export function useBoardData(requested: BoardFilter) {
  const themes = useProject((p) => p.themes)
  const stored = useProject((p) => p.boardColumns)
  const interviews = useProject((p) => p.interviews)
  const participants = useProject((p) => p.participants)
  const prioritisation = useProject((p) => p.prioritisation)
  const columns = useMemo(() => normalizeColumns(stored, themes), [stored, themes])
  const themesById = useMemo(() => new Map<string, Theme>(themes.map((theme) => [theme.id, theme])), [themes])
  const counts = useMemo(() => interviewCounts(interviews), [interviews])
  const [rankedThemes, setRankedThemes] = useState(themes)
  if (rankedThemes !== themes && !sameIds(rankedThemes, themes)) setRankedThemes(themes)
  const [parkedColumns, setParkedColumns] = useState(stored)
  if (!sameChipBoard(parkedColumns, stored)) setParkedColumns(stored)
  const rankedColumns = useDeferredValue(parkedColumns)
  const chips = useMemo(
    () => scoreChips(rankThemes({ themes: rankedThemes, boardColumns: rankedColumns, participants, prioritisation })),
    [rankedThemes, rankedColumns, participants, prioritisation],
  )
  // A column filter for a column that is gone (removed, or its adding undone) shows all columns.
  const filter = useMemo(
    () => (requested.columnId === 'all' || columns.some((c) => c.id === requested.columnId) ? requested : { ...requested, columnId: 'all' }),
    [requested, columns],
  )
  const visible = useMemo(() => visibleCards(columns, themesById, counts, filter), [columns, themesById, counts, filter])
  const shown = useMemo(() => [...visible.values()].reduce((sum, ids) => sum + ids.length, 0), [visible])
  /** Which column each theme is in. */
  const columnOfTheme = useMemo(() => {
    const map = new Map<string, string>()
    for (const column of columns) for (const id of column.themeIds) map.set(id, column.id)
    return map
  }, [columns])
  return { themes, columns, themesById, counts, visible, shown, filtering: isFilteringBoard(filter), columnOfTheme, interviews, chips }
}

export type BoardData = ReturnType<typeof useBoardData>
