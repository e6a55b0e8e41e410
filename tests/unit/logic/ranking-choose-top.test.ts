/**
 * "Kies top N" (shared/logic/choose-top.ts) on the hand-computed board of ranking-data.ts, where the
 * ranking is A 3.75 (1), B 3.5 (gedeeld 2), D 3.5 (gedeeld 2), C 3 (4), F no scores.
 */
import { describe, expect, it } from 'vitest'
import { chooseTop, moveIntoChosen, previewTop } from '../../../shared/logic/choose-top'
import { rankThemes } from '../../../shared/logic/ranking'
import type { BoardColumn } from '../../../shared/model'
import { columns, source } from './ranking-data'

const ranking = rankThemes(source())
const ids = (list: ReadonlyArray<{ theme: { id: string } }>) => list.map((t) => t.theme.id)
const columnIds = (board: readonly BoardColumn[]) => Object.fromEntries(board.map((c) => [c.id, c.themeIds]))

describe('previewTop', () => {
  it('takes the top N when the boundary is clean', () => {
    expect(previewTop(ranking, 1)).toMatchObject({ n: 1, tied: [], open: 0, short: false })
    expect(ids(previewTop(ranking, 1).sure)).toEqual(['A'])
    // Places 2 and 3 are shared by B and D, and both fit.
    expect(ids(previewTop(ranking, 3).sure)).toEqual(['A', 'B', 'D'])
    expect(previewTop(ranking, 3).tied).toEqual([])
  })

  it('reports a tie at the boundary instead of cutting', () => {
    const preview = previewTop(ranking, 2)
    expect(ids(preview.sure)).toEqual(['A'])
    expect(ids(preview.tied)).toEqual(['B', 'D'])
    expect(preview.open).toBe(1)
  })

  it('says when there are fewer ranked themes than N (unscored themes are never chosen)', () => {
    const preview = previewTop(ranking, 10)
    expect(ids(preview.sure)).toEqual(['A', 'B', 'D', 'C'])
    expect(preview.short).toBe(true)
  })
})

describe('chooseTop', () => {
  it('moves the top 3 from Ingebracht to Gekozen in rank order, without changing its input', () => {
    const before = JSON.stringify(columns)
    const result = chooseTop(columns, ranking, 3)
    if (!result.ok) throw new Error(result.reason)
    expect(result.chosen).toEqual(['A', 'B', 'D'])
    expect(result.moved).toEqual(['A', 'B', 'D'])
    expect(columnIds(result.columns)).toEqual({
      'col-candidate': ['C', 'F'],
      'col-chosen': ['A', 'B', 'D'],
      'col-parked': ['E'],
    })
    expect(JSON.stringify(columns)).toBe(before)
    // Untouched columns keep their identity (cheap for memoised board columns).
    expect(result.columns[2]).toBe(columns[2])
  })

  it('asks how to settle a tie at the boundary', () => {
    const result = chooseTop(columns, ranking, 2)
    expect(result.ok).toBe(false)
    if (result.ok || result.reason !== 'tie') throw new Error('expected a tie')
    expect(ids(result.preview.tied)).toEqual(['B', 'D'])
  })

  it('includes every tied theme when asked', () => {
    const result = chooseTop(columns, ranking, 2, { resolve: { kind: 'includeAll' } })
    if (!result.ok) throw new Error(result.reason)
    expect(result.chosen).toEqual(['A', 'B', 'D'])
  })

  it('takes the facilitator’s pick among the tied themes, in rank order', () => {
    const result = chooseTop(columns, ranking, 2, { resolve: { kind: 'pick', themeIds: ['D'] } })
    if (!result.ok) throw new Error(result.reason)
    expect(result.chosen).toEqual(['A', 'D'])
    expect(columnIds(result.columns)['col-candidate']).toEqual(['B', 'C', 'F'])
    expect(chooseTop(columns, ranking, 2, { resolve: { kind: 'pick', themeIds: ['C'] } })).toEqual({ ok: false, reason: 'badPick' })
  })

  it('leaves themes already in Gekozen where they are', () => {
    const board: BoardColumn[] = [
      { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['A', 'C', 'D', 'F'] },
      { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ['B', 'C'] },
      { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: ['E'] },
    ]
    const ranked = rankThemes(source({}, { boardColumns: board }))
    const result = chooseTop(board, ranked, 3)
    if (!result.ok) throw new Error(result.reason)
    // B and D share 2nd place; on this board D comes first (B is further right, in Gekozen).
    expect(result.chosen).toEqual(['A', 'D', 'B'])
    expect(result.moved).toEqual(['A', 'D'])
    // C (already chosen by hand, rank 4) stays in Gekozen.
    expect(columnIds(result.columns)).toEqual({
      'col-candidate': ['C', 'F'],
      'col-chosen': ['B', 'C', 'A', 'D'],
      'col-parked': ['E'],
    })
  })

  it('chooses from custom columns too, and adds a Gekozen column when there is none', () => {
    const board: BoardColumn[] = [
      { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['B', 'C', 'D', 'F'] },
      { id: 'col-later', title: 'Later bespreken', role: 'custom', themeIds: ['A'] },
      { id: 'col-chosen', title: 'Geparkeerd', role: 'parked', themeIds: ['E'] },
    ]
    const result = chooseTop(board, rankThemes(source({}, { boardColumns: board })), 1, { newChosenColumn: { id: 'col-chosen', title: 'Gekozen' } })
    if (!result.ok) throw new Error(result.reason)
    expect(result.columns.map((c) => [c.id, c.title, c.role, c.themeIds])).toEqual([
      ['col-candidate', 'Ingebracht', 'candidate', ['B', 'C', 'D', 'F']],
      ['col-later', 'Later bespreken', 'custom', []],
      ['col-chosen', 'Geparkeerd', 'parked', ['E']],
      ['col-chosen-2', 'Gekozen', 'chosen', ['A']],
    ])
  })

  it('refuses when nothing is ranked yet', () => {
    expect(chooseTop(columns, rankThemes(source({ scores: [] })), 3)).toEqual({ ok: false, reason: 'nothingRanked' })
  })

  it('moves a theme that was in no column', () => {
    const result = moveIntoChosen([{ id: 'c', title: 'Gekozen', role: 'chosen', themeIds: [] }], ['loose'])
    expect(result.columns[0]!.themeIds).toEqual(['loose'])
    expect(result.moved).toEqual(['loose'])
  })
})
