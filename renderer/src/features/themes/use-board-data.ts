/**
 * What the board shows, derived once per project change: the repaired columns, the themes
 * by id, interview counts, and the cards each column shows under the current filter.
 * Lookups go through maps built here, never through a search per card.
 * The score chips follow the columns a moment later (a deferred render): a move shows at once,
 * and only a move into or out of the parked column changes anyone's place.
 */
import { useDeferredValue, useMemo } from 'react'
import { type BoardFilter, interviewCounts, isFilteringBoard, normalizeColumns, visibleCards } from '../../../../shared/logic/board'
import { rankThemes } from '../../../../shared/logic/ranking'
import { scoreChips } from '../../../../shared/logic/score-chips'
import type { Theme } from '../../../../shared/model'
import { useProject } from '../../app/session-store'

export function useBoardData(requested: BoardFilter) {
  const themes = useProject((p) => p.themes)
  const stored = useProject((p) => p.boardColumns)
  const interviews = useProject((p) => p.interviews)
  const participants = useProject((p) => p.participants)
  const prioritisation = useProject((p) => p.prioritisation)
  const columns = useMemo(() => normalizeColumns(stored, themes), [stored, themes])
  const themesById = useMemo(() => new Map<string, Theme>(themes.map((theme) => [theme.id, theme])), [themes])
  const counts = useMemo(() => interviewCounts(interviews), [interviews])
  const rankedColumns = useDeferredValue(stored)
  const chips = useMemo(
    () => scoreChips(rankThemes({ themes, boardColumns: rankedColumns, participants, prioritisation })),
    [themes, rankedColumns, participants, prioritisation],
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
