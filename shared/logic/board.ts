/**
 * The theme board (themabord) as pure functions: columns with their card order, moving,
 * merging, repairing a board read from a file, search and filters, and where a drop lands.
 *
 * Every function takes plain (possibly frozen) project data and returns new data; when
 * nothing changes it returns the very same reference, so an edit that changes nothing
 * makes no undo step.
 */
import {
  type BoardColumn,
  type ColumnRole,
  type DotVote,
  type Interview,
  type LearningQuestion,
  type Theme,
  type ThemeScore,
  type WorkGroup,
  defaultBoardColumns,
} from '../model'
import { normalizeForSearch } from './participants'

// ---------------------------------------------------------------------------------------------
// Columns

/** Candidate and chosen columns are structural: new themes land in candidate, "Kies top N" fills chosen. */
export const REQUIRED_ROLES: readonly ColumnRole[] = ['candidate', 'chosen']
/** Roles of which a board has at most one; a second one is demoted to an ordinary column. */
const SINGLE_ROLES: readonly ColumnRole[] = ['candidate', 'chosen', 'parked']

export const canRemoveColumn = (column: Pick<BoardColumn, 'role'>): boolean => !REQUIRED_ROLES.includes(column.role)

export const candidateColumn = (columns: readonly BoardColumn[]): BoardColumn | undefined =>
  columns.find((column) => column.role === 'candidate')

/** Titles for the columns the repair has to add back (the app's language; Dutch by default). */
export type DefaultColumnTitles = Partial<Record<'candidate' | 'chosen', string>>

const uniqueId = (wanted: string, taken: ReadonlySet<string>): string => {
  if (!taken.has(wanted)) return wanted
  let n = 2
  while (taken.has(`${wanted}-${n}`)) n++
  return `${wanted}-${n}`
}

/**
 * Repairs a board as read from a file (hand-edited, written by an older version, or half
 * merged by a sync tool), so the board can always be shown and edited:
 * - columns with a duplicate id are dropped (the first one counts);
 * - there is exactly one candidate and one chosen column (missing ones are added: candidate
 *   first, chosen right after it), and at most one parked column; extra ones become ordinary;
 * - every theme is in exactly one column: unknown ids and second occurrences are dropped,
 *   themes in no column are appended to the candidate column in the order of the theme list.
 * Returns `columns` itself when it was already sound.
 */
export function normalizeColumns(
  columns: readonly BoardColumn[],
  themes: readonly Pick<Theme, 'id'>[],
  titles: DefaultColumnTitles = {},
): BoardColumn[] {
  const known = new Set(themes.map((theme) => theme.id))
  const columnIds = new Set<string>()
  const rolesSeen = new Set<ColumnRole>()
  const placed = new Set<string>()
  let changed = false
  const result: BoardColumn[] = []

  for (const column of columns) {
    if (columnIds.has(column.id)) {
      changed = true
      continue
    }
    columnIds.add(column.id)
    let role = column.role
    if (SINGLE_ROLES.includes(role)) {
      if (rolesSeen.has(role)) role = 'custom'
      else rolesSeen.add(role)
    }
    const themeIds = column.themeIds.filter((id) => {
      if (!known.has(id) || placed.has(id)) return false
      placed.add(id)
      return true
    })
    const sound = role === column.role && themeIds.length === column.themeIds.length
    if (!sound) changed = true
    result.push(sound ? column : { ...column, role, themeIds })
  }

  const defaults = defaultBoardColumns()
  const make = (role: 'candidate' | 'chosen'): BoardColumn => {
    const template = defaults.find((column) => column.role === role)!
    const id = uniqueId(template.id, columnIds)
    columnIds.add(id)
    changed = true
    return { ...template, id, title: titles[role] ?? template.title, themeIds: [] }
  }
  if (!rolesSeen.has('candidate')) result.unshift(make('candidate'))
  if (!rolesSeen.has('chosen')) {
    const at = result.findIndex((column) => column.role === 'candidate')
    result.splice(at + 1, 0, make('chosen'))
  }

  const missing = themes.filter((theme) => !placed.has(theme.id)).map((theme) => theme.id)
  if (missing.length > 0) {
    changed = true
    const at = result.findIndex((column) => column.role === 'candidate')
    const candidate = result[at]!
    result[at] = { ...candidate, themeIds: [...candidate.themeIds, ...missing] }
  }
  return changed ? result : (columns as BoardColumn[])
}

