/**
 * Ranking rules for prioritising themes (DOMAIN.md, step 3): pure, no DOM, no Node.
 *
 * The rules, one line each (the screen explains them in the same words):
 * - Which themes: the themes on the board in every column except Geparkeerd (parked), in board
 *   order; a theme that is in no column at all counts as a candidate.
 * - Which scores: those of people who are (still) in the participant list; scores of someone who
 *   was removed from the project are ignored. Stopped participants' scores still count.
 * - Mean per criterion: over the participants who scored that criterion; a missing score is left
 *   out, never counted as 0.
 * - Weighted total: Σ(weight·mean) / Σ(weight), both sums over the criteria that have a mean and a
 *   weight above 0. So a criterion nobody scored does not pull the total down, and the total stays
 *   on the 1–5 scale whatever the weights are. A theme without any usable score has no total.
 * - Spread ("spreiding"): the standard deviation (population, divide by n) of the scores; per
 *   criterion over its scores, and overall over each participant's own weighted mean for the
 *   theme (how far apart people are on the theme as a whole). Needs at least 2 values.
 * - Divided ("de groep is verdeeld"): a spread of DIVIDED_AT (1.0 on the 1–5 scale) or more.
 * - Rank: competition ranking (1, 2, 2, 4) on the total as shown (two decimals), so two themes
 *   that look equal share a rank ("gedeeld 2e"); within a tie, board order decides the display.
 *   Themes without a total come last, without a rank ("nog geen scores").
 * - Dot voting: the total is the number of dots a theme got; ranked the same way; a theme without
 *   dots has no total. Dots are counted even when someone gave more than allowed, and that
 *   over-spending is reported per participant. Dots on a parked theme do not count (and are not
 *   spent: the participant may give them again).
 *
 * Speed: one pass over the scores into per-theme accumulators (flat typed arrays, found through a
 * Map from theme id to board position), then one pass over the themes: O(themes + scores).
 */
import {
  type BoardColumn,
  type ColumnRole,
  type Criterion,
  criteria,
  type Participant,
  type Prioritisation,
  type Theme,
} from '../model'

/** A spread (standard deviation on the 1–5 scale) from which the group counts as divided. */
export const DIVIDED_AT = 1.0
/** Totals are shown and compared with this many decimals. */
export const TOTAL_DECIMALS = 2

export type Weights = Prioritisation['weights']

/** What the ranking needs from the project. */
export interface RankingSource {
  themes: readonly Theme[]
  boardColumns: readonly BoardColumn[]
  participants: readonly Participant[]
  prioritisation: Prioritisation
}

export interface BoardTheme {
  theme: Theme
  /** The role of the column the theme is in; null when it is in no column. */
  role: ColumnRole | null
  /** Position in board order (columns left to right, cards top to bottom). */
  boardIndex: number
}

export interface CriterionSummary {
  /** Mean over the participants who scored this criterion; null when nobody did. */
  mean: number | null
  /** How many participants scored this criterion. */
  count: number
  /** Standard deviation of the scores; null with fewer than 2 scores. */
  spread: number | null
  divided: boolean
}

export interface RankedTheme extends BoardTheme {
  criteria: Record<Criterion, CriterionSummary>
  /** Participants who scored at least one criterion (scores) or gave at least one dot (dots). */
  scorers: number
  /** Weighted total (scores) or number of dots (dots); null when there is nothing to rank on. */
  total: number | null
  /** Overall spread: standard deviation of the participants' own weighted means (scores only). */
  spread: number | null
  divided: boolean
  /** Competition rank (1, 2, 2, 4); null without a total. */
  rank: number | null
  /** Shares its rank with at least one other theme. */
  tied: boolean
}

export interface DotUsage {
  participantId: string
  used: number
  /** Dots above the allowance (0 when within it). */
  over: number
}

export interface Ranking {
  method: Prioritisation['method']
  /** Every board theme, in display order: ranked ones by rank, then the unranked in board order. */
  themes: RankedTheme[]
  /** Themes with a total. */
  ranked: number
  /** Everyone who can take part: active participants plus stopped ones who scored (or voted). */
  voters: number
  /** Participants who scored (or gave a dot) at least once. */
  scorers: number
  /** At least one criterion has a weight above 0 (scores only; always true for dots). */
  weightsUsable: boolean
  /** Dots per participant who gave any (dots only; empty for scores). */
  dotUsage: DotUsage[]
  /** Participants who gave more dots than allowed (dots only). */
  overspent: DotUsage[]
}


