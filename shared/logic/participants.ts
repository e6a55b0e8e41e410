/**
 * Pure participant-list logic for the participants screen: search and filter,
 * sort with Dutch collation, and count per category. No DOM, no Node.
 */
import { type Participant, type ParticipantCategory, participantCategories } from '../model'

export type StatusFilter = 'active' | 'inactive' | 'all'

export interface ParticipantFilter {
  /** Free text; every word must occur in name, organisation, discipline, e-mail or notes. */
  search: string
  category: ParticipantCategory | 'all'
  status: StatusFilter
}

export const participantSortKeys = ['name', 'category', 'organisation', 'joinedOn'] as const
export type ParticipantSortKey = (typeof participantSortKeys)[number]
export type SortDirection = 'asc' | 'desc'

export interface ParticipantSort {
  key: ParticipantSortKey
  direction: SortDirection
}

/** Letters that Unicode decomposition does not reduce to a plain Latin letter. */
const FOLD: Readonly<Record<string, string>> = {
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
}
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g')

/**
 * Text reduced for matching: lower case, without diacritics, ligatures spelled out,
 * typographic apostrophes straightened. "Öztürk" → "ozturk", "Müller" → "muller".
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(FOLD_PATTERN, (ch) => FOLD[ch] ?? ch)
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
}

const searchTerms = (search: string): string[] => normalizeForSearch(search).split(/\s+/).filter((term) => term !== '')

/**
 * The searchable fields, each normalized; separated so one word never spans two fields.
 * Cached per participant object: project data is immutable (every edit makes a new
 * object), so a search over 1,400 people normalizes each person once, not per keystroke.
 */
const haystackCache = new WeakMap<Participant, string>()
const haystack = (p: Participant): string => {
  let text = haystackCache.get(p)
  if (text === undefined) {
    text = [p.name, p.organisation, p.discipline, p.email, p.notes].map(normalizeForSearch).join('\u0000')
    haystackCache.set(p, text)
  }
  return text
}

/** Does this participant match the free-text search? An empty search matches everyone. */
export function matchesSearch(participant: Participant, search: string): boolean {
  const terms = searchTerms(search)
  if (terms.length === 0) return true
  const text = haystack(participant)
  return terms.every((term) => text.includes(term))
}

/** The participants that pass all three filters, in their original order. */
export function filterParticipants<P extends Participant>(list: readonly P[], filter: ParticipantFilter): P[] {
  const terms = searchTerms(filter.search)
  return list.filter((p) => {
    if (filter.category !== 'all' && p.category !== filter.category) return false
    if (filter.status === 'active' && !p.active) return false
    if (filter.status === 'inactive' && p.active) return false
    if (terms.length === 0) return true
    const text = haystack(p)
    return terms.every((term) => text.includes(term))
  })
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true })

/** Compare two texts the Dutch way; an empty (or blank) text always sorts last. */
function compareText(a: string, b: string, sign: 1 | -1): number {
  const aEmpty = a.trim() === ''
  const bEmpty = b.trim() === ''
  if (aEmpty || bEmpty) return aEmpty === bEmpty ? 0 : aEmpty ? 1 : -1
  return sign * collator.compare(a.trim(), b.trim())
}

function compareDate(a: string | null, b: string | null, sign: 1 | -1): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1
  return a === b ? 0 : sign * (a < b ? -1 : 1)
}

const categoryRank = (category: ParticipantCategory): number => participantCategories.indexOf(category)

/**
 * A sorted copy. Names compare as written with Dutch collation ("van Dijk" sorts under v),
 * categories in the order the UI lists them, dates chronologically. Empty values go last in
 * both directions. Ties are broken by name (A–Z) and then by the original order, so the
 * result is stable and deterministic.
 */
export function sortParticipants<P extends Participant>(list: readonly P[], sort: ParticipantSort): P[] {
  const sign = sort.direction === 'desc' ? -1 : 1
  const primary = (a: P, b: P): number => {
    switch (sort.key) {
      case 'name':
        return compareText(a.name, b.name, sign)
      case 'organisation':
        return compareText(a.organisation, b.organisation, sign)
      case 'category':
        return sign * (categoryRank(a.category) - categoryRank(b.category))
      case 'joinedOn':
        return compareDate(a.joinedOn, b.joinedOn, sign)
    }
  }
  return list
    .map((participant, index) => ({ participant, index }))
    .sort(
      (x, y) =>
        primary(x.participant, y.participant) ||
        (sort.key === 'name' ? 0 : compareText(x.participant.name, y.participant.name, 1)) ||
        x.index - y.index,
    )
    .map(({ participant }) => participant)
}

