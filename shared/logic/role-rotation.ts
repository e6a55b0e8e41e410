/**
 * Meeting roles (voorzitter, notulist, tijdbewaker, …): how often each person held each role,
 * and a rotation suggestion that spreads the roles fairly over the people willing to take them.
 *
 * The suggestion gives each role to a willing, available person who held that role least often
 * so far; no one gets two roles in one meeting. Ties go to whoever held fewest roles in total,
 * then to whoever held this role longest ago, then by id (deterministic). Because one person's
 * pick can block another role, the combinations of the few least-often holders per role are
 * searched: first fill as many roles as possible, then keep every role's counts within one of
 * each other, then prefer the lowest total of "times held".
 */
import type { Meeting, Participant, RoleAssignment, RoleWillingness } from '../model'

export interface RoleTally {
  participantId: string
  /** Times held per role. */
  counts: Record<string, number>
  total: number
  /** Date of the last meeting with any role, or null. */
  lastDate: string | null
}

/** Per participant, how often they held each role at the given meetings (cancelled ones do not count). */
export function tallyRoles(meetings: readonly Meeting[]): RoleTally[] {
  const byPerson = new Map<string, RoleTally>()
  for (const meeting of meetings) {
    if (meeting.status === 'cancelled') continue
    for (const { role, participantId } of meeting.roles) {
      let tally = byPerson.get(participantId)
      if (!tally) {
        tally = { participantId, counts: {}, total: 0, lastDate: null }
        byPerson.set(participantId, tally)
      }
      tally.counts[role] = (tally.counts[role] ?? 0) + 1
      tally.total += 1
      if (tally.lastDate === null || meeting.date > tally.lastDate) tally.lastDate = meeting.date
    }
  }
  return [...byPerson.values()]
}

export interface RotationInput {
  /** The roles to fill, e.g. ['chair', 'minutes', 'timekeeper']. */
  roles: readonly string[]
  /** Who is willing to take which role. */
  willingness: readonly RoleWillingness[]
  /** Earlier meetings (their roles are the history); only meetings before `date` count. */
  history: readonly Meeting[]
  /** The date of the meeting the suggestion is for. */
  date: string
  /** People who cannot take a role this time (reported absent, stopped). */
  unavailable: ReadonlySet<string>
  /** Roles already assigned and to be kept: these people and roles are not filled again. */
  keep?: readonly RoleAssignment[]
}

/** Candidates tried per role (the least-often holders): 6^5 combinations at most for five roles. */
const CANDIDATES_PER_ROLE = 6

function lexLess(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) < (b[i] ?? 0)
  return false
}

interface Stats {
  count: Map<string, Map<string, number>>
  total: Map<string, number>
  last: Map<string, Map<string, string>>
}

function statsOf(history: readonly Meeting[], before: string): Stats {
  const stats: Stats = { count: new Map(), total: new Map(), last: new Map() }
  for (const meeting of history) {
    if (meeting.status === 'cancelled' || meeting.date >= before) continue
    for (const { role, participantId: p } of meeting.roles) {
      const counts = stats.count.get(p) ?? new Map<string, number>()
      counts.set(role, (counts.get(role) ?? 0) + 1)
      stats.count.set(p, counts)
      stats.total.set(p, (stats.total.get(p) ?? 0) + 1)
      const last = stats.last.get(p) ?? new Map<string, string>()
      if ((last.get(role) ?? '') < meeting.date) last.set(role, meeting.date)
      stats.last.set(p, last)
    }
  }
  return stats
}

