/**
 * The ranking rules of shared/logic/ranking.ts against hand-computed examples (see ranking-data.ts):
 * means without missing scores, weights, spread, ties with competition ranks, unscored themes,
 * parked themes, removed participants, and dot voting with over-spending.
 */
import { describe, expect, it } from 'vitest'
import { assignRanks, boardThemes, progressByParticipant, rankThemes, scoringProgress, spreadOf, weightedTotal } from '../../../shared/logic/ranking'
import { columns, dots, people, score, source, theme } from './ranking-data'

const byId = (ranking: ReturnType<typeof rankThemes>, id: string) => {
  const found = ranking.themes.find((t) => t.theme.id === id)
  if (!found) throw new Error(`theme ${id} not in the ranking`)
  return found
}
const order = (ranking: ReturnType<typeof rankThemes>) => ranking.themes.map((t) => t.theme.id)
const ranks = (ranking: ReturnType<typeof rankThemes>) => ranking.themes.map((t) => t.rank)

describe('which themes are ranked', () => {
  it('takes every column except parked, in board order, and themes in no column as candidates', () => {
    const themes = ['A', 'B', 'C', 'X', 'E'].map((id) => theme(id))
    const board = [
      { id: 'c1', title: 'Ingebracht', role: 'candidate' as const, themeIds: ['B', 'A', 'ghost'] },
      { id: 'c2', title: 'Geparkeerd', role: 'parked' as const, themeIds: ['E'] },
      { id: 'c3', title: 'Gekozen', role: 'chosen' as const, themeIds: ['C', 'A'] },
    ]
    const list = boardThemes(themes, board)
    expect(list.map((t) => [t.theme.id, t.role, t.boardIndex])).toEqual([
      ['B', 'candidate', 0],
      ['A', 'candidate', 1],
      ['C', 'chosen', 2],
      ['X', null, 3],
    ])
  })
})

describe('scores: means, totals, spread', () => {
  const ranking = rankThemes(source())

  it('averages each criterion over the people who scored it, leaving missing scores out', () => {
    const b = byId(ranking, 'B')
    expect(b.criteria.urgency).toMatchObject({ mean: 3, count: 3 })
    expect(b.criteria.feasibility).toMatchObject({ mean: 3, count: 2 })
    expect(b.criteria.changeability).toMatchObject({ mean: 4, count: 2 })
    expect(b.criteria.affinity).toMatchObject({ mean: 4, count: 2 })
    expect(b.scorers).toBe(3)
    expect(b.total).toBeCloseTo(3.5, 10)
  })

  it('computes the weighted total as Σ(weight·mean)/Σ(weight) with equal weights', () => {
    expect(byId(ranking, 'A').total).toBeCloseTo(3.75, 10)
    expect(byId(ranking, 'C').total).toBeCloseTo(3, 10)
    expect(byId(ranking, 'D').total).toBeCloseTo(3.5, 10)
  })

  it('does not count a criterion nobody scored as 0', () => {
    const ranked = rankThemes(source({ scores: [score('A', 'p1', [4, 4, null, 2])] }))
    const a = byId(ranked, 'A')
    expect(a.criteria.changeability).toEqual({ mean: null, count: 0, spread: null, divided: false })
    // (4 + 4 + 2) / 3, not (4 + 4 + 0 + 2) / 4 = 2.5
    expect(a.total).toBeCloseTo(10 / 3, 10)
  })

  it('gives the spread per criterion and overall, and flags a divided group', () => {
    const a = byId(ranking, 'A')
    expect(a.criteria.urgency.spread).toBeCloseTo(1, 10)
    expect(a.criteria.urgency.divided).toBe(true)
    expect(a.criteria.feasibility.spread).toBeCloseTo(0, 10)
    expect(a.criteria.feasibility.divided).toBe(false)
    expect(a.spread).toBeCloseTo(0.25, 10)
    expect(a.divided).toBe(false)

    const b = byId(ranking, 'B')
    expect(b.criteria.urgency.spread).toBeCloseTo(Math.sqrt(2 / 3), 10)
    expect(b.criteria.urgency.divided).toBe(false)
    expect(b.spread).toBeCloseTo(0.3118, 4)

    // Everyone's own mean is 2 or 4: the group is divided on C though every criterion mean is 3.
    const c = byId(ranking, 'C')
    expect(c.spread).toBeCloseTo(1, 10)
    expect(c.divided).toBe(true)
  })

  it('has no spread with a single scorer and nothing at all without scores', () => {
    expect(byId(ranking, 'D')).toMatchObject({ scorers: 1, spread: null, divided: false })
    expect(byId(ranking, 'F')).toMatchObject({ scorers: 0, total: null, spread: null, rank: null, tied: false })
  })

  it('ignores parked themes and the scores of people no longer in the project', () => {
    expect(ranking.themes.map((t) => t.theme.id)).not.toContain('E')
    // 'gone' gave A all ones; without them A stays at 3.75 with 2 scorers.
    expect(byId(ranking, 'A').scorers).toBe(2)
  })

  it('counts voters (active, plus stopped people who scored) and scorers', () => {
    expect(ranking.voters).toBe(4)
    expect(ranking.scorers).toBe(3)
    expect(ranking.ranked).toBe(4)
  })
})

