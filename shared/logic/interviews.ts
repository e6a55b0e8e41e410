/**
 * Pure logic for the orientation interviews (oriënterende gesprekken): who was interviewed,
 * which themes each interview raised, and per theme which interviews raised it. No DOM, no Node.
 */
import type { BoardColumn, ColumnRole, Interview, Participant, Theme } from '../model'
import { normalizeForSearch } from './participants'

type ById<T> = ReadonlyMap<string, T>

export const indexById = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((item) => [item.id, item]))

/**
 * Who was interviewed, as shown in lists: the participant's name, else the description of
 * someone outside the group ("wijkagent Heerlerheide"), else ''.
 */
export function interviewDisplayName(interview: Pick<Interview, 'participantId' | 'who'>, participants: ById<Participant>): string {
  if (interview.participantId !== null) {
    const participant = participants.get(interview.participantId)
    if (participant) return participant.name
  }
  return interview.who.trim()
}

/** The themes an interview raised, in the interview's order; ids of themes that no longer exist are skipped. */
export function themesRaised(interview: Pick<Interview, 'themeIds'>, themes: ById<Theme>): Theme[] {
  const seen = new Set<string>()
  const result: Theme[] = []
  for (const id of interview.themeIds) {
    const theme = themes.get(id)
    if (theme && !seen.has(id)) {
      seen.add(id)
      result.push(theme)
    }
  }
  return result
}

/** Earliest first; interviews without a date last; equal dates keep their order in the file. */
export function sortInterviews<I extends Pick<Interview, 'date'>>(list: readonly I[]): I[] {
  return list
    .map((interview, index) => ({ interview, index }))
    .sort((a, b) => {
      const da = a.interview.date
      const db = b.interview.date
      if (da !== db) {
        if (da === null) return 1
        if (db === null) return -1
        return da < db ? -1 : 1
      }
      return a.index - b.index
    })
    .map((entry) => entry.interview)
}

/** Per theme id, the interviews that raised it, earliest first. Themes raised by no interview are absent. */
export function interviewsByTheme(interviews: readonly Interview[]): Map<string, Interview[]> {
  const result = new Map<string, Interview[]>()
  for (const interview of sortInterviews(interviews)) {
    for (const themeId of new Set(interview.themeIds)) {
      const list = result.get(themeId)
      if (list) list.push(interview)
      else result.set(themeId, [interview])
    }
  }
  return result
}

export interface ThemeFromInterviews {
  theme: Theme
  /** The interviews that raised it, earliest first. */
  interviews: Interview[]
  /** The role of the board column the theme is in, or null when it is in none. */
  columnRole: ColumnRole | null
  columnTitle: string | null
}

/**
 * Every theme with the interviews that raised it: most often raised first, then by title
 * (Dutch collation). Themes that came from elsewhere (0 interviews) come last.
 */
export function themesFromInterviews(
  themes: readonly Theme[],
  interviews: readonly Interview[],
  columns: readonly BoardColumn[],
): ThemeFromInterviews[] {
  const byTheme = interviewsByTheme(interviews)
  const columnOf = new Map<string, BoardColumn>()
  for (const column of columns) for (const id of column.themeIds) if (!columnOf.has(id)) columnOf.set(id, column)
  return themes
    .map((theme) => ({
      theme,
      interviews: byTheme.get(theme.id) ?? [],
      columnRole: columnOf.get(theme.id)?.role ?? null,
      columnTitle: columnOf.get(theme.id)?.title ?? null,
    }))
    .sort((a, b) => b.interviews.length - a.interviews.length || a.theme.title.localeCompare(b.theme.title, 'nl'))
}

/** Themes sorted by title with Dutch collation, for pick lists. */
export function themesByTitle(themes: readonly Theme[]): Theme[] {
  return [...themes].sort((a, b) => a.title.localeCompare(b.title, 'nl'))
}