/** How many participants per category; every category is present, zero when empty. */
export function countByCategory(
  list: readonly Participant[],
  options: { activeOnly: boolean } = { activeOnly: false },
): Record<ParticipantCategory, number> {
  const counts = Object.fromEntries(participantCategories.map((c) => [c, 0])) as Record<ParticipantCategory, number>
  for (const p of list) {
    if (options.activeOnly && !p.active) continue
    counts[p.category] += 1
  }
  return counts
}

/** What the screen shows when nothing is narrowed down: everyone, stopped people marked. */
export const defaultParticipantFilter: ParticipantFilter = { search: '', category: 'all', status: 'all' }
export const defaultParticipantSort: ParticipantSort = { key: 'name', direction: 'asc' }

/** Is the list narrowed down by a search or a filter? */
export function isFiltering(filter: ParticipantFilter): boolean {
  return searchTerms(filter.search).length > 0 || filter.category !== 'all' || filter.status !== 'all'
}

/** How many people there are in all, still active, and stopped. */
export function countByStatus(list: readonly Participant[]): Record<StatusFilter, number> {
  let active = 0
  for (const p of list) if (p.active) active += 1
  return { all: list.length, active, inactive: list.length - active }
}

/** Clicking a column header: a new column sorts ascending, the same column flips direction. */
export function toggleSort(current: ParticipantSort, key: ParticipantSortKey): ParticipantSort {
  if (current.key !== key) return { key, direction: 'asc' }
  return { key, direction: current.direction === 'asc' ? 'desc' : 'asc' }
}

export type ParticipantProblem = 'nameRequired' | 'leftBeforeJoined'

/** Problems the form shows next to the fields; empty when the participant can be saved. */
export function checkParticipant(
  fields: Pick<Participant, 'name' | 'joinedOn' | 'leftOn'>,
): Partial<Record<'name' | 'leftOn', ParticipantProblem>> {
  const problems: Partial<Record<'name' | 'leftOn', ParticipantProblem>> = {}
  if (fields.name.trim() === '') problems.name = 'nameRequired'
  if (fields.joinedOn && fields.leftOn && fields.leftOn < fields.joinedOn) problems.leftOn = 'leftBeforeJoined'
  return problems
}

/** The fields a facilitator fills in for a new participant. */
export type ParticipantDraft = Pick<
  Participant,
  'name' | 'category' | 'discipline' | 'organisation' | 'email' | 'phone' | 'joinedOn' | 'notes'
>

export const emptyParticipantDraft = (joinedOn: string | null): ParticipantDraft => ({
  name: '',
  category: 'resident',
  discipline: '',
  organisation: '',
  email: '',
  phone: '',
  joinedOn,
  notes: '',
})

/** A new, active participant from the form, single-line fields trimmed. The caller supplies the id. */
export function createParticipant(id: string, draft: ParticipantDraft): Participant {
  return {
    id,
    name: draft.name.trim(),
    category: draft.category,
    discipline: draft.discipline.trim(),
    organisation: draft.organisation.trim(),
    email: draft.email.trim(),
    phone: draft.phone.trim(),
    joinedOn: draft.joinedOn,
    leftOn: null,
    active: true,
    notes: draft.notes,
  }
}

/**
 * The changes that mark someone as stopped: inactive, with the day they left (today,
 * unless a date was already recorded; never before the day they joined).
 */
export function stopFields(participant: Pick<Participant, 'joinedOn' | 'leftOn'>, today: string): Pick<Participant, 'active' | 'leftOn'> {
  const leftOn = participant.leftOn ?? (participant.joinedOn && participant.joinedOn > today ? participant.joinedOn : today)
  return { active: false, leftOn }
}

/** The changes that bring someone back: active again, no leaving date. */
export const reactivateFields = (): Pick<Participant, 'active' | 'leftOn'> => ({ active: true, leftOn: null })