/** The column a theme is in, or undefined. */
export function columnOf(columns: readonly BoardColumn[], themeId: string): BoardColumn | undefined {
  return columns.find((column) => column.themeIds.includes(themeId))
}

/**
 * Moves a theme to `toIndex` in column `toColumnId` (an index in that column's list without
 * the theme itself; clamped). A theme that is in no column yet is inserted. An unknown
 * column, or a move to where the theme already is, returns `columns` unchanged.
 */
export function moveTheme(columns: readonly BoardColumn[], themeId: string, toColumnId: string, toIndex: number): BoardColumn[] {
  const target = columns.find((column) => column.id === toColumnId)
  if (!target) return columns as BoardColumn[]
  const from = columns.find((column) => column.themeIds.includes(themeId))
  const remaining = target.themeIds.filter((id) => id !== themeId)
  const index = Math.max(0, Math.min(Number.isFinite(toIndex) ? Math.trunc(toIndex) : remaining.length, remaining.length))
  if (from === target && target.themeIds.indexOf(themeId) === index) return columns as BoardColumn[]
  const targetIds = [...remaining.slice(0, index), themeId, ...remaining.slice(index)]
  return columns.map((column) => {
    if (column === target) return { ...column, themeIds: targetIds }
    if (column === from) return { ...column, themeIds: column.themeIds.filter((id) => id !== themeId) }
    return column
  })
}

/** Appends a new, ordinary column (or inserts it at `index`). A duplicate id changes nothing. */
export function addColumn(columns: readonly BoardColumn[], column: { id: string; title: string }, index = columns.length): BoardColumn[] {
  if (columns.some((existing) => existing.id === column.id)) return columns as BoardColumn[]
  const created: BoardColumn = { id: column.id, title: column.title.trim(), role: 'custom', themeIds: [] }
  const at = Math.max(0, Math.min(index, columns.length))
  return [...columns.slice(0, at), created, ...columns.slice(at)]
}

/** Renames a column; an empty (or blank) title changes nothing. */
export function renameColumn(columns: readonly BoardColumn[], columnId: string, title: string): BoardColumn[] {
  const trimmed = title.trim()
  const column = columns.find((c) => c.id === columnId)
  if (!column || trimmed === '' || trimmed === column.title) return columns as BoardColumn[]
  return columns.map((c) => (c === column ? { ...c, title: trimmed } : c))
}

/** Puts a column at position `toIndex` (clamped) among the columns. */
export function moveColumn(columns: readonly BoardColumn[], columnId: string, toIndex: number): BoardColumn[] {
  const from = columns.findIndex((c) => c.id === columnId)
  if (from < 0) return columns as BoardColumn[]
  const to = Math.max(0, Math.min(Math.trunc(toIndex), columns.length - 1))
  if (to === from) return columns as BoardColumn[]
  const rest = columns.filter((_, i) => i !== from)
  return [...rest.slice(0, to), columns[from]!, ...rest.slice(to)]
}

/**
 * Removes a column; its cards go to the end of the candidate column, in their order.
 * Candidate and chosen columns cannot be removed (returns `columns` unchanged).
 */
export function removeColumn(columns: readonly BoardColumn[], columnId: string): BoardColumn[] {
  const column = columns.find((c) => c.id === columnId)
  if (!column || !canRemoveColumn(column)) return columns as BoardColumn[]
  return columns
    .filter((c) => c !== column)
    .map((c) => (c.role === 'candidate' ? { ...c, themeIds: [...c.themeIds, ...column.themeIds.filter((id) => !c.themeIds.includes(id))] } : c))
}

// ---------------------------------------------------------------------------------------------
// Themes

export interface ThemeDraft {
  title: string
  description: string
  /** Learning questions as typed; blank ones are left out. */
  learningQuestions: readonly string[]
}

export const checkThemeTitle = (title: string): 'titleRequired' | null => (title.trim() === '' ? 'titleRequired' : null)

/**
 * A new theme, from the "Thema toevoegen" form or named in an interview (a title only).
 * `questionId` makes an id per learning question.
 */
export function createTheme(id: string, draft: ThemeDraft, questionId: () => string): Theme {
  return {
    id,
    title: draft.title.trim(),
    description: draft.description.trim(),
    learningQuestions: draft.learningQuestions
      .map((text) => text.trim())
      .filter((text) => text !== '')
      .map((text) => ({ id: questionId(), text })),
    sources: [],
  }
}