/** The board's themes that are prioritised: every column except parked, then themes in no column. */
export function boardThemes(themes: readonly Theme[], columns: readonly BoardColumn[]): BoardTheme[] {
  const byId = new Map<string, Theme>()
  for (const theme of themes) byId.set(theme.id, theme)
  const placed = new Set<string>()
  const result: BoardTheme[] = []
  for (const column of columns) {
    for (const id of column.themeIds) {
      if (placed.has(id)) continue
      placed.add(id)
      const theme = byId.get(id)
      if (theme && column.role !== 'parked') result.push({ theme, role: column.role, boardIndex: result.length })
    }
  }
  for (const theme of themes) {
    if (!placed.has(theme.id)) {
      placed.add(theme.id)
      result.push({ theme, role: null, boardIndex: result.length })
    }
  }
  return result
}

/** Standard deviation (population) from a count, a sum and a sum of squares; null below 2 values. */
export function spreadOf(count: number, sum: number, sumSquares: number): number | null {
  if (count < 2) return null
  const mean = sum / count
  return Math.sqrt(Math.max(0, sumSquares / count - mean * mean))
}

/** The weighted total of criterion means: Σ(w·mean)/Σ(w) over criteria with a mean and w > 0. */
export function weightedTotal(means: Readonly<Record<Criterion, number | null>>, weights: Weights): number | null {
  let numerator = 0
  let denominator = 0
  for (const criterion of criteria) {
    const mean = means[criterion]
    const weight = weights[criterion]
    if (mean === null || !(weight > 0)) continue
    numerator += weight * mean
    denominator += weight
  }
  return denominator > 0 ? numerator / denominator : null
}

/** The value ranks compare: the total as shown (rounded to TOTAL_DECIMALS), as an integer. */
const rankKey = (total: number) => Math.round(total * 10 ** TOTAL_DECIMALS)

/**
 * Sort into display order and give competition ranks (1, 2, 2, 4). Ties are equal totals as shown;
 * within a tie, and among the unranked, board order decides.
 */
export function assignRanks<T extends { total: number | null; boardIndex: number; rank: number | null; tied: boolean }>(items: T[]): T[] {
  const keys = new Map<T, number>()
  for (const item of items) if (item.total !== null) keys.set(item, rankKey(item.total))
  const sorted = [...items].sort((a, b) => {
    const ka = keys.get(a)
    const kb = keys.get(b)
    if (ka === undefined || kb === undefined) {
      if (ka !== kb) return ka === undefined ? 1 : -1
      return a.boardIndex - b.boardIndex
    }
    return kb - ka || a.boardIndex - b.boardIndex
  })
  for (let i = 0; i < sorted.length; i++) {
    const item = sorted[i]!
    const key = keys.get(item)
    if (key === undefined) {
      item.rank = null
      item.tied = false
      continue
    }
    const previous = i > 0 ? sorted[i - 1]! : null
    const sameAsPrevious = previous !== null && keys.get(previous) === key
    item.rank = sameAsPrevious ? previous.rank : i + 1
    const next = sorted[i + 1]
    item.tied = sameAsPrevious || (next !== undefined && keys.get(next) === key)
  }
  return sorted
}

const emptyCriteria = (): Record<Criterion, CriterionSummary> => ({
  urgency: { mean: null, count: 0, spread: null, divided: false },
  feasibility: { mean: null, count: 0, spread: null, divided: false },
  changeability: { mean: null, count: 0, spread: null, divided: false },
  affinity: { mean: null, count: 0, spread: null, divided: false },
})

function countVoters(participants: readonly Participant[], took: ReadonlySet<string>): number {
  let voters = 0
  for (const p of participants) if (p.active || took.has(p.id)) voters++
  return voters
}

/** A score from the file or an edit is an integer 1–5, or null when missing. */
const valid = (value: number | null | undefined): value is number => value != null && value >= 1 && value <= 5