/** Themes whose title contains every word of the search (case and diacritics ignored). */
export function filterThemesByTitle(themes: readonly Theme[], search: string): Theme[] {
  const terms = normalizeForSearch(search).split(/\s+/).filter((term) => term !== '')
  if (terms.length === 0) return [...themes]
  return themes.filter((theme) => {
    const title = normalizeForSearch(theme.title)
    return terms.every((term) => title.includes(term))
  })
}

/** An existing theme with exactly this title (case, diacritics and surrounding spaces ignored). */
export function findThemeByTitle(themes: readonly Theme[], title: string): Theme | undefined {
  const wanted = normalizeForSearch(title.trim())
  if (wanted === '') return undefined
  return themes.find((theme) => normalizeForSearch(theme.title.trim()) === wanted)
}

/**
 * Does the interview match the free-text search? Every word must occur in the name or
 * description of who was interviewed, their role or organisation, the notes, or the title of
 * a theme it raised. An empty search matches everything.
 */
export function matchesInterviewSearch(
  interview: Interview,
  search: string,
  participants: ById<Participant>,
  themes: ById<Theme>,
): boolean {
  const terms = normalizeForSearch(search).split(/\s+/).filter((term) => term !== '')
  if (terms.length === 0) return true
  const text = [
    interviewDisplayName(interview, participants),
    interview.role,
    interview.organisation,
    interview.notes,
    ...themesRaised(interview, themes).map((theme) => theme.title),
  ]
    .map(normalizeForSearch)
    .join('\u0000')
  return terms.every((term) => text.includes(term))
}

// ---------------------------------------------------------------------------------------------
// Drafts and edits

/** What the interview form edits. */
export type InterviewDraft = Pick<Interview, 'participantId' | 'who' | 'role' | 'organisation' | 'date' | 'notes' | 'themeIds'>

export const emptyInterviewDraft = (date: string | null): InterviewDraft => ({
  participantId: null,
  who: '',
  role: '',
  organisation: '',
  date,
  notes: '',
  themeIds: [],
})

export type InterviewProblem = 'whoRequired'

/** Someone must have been interviewed: a participant, or a description of someone outside the group. */
export function checkInterview(draft: Pick<InterviewDraft, 'participantId' | 'who'>): Partial<Record<'who', InterviewProblem>> {
  return draft.participantId === null && draft.who.trim() === '' ? { who: 'whoRequired' } : {}
}

/** A new interview in the schema's key order, text trimmed, theme ids without duplicates. */
export function createInterview(id: string, draft: InterviewDraft): Interview {
  return {
    id,
    participantId: draft.participantId,
    who: draft.participantId === null ? draft.who.trim() : '',
    role: draft.role.trim(),
    organisation: draft.organisation.trim(),
    date: draft.date,
    notes: draft.notes.trim(),
    themeIds: [...new Set(draft.themeIds)],
  }
}

/**
 * The fields that change when a participant is chosen as the interviewee. Role and organisation
 * are filled from the participant when they are empty or still hold what the previous
 * participant would have filled in; something the facilitator typed is kept.
 */
export function chooseParticipant(
  current: Pick<InterviewDraft, 'participantId' | 'role' | 'organisation'>,
  participant: Participant | null,
  participants: ById<Participant>,
): Pick<InterviewDraft, 'participantId' | 'who' | 'role' | 'organisation'> {
  const previous = current.participantId === null ? undefined : participants.get(current.participantId)
  const replaceable = (value: string, previousValue: string | undefined) =>
    value.trim() === '' || (previousValue !== undefined && value === previousValue)
  if (participant === null) {
    return { participantId: null, who: '', role: current.role, organisation: current.organisation }
  }
  return {
    participantId: participant.id,
    who: '',
    role: replaceable(current.role, previous?.discipline) ? participant.discipline : current.role,
    organisation: replaceable(current.organisation, previous?.organisation) ? participant.organisation : current.organisation,
  }
}

