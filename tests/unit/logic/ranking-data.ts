/**
 * A small hand-computed board for the ranking tests. The expected figures are worked out by hand
 * in the comments and repeated literally in the tests.
 */
import { participant } from '../../../shared/examples/helpers'
import type { BoardColumn, DotVote, Participant, Prioritisation, Theme, ThemeScore } from '../../../shared/model'
import type { RankingSource } from '../../../shared/logic/ranking'

export const theme = (id: string, title = id): Theme => ({ id, title, description: '', learningQuestions: [], sources: [] })

type Four = [number | null, number | null, number | null, number | null]
/** A score record: [urgentie, haalbaarheid, veranderbaarheid, affiniteit]. */
export const score = (themeId: string, participantId: string, [urgency, feasibility, changeability, affinity]: Four): ThemeScore => ({
  themeId,
  participantId,
  urgency,
  feasibility,
  changeability,
  affinity,
})

export const dots = (themeId: string, participantId: string, count: number): DotVote => ({ themeId, participantId, dots: count })

export const people: Participant[] = [
  participant({ id: 'p1', name: 'Annie Kleijnen', category: 'resident' }),
  participant({ id: 'p2', name: 'Roy Crombach', category: 'professional' }),
  // Stopped later, but scored at the session: still counts.
  participant({ id: 'p3', name: 'Linda Wetzels', category: 'professional', leftOn: '2019-03-01' }),
  // Active, never scored.
  participant({ id: 'p4', name: 'Noor Smeets', category: 'student' }),
]

export const columns: BoardColumn[] = [
  { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['A', 'B', 'C', 'D', 'F'] },
  { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: [] },
  { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: ['E'] },
]

/**
 * A: p1 [5,4,3,4], p2 [3,4,5,2]      means 4,4,4,3 → total 15/4 = 3.75
 *    criterion spreads: u {5,3} → 1; f {4,4} → 0; c {3,5} → 1; a {4,2} → 1
 *    own means p1 4, p2 3.5 → overall spread 0.25
 * B: p1 [4,–,–,–], p2 [2,4,4,4], p3 [3,2,4,4]
 *    u {4,2,3} → mean 3, spread √(2/3) ≈ 0.8165; f {4,2} → 3, spread 1; c 4; a 4 → total 14/4 = 3.5
 *    own means 4, 3.5, 3.25 → mean 3.58333, spread √(0.29167/3) ≈ 0.3118
 * C: p1 [5,1,1,1], p2 [1,5,5,5]      means 3,3,3,3 → total 3; own means 2 and 4 → spread 1 → divided
 * D: p2 [4,3,3,4]                    total 14/4 = 3.5 (ties with B); one scorer → no spread
 * E: parked → not ranked, its scores ignored
 * F: nobody scored → no total, last
 * A score by 'gone' (removed from the project) is ignored.
 */
export const scores: ThemeScore[] = [
  score('A', 'p1', [5, 4, 3, 4]),
  score('A', 'p2', [3, 4, 5, 2]),
  score('B', 'p1', [4, null, null, null]),
  score('B', 'p2', [2, 4, 4, 4]),
  score('B', 'p3', [3, 2, 4, 4]),
  score('C', 'p1', [5, 1, 1, 1]),
  score('C', 'p2', [1, 5, 5, 5]),
  score('D', 'p2', [4, 3, 3, 4]),
  score('E', 'p1', [5, 5, 5, 5]),
  score('A', 'gone', [1, 1, 1, 1]),
]

export const prioritisation = (fields: Partial<Prioritisation> = {}): Prioritisation => ({
  method: 'scores',
  weights: { urgency: 1, feasibility: 1, changeability: 1, affinity: 1 },
  scores,
  dotsPerParticipant: 3,
  dotVotes: [],
  ...fields,
})

export const source = (fields: Partial<Prioritisation> = {}, extra: Partial<RankingSource> = {}): RankingSource => ({
  themes: ['A', 'B', 'C', 'D', 'E', 'F'].map((id) => theme(id)),
  boardColumns: columns,
  participants: people,
  prioritisation: prioritisation(fields),
  ...extra,
})