function rankByScores(source: RankingSource, onBoard: BoardTheme[]): Ranking {
  const { weights, scores } = source.prioritisation
  const people = source.participants
  const person = new Map<string, number>()
  for (let i = 0; i < people.length; i++) person.set(people[i]!.id, i)
  const hasScored = new Uint8Array(people.length)
  const position = new Map<string, number>()
  for (let t = 0; t < onBoard.length; t++) position.set(onBoard[t]!.theme.id, t)
  const w = criteria.map((criterion) => (weights[criterion] > 0 ? weights[criterion] : 0))
  const [w0, w1, w2, w3] = w as [number, number, number, number]

  // Per-theme accumulators in flat typed arrays indexed by board position: for criterion c of
  // theme t, slot t·4+c holds the count, sum and sum of squares of its scores; "own" holds the
  // count, sum and sum of squares of each scorer's own weighted mean for the theme.
  const themeCount = onBoard.length
  const count = new Float64Array(themeCount * 4)
  const sum = new Float64Array(themeCount * 4)
  const squares = new Float64Array(themeCount * 4)
  const scorers = new Float64Array(themeCount)
  const ownCount = new Float64Array(themeCount)
  const ownSum = new Float64Array(themeCount)
  const ownSquares = new Float64Array(themeCount)

  // The hot loop: an index loop, plain property reads, locals, no calls or allocation per score,
  // so it stays quick even before the JIT has optimised it (the first recompute after a change).
  for (let i = 0; i < scores.length; i++) {
    const score = scores[i]!
    const t = position.get(score.themeId)
    if (t === undefined) continue
    const who = person.get(score.participantId)
    if (who === undefined) continue
    const slot = t * 4
    const u = score.urgency
    const f = score.feasibility
    const c = score.changeability
    const a = score.affinity
    const hasU = u != null && u >= 1 && u <= 5
    const hasF = f != null && f >= 1 && f <= 5
    const hasC = c != null && c >= 1 && c <= 5
    const hasA = a != null && a >= 1 && a <= 5
    if (!(hasU || hasF || hasC || hasA)) continue
    let ownNumerator = 0
    let ownDenominator = 0
    if (hasU) {
      count[slot]!++
      sum[slot]! += u
      squares[slot]! += u * u
      ownNumerator += w0 * u
      ownDenominator += w0
    }
    if (hasF) {
      count[slot + 1]!++
      sum[slot + 1]! += f
      squares[slot + 1]! += f * f
      ownNumerator += w1 * f
      ownDenominator += w1
    }
    if (hasC) {
      count[slot + 2]!++
      sum[slot + 2]! += c
      squares[slot + 2]! += c * c
      ownNumerator += w2 * c
      ownDenominator += w2
    }
    if (hasA) {
      count[slot + 3]!++
      sum[slot + 3]! += a
      squares[slot + 3]! += a * a
      ownNumerator += w3 * a
      ownDenominator += w3
    }
    scorers[t]!++
    hasScored[who] = 1
    if (ownDenominator > 0) {
      const own = ownNumerator / ownDenominator
      ownCount[t]!++
      ownSum[t]! += own
      ownSquares[t]! += own * own
    }
  }

  const themes: RankedTheme[] = onBoard.map((entry, t) => {
    const summary = emptyCriteria()
    const means = { urgency: null, feasibility: null, changeability: null, affinity: null } as Record<Criterion, number | null>
    for (let c = 0; c < 4; c++) {
      const criterion = criteria[c]!
      const slot = t * 4 + c
      const n = count[slot]!
      const mean = n > 0 ? sum[slot]! / n : null
      const spread = spreadOf(n, sum[slot]!, squares[slot]!)
      means[criterion] = mean
      summary[criterion] = { mean, count: n, spread, divided: spread !== null && spread >= DIVIDED_AT }
    }
    const spread = spreadOf(ownCount[t]!, ownSum[t]!, ownSquares[t]!)
    // All fields spelled out: `{ ...entry, more }` is several times slower per object in V8.
    return {
      theme: entry.theme,
      role: entry.role,
      boardIndex: entry.boardIndex,
      criteria: summary,
      scorers: scorers[t]!,
      total: weightedTotal(means, weights),
      spread,
      divided: spread !== null && spread >= DIVIDED_AT,
      rank: null,
      tied: false,
    }
  })

  const ordered = assignRanks(themes)
  const scored = new Set<string>()
  for (let i = 0; i < hasScored.length; i++) if (hasScored[i]) scored.add(people[i]!.id)
  return {
    method: 'scores',
    themes: ordered,
    ranked: ordered.filter((t) => t.rank !== null).length,
    voters: countVoters(source.participants, scored),
    scorers: scored.size,
    weightsUsable: w.some((weight) => weight > 0),
    dotUsage: [],
    overspent: [],
  }
}

/**
 * Dots given per participant (people in the participant list who gave any). With `onBoard`, only
 * dots on those themes count: dots on a theme that was parked or removed are given back.
 */