describe('ranks and ties', () => {
  it('ranks by total with competition ranks (1, 2, 2, 4), board order within a tie, unscored last', () => {
    const ranking = rankThemes(source())
    expect(order(ranking)).toEqual(['A', 'B', 'D', 'C', 'F'])
    expect(ranks(ranking)).toEqual([1, 2, 2, 4, null])
    expect(ranking.themes.map((t) => t.tied)).toEqual([false, true, true, false, false])
  })

  it('lets weights change the order', () => {
    // Urgency ×3: A (12+4+4+3)/6 = 3.833, B (9+3+4+4)/6 = 3.333, C 3, D (12+3+3+4)/6 = 3.667
    const ranking = rankThemes(source({ weights: { urgency: 3, feasibility: 1, changeability: 1, affinity: 1 } }))
    expect(order(ranking)).toEqual(['A', 'D', 'B', 'C', 'F'])
    expect(ranks(ranking)).toEqual([1, 2, 3, 4, null])
    expect(byId(ranking, 'A').total).toBeCloseTo(23 / 6, 10)
    expect(byId(ranking, 'D').total).toBeCloseTo(22 / 6, 10)
    expect(byId(ranking, 'B').total).toBeCloseTo(20 / 6, 10)
  })

  it('leaves a criterion with weight 0 out of the total and of everyone’s own mean', () => {
    // Affinity off: A (4+4+4)/3 = 4; B (3+3+4)/3 = 3.333; C 3; D (4+3+3)/3 = 3.333 → B and D tie
    const ranking = rankThemes(source({ weights: { urgency: 1, feasibility: 1, changeability: 1, affinity: 0 } }))
    expect(byId(ranking, 'A').total).toBeCloseTo(4, 10)
    expect(order(ranking)).toEqual(['A', 'B', 'D', 'C', 'F'])
    expect(ranks(ranking)).toEqual([1, 2, 2, 4, null])
    // C's own means: p1 (5+1+1)/3 = 2.333, p2 (1+5+5)/3 = 3.667 → spread 0.667
    expect(byId(ranking, 'C').spread).toBeCloseTo(2 / 3, 10)
  })

  it('has no totals when every weight is 0', () => {
    const ranking = rankThemes(source({ weights: { urgency: 0, feasibility: 0, changeability: 0, affinity: 0 } }))
    expect(ranking.weightsUsable).toBe(false)
    expect(ranking.themes.every((t) => t.total === null && t.rank === null)).toBe(true)
    expect(order(ranking)).toEqual(['A', 'B', 'C', 'D', 'F'])
  })

  it('treats totals that are equal as shown (two decimals) as a tie', () => {
    const items = [
      { id: 'x', total: 3.3333, boardIndex: 0, rank: null, tied: false },
      { id: 'y', total: 3.336, boardIndex: 1, rank: null, tied: false },
      { id: 'z', total: 3.331, boardIndex: 2, rank: null, tied: false },
      { id: 'w', total: null, boardIndex: 3, rank: null, tied: false },
    ]
    const sorted = assignRanks(items)
    expect(sorted.map((i) => [i.id, i.rank, i.tied])).toEqual([
      ['y', 1, false],
      ['x', 2, true],
      ['z', 2, true],
      ['w', null, false],
    ])
  })

  it('gives a three-way tie at the top rank 1 and the next rank 4', () => {
    const items = [3, 4, 4, 4, 2].map((total, boardIndex) => ({ total, boardIndex, rank: null as number | null, tied: false }))
    expect(assignRanks(items).map((i) => [i.total, i.rank])).toEqual([
      [4, 1],
      [4, 1],
      [4, 1],
      [3, 4],
      [2, 5],
    ])
  })
})

