/**
 * "Kies top N": the N best-ranked themes go to the Gekozen (chosen) column. Pure.
 *
 * - The pool is the ranking's themes that have a rank (every board column except parked).
 * - Themes of the top N that already are in Gekozen stay where they are; the others move there,
 *   appended in rank order. Themes already in Gekozen but outside the top N are left alone.
 * - A tie at the boundary (the N-th place is shared with a theme below it) is never cut silently:
 *   chooseTop reports it, and the caller settles it by including every tied theme or by picking.
 * - Fewer ranked themes than N: all ranked themes are chosen (`short` says so).
 * - No column with role chosen: one is added at the end of the board.
 */
import type { BoardColumn } from '../model'
import type { Ranking, RankedTheme } from './ranking'

export interface TopPreview {
  n: number
  /** In rank order: the themes certainly in the top N. */
  sure: RankedTheme[]
  /** The tie at the boundary that does not fit in N (all share one rank); empty without such a tie. */
  tied: RankedTheme[]
  /** How many places of N are left for the tied themes. */
  open: number
  /** Fewer ranked themes than N. */
  short: boolean
}

export type TieResolution = { kind: 'includeAll' } | { kind: 'pick'; themeIds: readonly string[] }

export type ChooseTopResult =
  | {
      ok: true
      columns: BoardColumn[]
      /** The chosen top, in rank order. */
      chosen: string[]
      /** The ones that were not in Gekozen yet and moved there. */
      moved: string[]
    }
  | { ok: false; reason: 'nothingRanked' }
  | { ok: false; reason: 'tie'; preview: TopPreview }
  | { ok: false; reason: 'badPick' }

/** Which themes the top N is, and whether a tie at the boundary needs a decision. */
export function previewTop(ranking: Pick<Ranking, 'themes'>, n: number): TopPreview {
  const size = Math.max(1, Math.floor(n))
  const ranked = ranking.themes.filter((t) => t.rank !== null)
  if (ranked.length <= size) return { n: size, sure: ranked, tied: [], open: 0, short: ranked.length < size }
  const boundary = ranked[size - 1]!.rank
  if (ranked[size]!.rank !== boundary) return { n: size, sure: ranked.slice(0, size), tied: [], open: 0, short: false }
  const sure = ranked.filter((t) => t.rank! < boundary!)
  const tied = ranked.filter((t) => t.rank === boundary)
  return { n: size, sure, tied, open: size - sure.length, short: false }
}

export interface ChooseTopOptions {
  resolve?: TieResolution
  /** Id and title for a Gekozen column, when the board has none. */
  newChosenColumn?: { id: string; title: string }
}

/** Move the top N ranked themes into the chosen column; see the rules at the top of this file. */
export function chooseTop(
  columns: readonly BoardColumn[],
  ranking: Pick<Ranking, 'themes'>,
  n: number,
  options: ChooseTopOptions = {},
): ChooseTopResult {
  const preview = previewTop(ranking, n)
  if (preview.sure.length === 0 && preview.tied.length === 0) return { ok: false, reason: 'nothingRanked' }
  let extra: string[] = []
  if (preview.tied.length > 0) {
    const resolve = options.resolve
    if (!resolve) return { ok: false, reason: 'tie', preview }
    if (resolve.kind === 'includeAll') extra = preview.tied.map((t) => t.theme.id)
    else {
      const allowed = new Set(preview.tied.map((t) => t.theme.id))
      if (resolve.themeIds.some((id) => !allowed.has(id))) return { ok: false, reason: 'badPick' }
      // In rank (display) order, whatever order they were picked in.
      const picked = new Set(resolve.themeIds)
      extra = preview.tied.map((t) => t.theme.id).filter((id) => picked.has(id))
    }
  }
  const chosen = [...preview.sure.map((t) => t.theme.id), ...extra]
  return { ok: true, ...moveIntoChosen(columns, chosen, options.newChosenColumn) }
}

/** The board with `themeIds` appended to the (first) chosen column and removed from every other column. */
export function moveIntoChosen(
  columns: readonly BoardColumn[],
  themeIds: readonly string[],
  newChosenColumn: { id: string; title: string } = { id: 'col-chosen', title: 'Gekozen' },
): { columns: BoardColumn[]; chosen: string[]; moved: string[] } {
  let target = columns.findIndex((c) => c.role === 'chosen')
  let next: BoardColumn[] = [...columns]
  if (target === -1) {
    let id = newChosenColumn.id
    for (let i = 2; columns.some((c) => c.id === id); i++) id = `${newChosenColumn.id}-${i}`
    next = [...next, { id, title: newChosenColumn.title, role: 'chosen', themeIds: [] }]
    target = next.length - 1
  }
  const already = new Set(next[target]!.themeIds)
  const moved = themeIds.filter((id) => !already.has(id))
  const moving = new Set(moved)
  next = next.map((column, index) => {
    if (index === target) return moved.length === 0 ? column : { ...column, themeIds: [...column.themeIds, ...moved] }
    return column.themeIds.some((id) => moving.has(id)) ? { ...column, themeIds: column.themeIds.filter((id) => !moving.has(id)) } : column
  })
  return { columns: next, chosen: [...themeIds], moved }
}