/**
 * Puts a new theme on the board: at the end of the candidate column (Ingebracht), where new
 * themes arrive, wherever they were added (the theme board, an interview). Starts from the
 * repaired board (normalizeColumns with `themes`, the theme list that includes the new theme),
 * so there always is a candidate column: a board without one gets it, titled `titles.candidate`.
 */
export function addToCandidates(
  columns: readonly BoardColumn[],
  themes: readonly Pick<Theme, 'id'>[],
  themeId: string,
  titles: DefaultColumnTitles = {},
): BoardColumn[] {
  const repaired = normalizeColumns(columns, themes, titles)
  const candidate = candidateColumn(repaired)!
  return moveTheme(repaired, themeId, candidate.id, Number.POSITIVE_INFINITY)
}

/** The parts of a project that merging and removing a theme touch. */
export interface BoardProject {
  themes: readonly Theme[]
  boardColumns: readonly BoardColumn[]
  interviews: readonly Interview[]
  prioritisation: { scores: readonly ThemeScore[]; dotVotes: readonly DotVote[] }
  workGroups: readonly WorkGroup[]
}

/** Texts are "the same" when they differ only in case and spacing. */
const sameText = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl')

function combineTexts<T>(first: readonly T[], second: readonly T[], text: (item: T) => string): T[] {
  const seen = new Set(first.map((item) => sameText(text(item))))
  const result = [...first]
  for (const item of second) {
    const key = sameText(text(item))
    if (key === '' || seen.has(key)) continue
    seen.add(key)
    result.push(item)
  }
  return result
}

/**
 * Merges theme `sourceId` into theme `targetId` (a card dropped onto another card):
 * - the target keeps its title and place; its learning questions and sources get those of
 *   the source that it does not have yet (compared without case and spacing);
 * - a description of the source that the target lacks is added below the target's;
 * - interviews that raised the source now raise the target (once);
 * - work groups of the source now belong to the target;
 * - the source's scores and dot votes are dropped: they were given to the other theme, and
 *   adding them up or averaging them would count one participant twice. The group scores
 *   the merged theme again where that matters;
 * - the source disappears from the themes and the board.
 * Returns `project` unchanged when either theme is missing or they are the same.
 */
export function mergeThemes<P extends BoardProject>(project: P, sourceId: string, targetId: string): P {
  if (sourceId === targetId) return project
  const source = project.themes.find((theme) => theme.id === sourceId)
  const target = project.themes.find((theme) => theme.id === targetId)
  if (!source || !target) return project

  const description =
    source.description.trim() === '' || sameText(target.description).includes(sameText(source.description))
      ? target.description
      : target.description.trim() === ''
        ? source.description
        : `${target.description.trimEnd()}\n\n${source.description.trim()}`
  const merged: Theme = {
    ...target,
    description,
    learningQuestions: combineTexts<LearningQuestion>(target.learningQuestions, source.learningQuestions, (q) => q.text),
    sources: combineTexts(target.sources, source.sources, (s) => s),
  }

  const pointsAtSource = (interview: Interview) => interview.themeIds.includes(sourceId)
  const interviews = project.interviews.some(pointsAtSource)
    ? project.interviews.map((interview) => {
        if (!pointsAtSource(interview)) return interview
        const themeIds: string[] = []
        for (const id of interview.themeIds) {
          const next = id === sourceId ? targetId : id
          if (!themeIds.includes(next)) themeIds.push(next)
        }
        return { ...interview, themeIds }
      })
    : project.interviews

  const { scores, dotVotes } = project.prioritisation
  const prioritisation =
    scores.some((s) => s.themeId === sourceId) || dotVotes.some((v) => v.themeId === sourceId)
      ? {
          ...project.prioritisation,
          scores: scores.filter((s) => s.themeId !== sourceId),
          dotVotes: dotVotes.filter((v) => v.themeId !== sourceId),
        }
      : project.prioritisation

  const workGroups = project.workGroups.some((group) => group.themeId === sourceId)
    ? project.workGroups.map((group) => (group.themeId === sourceId ? { ...group, themeId: targetId } : group))
    : project.workGroups

  return {
    ...project,
    themes: project.themes.filter((theme) => theme.id !== sourceId).map((theme) => (theme === target ? merged : theme)),
    boardColumns: project.boardColumns.map((column) =>
      column.themeIds.includes(sourceId) ? { ...column, themeIds: column.themeIds.filter((id) => id !== sourceId) } : column,
    ),
    interviews,
    prioritisation,
    workGroups,
  }
}