describe('dot voting', () => {
  const votes = [
    dots('A', 'p1', 2),
    dots('B', 'p1', 1),
    dots('A', 'p2', 1),
    dots('C', 'p2', 2),
    dots('C', 'p3', 4),
    dots('E', 'p2', 3),
    dots('D', 'gone', 5),
    dots('F', 'p4', 0),
  ]

  it('totals dots per theme and ranks them the same way', () => {
    const ranking = rankThemes(source({ method: 'dots', dotVotes: votes }))
    expect(ranking.method).toBe('dots')
    expect(order(ranking)).toEqual(['C', 'A', 'B', 'D', 'F'])
    expect(ranking.themes.map((t) => t.total)).toEqual([6, 3, 1, null, null])
    expect(ranks(ranking)).toEqual([1, 2, 3, null, null])
    expect(byId(ranking, 'C').scorers).toBe(2)
    expect(ranking.scorers).toBe(3)
    expect(ranking.voters).toBe(4)
  })

  it('shows over-spending per participant, still counts those dots, and gives back dots on parked themes', () => {
    const ranking = rankThemes(source({ method: 'dots', dotVotes: votes }))
    // p2 gave 3 more to E, which is parked: those do not count as spent.
    expect(ranking.dotUsage).toEqual([
      { participantId: 'p1', used: 3, over: 0 },
      { participantId: 'p2', used: 3, over: 0 },
      { participantId: 'p3', used: 4, over: 1 },
    ])
    expect(ranking.overspent.map((u) => u.participantId)).toEqual(['p3'])
    expect(byId(ranking, 'C').total).toBe(6)
  })

  it('shares ranks on equal dots', () => {
    const ranking = rankThemes(source({ method: 'dots', dotVotes: [...votes, dots('B', 'p4', 2)] }))
    expect(order(ranking)).toEqual(['C', 'A', 'B', 'D', 'F'])
    expect(ranks(ranking)).toEqual([1, 2, 2, null, null])
  })

  it('can rank by the other method than the project’s', () => {
    expect(rankThemes(source({ dotVotes: votes }), 'dots').method).toBe('dots')
    expect(order(rankThemes(source({ method: 'dots' }), 'scores'))).toEqual(['A', 'B', 'D', 'C', 'F'])
  })
})

describe('helpers', () => {
  it('computes a population standard deviation, null below two values', () => {
    expect(spreadOf(1, 4, 16)).toBeNull()
    expect(spreadOf(2, 6, 20)).toBeCloseTo(1, 10) // {2, 4}
    expect(spreadOf(4, 12, 36)).toBe(0) // {3, 3, 3, 3}
  })

  it('weights only the criteria that have a mean', () => {
    const weights = { urgency: 2, feasibility: 1, changeability: 1, affinity: 0 }
    expect(weightedTotal({ urgency: 5, feasibility: null, changeability: 2, affinity: 1 }, weights)).toBeCloseTo(12 / 3, 10)
    expect(weightedTotal({ urgency: null, feasibility: null, changeability: null, affinity: 5 }, weights)).toBeNull()
  })

  it('counts a participant’s complete and partial rows', () => {
    const mine = new Map([
      ['A', score('A', 'p1', [5, 4, 3, 4])],
      ['B', score('B', 'p1', [4, null, null, null])],
      ['E', score('E', 'p1', [5, 5, 5, 5])],
    ])
    expect(scoringProgress(mine, ['A', 'B', 'C', 'D'])).toEqual({ complete: 1, partial: 1, total: 4 })
  })

  it('does not change its input', () => {
    const input = source()
    const before = JSON.stringify(input)
    rankThemes(input)
    expect(JSON.stringify(input)).toBe(before)
    expect(columns[0]!.themeIds).toEqual(['A', 'B', 'C', 'D', 'F'])
    expect(people).toHaveLength(4)
  })
})

describe('progress per participant', () => {
  it('counts complete and partial rows and dots on board themes only', () => {
    const ranked = source({ dotVotes: [dots('A', 'p1', 2), dots('E', 'p1', 3), dots('C', 'p2', 1)] })
    const progress = progressByParticipant(ranked.prioritisation, boardThemes(ranked.themes, ranked.boardColumns))
    // p1: A, C complete, B partial; E is parked. p2: A, B, C, D complete.
    expect(progress.get('p1')).toEqual({ complete: 2, partial: 1, dots: 2 })
    expect(progress.get('p2')).toEqual({ complete: 4, partial: 0, dots: 1 })
    expect(progress.get('p3')).toEqual({ complete: 1, partial: 0, dots: 0 })
    expect(progress.has('p4')).toBe(false)
  })
})
