/**
 * What a theme card shows of the prioritisation once the group has scored (UI.md: "score chips
 * once scored"): its place in the ranking and its weighted total (scores) or its dots (dot voting).
 * Themes nobody scored, and parked themes (not prioritised), get no chip.
 */
import type { BoardColumn, Prioritisation } from '../model'
import type { Ranking } from './ranking'

export interface ScoreChip {
  method: Prioritisation['method']
  /** Competition rank: 1, 2, 2, 4. */
  rank: number
  /** Shares its place with another theme. */
  tied: boolean
  /** Weighted total 1–5 (scores) or the number of dots. */
  total: number
  /** How many people scored or voted for it. */
  scorers: number
  /** The group disagrees on at least one criterion (scores only). */
  divided: boolean
}

export function scoreChips(ranking: Ranking): ReadonlyMap<string, ScoreChip> {
  const chips = new Map<string, ScoreChip>()
  for (const entry of ranking.themes) {
    if (entry.rank === null || entry.total === null) continue
    chips.set(entry.theme.id, {
      method: ranking.method,
      rank: entry.rank,
      tied: entry.tied,
      total: entry.total,
      scorers: entry.scorers,
      divided: entry.divided,
    })
  }
  return chips
}

/** The themes in parked columns (which the ranking leaves out). */
function parkedIds(columns: readonly BoardColumn[]): Set<string> {
  const ids = new Set<string>()
  for (const column of columns) if (column.role === 'parked') for (const id of column.themeIds) ids.add(id)
  return ids
}

/**
 * Do two boards give the same chips (for the same themes and scores)? A chip does not depend on
 * where its card stands: places are shared by equal totals, whatever the board order. Only
 * which themes are parked, and so left out of the ranking, matters.
 */
export function sameChipBoard(a: readonly BoardColumn[], b: readonly BoardColumn[]): boolean {
  if (a === b) return true
  const before = parkedIds(a)
  const after = parkedIds(b)
  if (before.size !== after.size) return false
  for (const id of after) if (!before.has(id)) return false
  return true
}
