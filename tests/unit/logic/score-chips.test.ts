/** The chips on theme cards: place and total for scored themes, nothing for unscored or parked ones. */
import { describe, expect, it } from 'vitest'
import { rankThemes } from '../../../shared/logic/ranking'
import { scoreChips } from '../../../shared/logic/score-chips'
import { dots, source } from './ranking-data'

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
})