/**
 * Removes a theme and everything that points at it: its place on the board, its mention in
 * interviews, its scores and dot votes. A theme with a work group is not removed (returns
 * `project` unchanged): the work group would lose its theme; remove the work group first.
 */
export function removeTheme<P extends BoardProject>(project: P, themeId: string): P {
  if (!project.themes.some((theme) => theme.id === themeId)) return project
  if (project.workGroups.some((group) => group.themeId === themeId)) return project
  return {
    ...project,
    themes: project.themes.filter((theme) => theme.id !== themeId),
    boardColumns: project.boardColumns.map((column) =>
      column.themeIds.includes(themeId) ? { ...column, themeIds: column.themeIds.filter((id) => id !== themeId) } : column,
    ),
    interviews: project.interviews.map((interview) =>
      interview.themeIds.includes(themeId) ? { ...interview, themeIds: interview.themeIds.filter((id) => id !== themeId) } : interview,
    ),
    prioritisation: {
      ...project.prioritisation,
      scores: project.prioritisation.scores.filter((s) => s.themeId !== themeId),
      dotVotes: project.prioritisation.dotVotes.filter((v) => v.themeId !== themeId),
    },
  }
}

/** How many interviews raised each theme (an interview naming a theme twice counts once). */
export function interviewCounts(interviews: readonly Pick<Interview, 'themeIds'>[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const interview of interviews) {
    for (const id of new Set(interview.themeIds)) counts.set(id, (counts.get(id) ?? 0) + 1)
  }
  return counts
}

// ---------------------------------------------------------------------------------------------
// Search and filters

export const themeFilters = ['all', 'noQuestion', 'fromInterviews', 'notFromInterviews'] as const
export type ThemeFilterKind = (typeof themeFilters)[number]

export interface BoardFilter {
  search: string
  kind: ThemeFilterKind
  /** Show one column only, or all ('all'). */
  columnId: string
}

export const defaultBoardFilter: BoardFilter = { search: '', kind: 'all', columnId: 'all' }

export const isFilteringBoard = (filter: BoardFilter): boolean =>
  filter.search.trim() !== '' || filter.kind !== 'all' || filter.columnId !== 'all'

/** Normalized searchable text per theme object; themes are immutable, so each is normalized once. */
const haystackCache = new WeakMap<Theme, string>()
const haystack = (theme: Theme): string => {
  let text = haystackCache.get(theme)
  if (text === undefined) {
    text = [theme.title, theme.description, ...theme.learningQuestions.map((q) => q.text)].map(normalizeForSearch).join('\u0000')
    haystackCache.set(theme, text)
  }
  return text
}

const searchTerms = (search: string): string[] => normalizeForSearch(search).split(/\s+/).filter((term) => term !== '')

/** Does the theme match every word of the search, in its title, description or learning questions? */
export function matchesThemeSearch(theme: Theme, search: string): boolean {
  const terms = searchTerms(search)
  if (terms.length === 0) return true
  const text = haystack(theme)
  return terms.every((term) => text.includes(term))
}

const hasQuestion = (theme: Theme) => theme.learningQuestions.some((q) => q.text.trim() !== '')

/**
 * The cards each column shows under the filter, in board order. Without a filter every
 * column's own `themeIds` array is returned (the same reference).
 */
export function visibleCards(
  columns: readonly BoardColumn[],
  themesById: ReadonlyMap<string, Theme>,
  counts: ReadonlyMap<string, number>,
  filter: BoardFilter,
): Map<string, readonly string[]> {
  const result = new Map<string, readonly string[]>()
  const terms = searchTerms(filter.search)
  const filtering = terms.length > 0 || filter.kind !== 'all'
  for (const column of columns) {
    if (filter.columnId !== 'all' && column.id !== filter.columnId) {
      result.set(column.id, [])
      continue
    }
    if (!filtering) {
      result.set(column.id, column.themeIds)
      continue
    }
    result.set(
      column.id,
      column.themeIds.filter((id) => {
        const theme = themesById.get(id)
        if (!theme) return false
        if (filter.kind === 'noQuestion' && hasQuestion(theme)) return false
        if (filter.kind === 'fromInterviews' && !counts.get(id)) return false
        if (filter.kind === 'notFromInterviews' && counts.get(id)) return false
        if (terms.length === 0) return true
        const text = haystack(theme)
        return terms.every((term) => text.includes(term))
      }),
    )
  }
  return result
}