/** Orders candidates for one role: fewest times in this role, fewest roles overall, longest ago, id. */
function better(stats: Stats, role: string, breadth: ReadonlyMap<string, number>) {
  return (a: string, b: string): number => {
    const ca = stats.count.get(a)?.get(role) ?? 0
    const cb = stats.count.get(b)?.get(role) ?? 0
    if (ca !== cb) return ca - cb
    // Someone willing for fewer of the roles goes first: the others are needed elsewhere too.
    const wa = breadth.get(a) ?? 0
    const wb = breadth.get(b) ?? 0
    if (wa !== wb) return wa - wb
    const ta = stats.total.get(a) ?? 0
    const tb = stats.total.get(b) ?? 0
    if (ta !== tb) return ta - tb
    const la = stats.last.get(a)?.get(role) ?? ''
    const lb = stats.last.get(b)?.get(role) ?? ''
    if (la !== lb) return la < lb ? -1 : 1
    return a < b ? -1 : a > b ? 1 : 0
  }
}

/** A fair assignment of `roles` for one meeting. Roles nobody can take are left out. */
export function suggestRoles(input: RotationInput): RoleAssignment[] {
  const keep = input.keep ?? []
  const stats = statsOf(input.history, input.date)
  const taken = new Set(keep.map((a) => a.participantId))
  const open = input.roles.filter((role, i) => input.roles.indexOf(role) === i && !keep.some((a) => a.role === role))
  const breadth = new Map(input.willingness.map((w) => [w.participantId, w.roles.filter((r) => open.includes(r)).length]))
  const willing = (role: string): string[] =>
    input.willingness
      .filter((w) => w.roles.includes(role) && !input.unavailable.has(w.participantId) && !taken.has(w.participantId))
      .map((w) => w.participantId)
      .sort(better(stats, role, breadth))

  const candidates = open.map((role) => willing(role).slice(0, CANDIDATES_PER_ROLE))
  // Everyone willing (present or not) per role, to measure how uneven a role would become.
  const pool = open.map((role) => input.willingness.filter((w) => w.roles.includes(role)).map((w) => w.participantId))
  const countOf = (p: string, role: string): number => stats.count.get(p)?.get(role) ?? 0

  let best: { picks: RoleAssignment[]; cost: number[] } | null = null
  const picks: Array<string | null> = []
  const consider = (): void => {
    const cost = [0, 0, 0, 0]
    open.forEach((role, r) => {
      const chosen = picks[r] ?? null
      if (chosen === null) {
        cost[0]! += 1
        return
      }
      // How far this role's counts would spread beyond one (the fairness rule).
      const after = pool[r]!.map((p) => countOf(p, role) + (p === chosen ? 1 : 0))
      cost[1]! += Math.max(0, Math.max(...after) - Math.min(...after) - 1)
      cost[2]! += countOf(chosen, role)
      cost[3]! += candidates[r]!.indexOf(chosen)
    })
    if (best === null || lexLess(cost, best.cost)) {
      best = { cost, picks: open.flatMap((role, r) => (picks[r] ? [{ role, participantId: picks[r]! }] : [])) }
    }
  }
  const search = (r: number, used: ReadonlySet<string>): void => {
    if (r === open.length) return consider()
    const free = candidates[r]!.filter((p) => !used.has(p))
    if (free.length === 0) {
      picks[r] = null
      search(r + 1, used)
      return
    }
    for (const p of free) {
      picks[r] = p
      search(r + 1, new Set([...used, p]))
    }
  }
  search(0, new Set())
  const picked: RoleAssignment[] = (best as { picks: RoleAssignment[] } | null)?.picks ?? []
  // Present the roles in the order asked.
  return [...keep, ...input.roles.flatMap((role) => picked.filter((p) => p.role === role))]
}

/** Who cannot take a role at a meeting: reported absent (with or without notice), or not active on that date. */
export function unavailableFor(meeting: Pick<Meeting, 'date' | 'attendance'>, participants: readonly Participant[]): Set<string> {
  const out = new Set<string>()
  for (const a of meeting.attendance) if (a.status !== 'present') out.add(a.participantId)
  for (const p of participants) {
    if (!p.active || (p.leftOn !== null && p.leftOn <= meeting.date)) out.add(p.id)
  }
  return out
}