export function dotUsage(
  prioritisation: Prioritisation,
  participants: readonly Participant[],
  onBoard?: ReadonlySet<string>,
): DotUsage[] {
  const known = new Set<string>()
  for (const p of participants) known.add(p.id)
  const used = new Map<string, number>()
  for (const vote of prioritisation.dotVotes) {
    if (!known.has(vote.participantId) || !(vote.dots > 0)) continue
    if (onBoard && !onBoard.has(vote.themeId)) continue
    used.set(vote.participantId, (used.get(vote.participantId) ?? 0) + vote.dots)
  }
  const allowed = prioritisation.dotsPerParticipant
  return participants
    .filter((p) => used.has(p.id))
    .map((p) => {
      const count = used.get(p.id)!
      return { participantId: p.id, used: count, over: Math.max(0, count - allowed) }
    })
}

function rankByDots(source: RankingSource, onBoard: BoardTheme[]): Ranking {
  const known = new Set<string>()
  for (const p of source.participants) known.add(p.id)
  const totals = new Map<string, { dots: number; voters: number }>()
  for (const entry of onBoard) totals.set(entry.theme.id, { dots: 0, voters: 0 })
  const voted = new Set<string>()
  for (const vote of source.prioritisation.dotVotes) {
    if (!known.has(vote.participantId) || !(vote.dots > 0)) continue
    const acc = totals.get(vote.themeId)
    if (acc === undefined) continue
    acc.dots += vote.dots
    acc.voters++
    voted.add(vote.participantId)
  }
  const themes: RankedTheme[] = onBoard.map((entry) => {
    const acc = totals.get(entry.theme.id)!
    return {
      theme: entry.theme,
      role: entry.role,
      boardIndex: entry.boardIndex,
      criteria: emptyCriteria(),
      scorers: acc.voters,
      total: acc.dots > 0 ? acc.dots : null,
      spread: null,
      divided: false,
      rank: null,
      tied: false,
    }
  })
  const ordered = assignRanks(themes)
  const usage = dotUsage(source.prioritisation, source.participants, new Set(totals.keys()))
  return {
    method: 'dots',
    themes: ordered,
    ranked: ordered.filter((t) => t.rank !== null).length,
    voters: countVoters(source.participants, voted),
    scorers: voted.size,
    weightsUsable: true,
    dotUsage: usage,
    overspent: usage.filter((u) => u.over > 0),
  }
}

/** Rank the board's themes by the project's prioritisation method (see the rules at the top). */
export function rankThemes(source: RankingSource, method: Prioritisation['method'] = source.prioritisation.method): Ranking {
  const onBoard = boardThemes(source.themes, source.boardColumns)
  return method === 'dots' ? rankByDots(source, onBoard) : rankByScores(source, onBoard)
}

/** One participant's progress in the scoring grid: complete rows (all four criteria) and partial ones. */
export function scoringProgress(
  scores: ReadonlyMap<string, Partial<Record<Criterion, number | null>>>,
  themeIds: readonly string[],
): { complete: number; partial: number; total: number } {
  let complete = 0
  let partial = 0
  for (const id of themeIds) {
    const score = scores.get(id)
    if (!score) continue
    let filled = 0
    for (const criterion of criteria) if (valid(score[criterion])) filled++
    if (filled === criteria.length) complete++
    else if (filled > 0) partial++
  }
  return { complete, partial, total: themeIds.length }
}

export interface ParticipantProgress {
  /** Board themes this participant scored on all four criteria. */
  complete: number
  /** Board themes with some but not all criteria scored. */
  partial: number
  /** Dots given to board themes. */
  dots: number
}

/** Per participant: how far their scoring (and dot voting) on the board's themes has come. One pass. */
export function progressByParticipant(prioritisation: Prioritisation, onBoard: readonly BoardTheme[]): Map<string, ParticipantProgress> {
  const board = new Set<string>()
  for (const entry of onBoard) board.add(entry.theme.id)
  const result = new Map<string, ParticipantProgress>()
  const of = (id: string) => {
    let progress = result.get(id)
    if (!progress) {
      progress = { complete: 0, partial: 0, dots: 0 }
      result.set(id, progress)
    }
    return progress
  }
  for (const score of prioritisation.scores) {
    if (!board.has(score.themeId)) continue
    const filled =
      (valid(score.urgency) ? 1 : 0) + (valid(score.feasibility) ? 1 : 0) + (valid(score.changeability) ? 1 : 0) + (valid(score.affinity) ? 1 : 0)
    if (filled === 4) of(score.participantId).complete++
    else if (filled > 0) of(score.participantId).partial++
  }
  for (const vote of prioritisation.dotVotes) {
    if (board.has(vote.themeId) && vote.dots > 0) of(vote.participantId).dots += vote.dots
  }
  return result
}
