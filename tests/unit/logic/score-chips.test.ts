/** The chips on theme cards: place and total for scored themes, nothing for unscored or parked ones. */
import { describe, expect, it } from 'vitest'
import { rankThemes } from '../../../shared/logic/ranking'
import { moveTheme } from '../../../shared/logic/board'
import { sameChipBoard, scoreChips } from '../../../shared/logic/score-chips'
import { columns, dots, source } from './ranking-data'

describe('score chips', () => {
  it('give each scored theme its place and weighted total, shared places marked', () => {
    const chips = scoreChips(rankThemes(source()))
    // A 3.75 (1st), B and D 3.5 (shared 2nd), C 3 (4th): see ranking-data.ts.
    expect(chips.get('A')).toEqual({ method: 'scores', rank: 1, tied: false, total: 3.75, scorers: 2, divided: false })
    expect(chips.get('B')).toMatchObject({ rank: 2, tied: true, total: 3.5, scorers: 3 })
    expect(chips.get('D')).toMatchObject({ rank: 2, tied: true, total: 3.5, scorers: 1 })
    expect(chips.get('C')).toMatchObject({ rank: 4, tied: false, total: 3, divided: true })
  })

  it('leave out themes nobody scored and parked themes', () => {
    const chips = scoreChips(rankThemes(source()))
    expect(chips.has('F')).toBe(false)
    expect(chips.has('E')).toBe(false)
    expect([...chips.keys()].sort()).toEqual(['A', 'B', 'C', 'D'])
  })

  it('show dots under dot voting', () => {
    const chips = scoreChips(rankThemes(source({ method: 'dots', dotVotes: [dots('C', 'p1', 2), dots('C', 'p2', 1), dots('A', 'p2', 2)] })))
    expect(chips.get('C')).toEqual({ method: 'dots', rank: 1, tied: false, total: 3, scorers: 2, divided: false })
    expect(chips.get('A')).toMatchObject({ rank: 2, total: 2 })
    expect(chips.has('B')).toBe(false)
  })

  it('stay the same when a card moves anywhere but into or out of Geparkeerd', () => {
    const chipsOn = (boardColumns: typeof columns) => scoreChips(rankThemes(source({}, { boardColumns })))
    const before = chipsOn(columns)
    for (const [id, to, index] of [
      ['A', 'col-candidate', 3],
      ['D', 'col-candidate', 0],
      ['B', 'col-chosen', 0],
    ] as const) {
      const moved = moveTheme(columns, id, to, index)
      expect(sameChipBoard(columns, moved)).toBe(true)
      expect(chipsOn(moved)).toEqual(before)
    }
    const parked = moveTheme(columns, 'A', 'col-parked', 0)
    expect(sameChipBoard(columns, parked)).toBe(false)
    expect(chipsOn(parked).get('B')).toMatchObject({ rank: 1, tied: true })
    const unparked = moveTheme(columns, 'E', 'col-chosen', 0)
    expect(sameChipBoard(columns, unparked)).toBe(false)
    expect(sameChipBoard(parked, moveTheme(parked, 'A', 'col-parked', 1))).toBe(true)
  })
})
