import { describe, expect, it } from 'vitest'
import {
  addColumn,
  addToCandidates,
  canRemoveColumn,
  checkThemeTitle,
  createTheme,
  defaultBoardFilter,
  interviewCounts,
  isFilteringBoard,
  matchesThemeSearch,
  mergeThemes,
  moveColumn,
  moveTheme,
  normalizeColumns,
  removeColumn,
  removeTheme,
  renameColumn,
  visibleCards,
  type BoardProject,
} from '../../../shared/logic/board'
import { type BoardColumn, Interview, type Theme, Theme as ThemeSchema, defaultBoardColumns } from '../../../shared/model'

const theme = (id: string, fields: Partial<Theme> = {}): Theme => ({
  id,
  title: `Thema ${id}`,
  description: '',
  learningQuestions: [],
  sources: [],
  ...fields,
})
const q = (id: string, text: string) => ({ id, text })
const interview = (id: string, themeIds: string[]): Interview => Interview.parse({ id, who: `gesprek ${id}`, themeIds })

/** Ingebracht [a b c d], Gekozen [e], Geparkeerd [] — the running example. */
const board = (): BoardColumn[] => [
  { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['a', 'b', 'c', 'd'] },
  { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ['e'] },
  { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: [] },
]
const order = (columns: readonly BoardColumn[]) => Object.fromEntries(columns.map((c) => [c.id, c.themeIds.join(' ')]))
const themes = ['a', 'b', 'c', 'd', 'e'].map((id) => theme(id))

describe('moveTheme', () => {
  it('moves within a column: the index is the place in the column without the card', () => {
    // a to index 2 of [b c d] → [b c a d]
    expect(order(moveTheme(board(), 'a', 'col-candidate', 2))).toMatchObject({ 'col-candidate': 'b c a d' })
    // d to the top
    expect(order(moveTheme(board(), 'd', 'col-candidate', 0))).toMatchObject({ 'col-candidate': 'd a b c' })
  })

  it('moves between columns, clamping the index, and leaves other columns as they were', () => {
    const before = board()
    const after = moveTheme(before, 'b', 'col-chosen', 0)
    expect(order(after)).toEqual({ 'col-candidate': 'a c d', 'col-chosen': 'b e', 'col-parked': '' })
    expect(after[2]).toBe(before[2])
    expect(order(moveTheme(board(), 'b', 'col-parked', 99))).toMatchObject({ 'col-parked': 'b', 'col-candidate': 'a c d' })
    expect(order(moveTheme(board(), 'b', 'col-chosen', -3))).toMatchObject({ 'col-chosen': 'b e' })
    expect(order(moveTheme(board(), 'b', 'col-chosen', Number.POSITIVE_INFINITY))).toMatchObject({ 'col-chosen': 'e b' })
  })

  it('returns the same columns for a move to where the card is, or to an unknown column', () => {
    const before = board()
    expect(moveTheme(before, 'c', 'col-candidate', 2)).toBe(before)
    expect(moveTheme(before, 'c', 'nowhere', 0)).toBe(before)
  })

  it('places a card that was in no column', () => {
    expect(order(moveTheme(board(), 'x', 'col-parked', 0))).toMatchObject({ 'col-parked': 'x' })
  })
})

describe('a new theme on the board', () => {
  const withX = [...themes, theme('x')]

  it('lands at the end of the candidate column (Ingebracht), once', () => {
    const placed = addToCandidates(board(), withX, 'x')
    expect(order(placed)).toEqual({ 'col-candidate': 'a b c d x', 'col-chosen': 'e', 'col-parked': '' })
    expect(addToCandidates(placed, withX, 'x')).toBe(placed)
  })

  it('a board without a candidate column gets one, titled as asked, and the theme lands there', () => {
    const custom: BoardColumn[] = [{ id: 'c1', title: 'Eigen kolom', role: 'custom', themeIds: ['a'] }]
    const placed = addToCandidates(custom, [theme('a'), theme('x')], 'x', { candidate: 'Binnengekomen' })
    expect(placed.map((c) => [c.title, c.role, c.themeIds])).toEqual([
      ['Binnengekomen', 'candidate', ['x']],
      ['Gekozen', 'chosen', []],
      ['Eigen kolom', 'custom', ['a']],
    ])
    expect(addToCandidates([], [theme('x')], 'x').map((c) => [c.role, c.themeIds])).toEqual([
      ['candidate', ['x']],
      ['chosen', []],
    ])
  })
})

describe('columns: add, rename, reorder, remove', () => {
  it('adds an ordinary column at the end or at an index; a duplicate id is ignored', () => {
    const added = addColumn(board(), { id: 'col-x', title: '  Later  ' })
    expect(added.map((c) => c.id)).toEqual(['col-candidate', 'col-chosen', 'col-parked', 'col-x'])
    expect(added[3]).toEqual({ id: 'col-x', title: 'Later', role: 'custom', themeIds: [] })
    expect(addColumn(board(), { id: 'col-x', title: 'Later' }, 1).map((c) => c.id)).toEqual(['col-candidate', 'col-x', 'col-chosen', 'col-parked'])
    expect(addColumn(added, { id: 'col-x', title: 'Nog eens' })).toBe(added)
  })

  it('renames, trimmed; a blank or unchanged title changes nothing', () => {
    const before = board()
    expect(renameColumn(before, 'col-chosen', ' Gekozen thema’s ')[1]!.title).toBe('Gekozen thema’s')
    expect(renameColumn(before, 'col-chosen', '   ')).toBe(before)
    expect(renameColumn(before, 'col-chosen', 'Gekozen')).toBe(before)
  })

  it('moves a column to a position, clamped', () => {
    expect(moveColumn(board(), 'col-parked', 0).map((c) => c.id)).toEqual(['col-parked', 'col-candidate', 'col-chosen'])
    expect(moveColumn(board(), 'col-candidate', 1).map((c) => c.id)).toEqual(['col-chosen', 'col-candidate', 'col-parked'])
    expect(moveColumn(board(), 'col-candidate', 9).map((c) => c.id)).toEqual(['col-chosen', 'col-parked', 'col-candidate'])
    const before = board()
    expect(moveColumn(before, 'col-chosen', 1)).toBe(before)
  })

  it('removes a column; its cards go to the end of the candidate column; candidate and chosen stay', () => {
    const withParked = moveTheme(moveTheme(board(), 'b', 'col-parked', 0), 'd', 'col-parked', 1)
    const removed = removeColumn(withParked, 'col-parked')
    expect(order(removed)).toEqual({ 'col-candidate': 'a c b d', 'col-chosen': 'e' })
    expect(canRemoveColumn({ role: 'parked' })).toBe(true)
    expect(canRemoveColumn({ role: 'custom' })).toBe(true)
    expect(canRemoveColumn({ role: 'candidate' })).toBe(false)
    expect(canRemoveColumn({ role: 'chosen' })).toBe(false)
    const before = board()
    expect(removeColumn(before, 'col-candidate')).toBe(before)
    expect(removeColumn(before, 'col-chosen')).toBe(before)
  })
})

describe('normalizeColumns', () => {
  it('leaves a sound board alone (same reference)', () => {
    const before = board()
    expect(normalizeColumns(before, themes)).toBe(before)
    const empty = defaultBoardColumns()
    expect(normalizeColumns(empty, [])).toBe(empty)
  })

  it('puts every theme in exactly one column: unknown ids and second occurrences go, missing themes join candidate', () => {
    const broken: BoardColumn[] = [
      { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['a', 'ghost', 'b'] },
      { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ['b', 'e', 'e'] },
      { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: [] },
    ]
    // c and d are in no column: appended to candidate in theme-list order.
    expect(order(normalizeColumns(broken, themes))).toEqual({ 'col-candidate': 'a b c d', 'col-chosen': 'e', 'col-parked': '' })
  })

  it('adds missing candidate and chosen columns, demotes second ones, drops duplicate column ids', () => {
    const broken: BoardColumn[] = [
      { id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: ['a'] },
      { id: 'col-later', title: 'Later', role: 'parked', themeIds: ['b'] },
      { id: 'col-parked', title: 'Dubbel', role: 'custom', themeIds: ['c'] },
    ]
    const fixed = normalizeColumns(broken, themes, { candidate: 'Submitted' })
    expect(fixed.map((c) => [c.id, c.role, c.title])).toEqual([
      ['col-candidate', 'candidate', 'Submitted'],
      ['col-chosen', 'chosen', 'Gekozen'],
      ['col-parked', 'parked', 'Geparkeerd'],
      ['col-later', 'custom', 'Later'],
    ])
    expect(order(fixed)).toEqual({ 'col-candidate': 'c d e', 'col-chosen': '', 'col-parked': 'a', 'col-later': 'b' })
  })

  it('an empty board (a file without columns) gets candidate and chosen with every theme', () => {
    const fixed = normalizeColumns([], themes)
    expect(order(fixed)).toEqual({ 'col-candidate': 'a b c d e', 'col-chosen': '' })
  })

  it('picks a fresh id when the default id is taken by another column', () => {
    const fixed = normalizeColumns([{ id: 'col-candidate', title: 'Eigen', role: 'custom', themeIds: [] }], [])
    expect(fixed.map((c) => [c.id, c.role])).toEqual([
      ['col-candidate-2', 'candidate'],
      ['col-chosen', 'chosen'],
      ['col-candidate', 'custom'],
    ])
  })
})

describe('themes', () => {
  it('a title is required; a new theme keeps the learning questions that are not blank', () => {
    expect(checkThemeTitle('  ')).toBe('titleRequired')
    expect(checkThemeTitle('Mantelzorg')).toBeNull()
    let n = 0
    const created = createTheme('t-1', { title: ' Mantelzorg ', description: ' Zorg voor naasten. ', learningQuestions: ['  ', 'Hoe ontlasten we mantelzorgers? '] }, () => `q-${++n}`)
    expect(created).toEqual({
      id: 't-1',
      title: 'Mantelzorg',
      description: 'Zorg voor naasten.',
      learningQuestions: [{ id: 'q-1', text: 'Hoe ontlasten we mantelzorgers?' }],
      sources: [],
    })
    // Named in an interview: a title only, valid for the schema.
    const named = createTheme('t-new', { title: '  Wonen en zorg ', description: '', learningQuestions: [] }, () => 'q')
    expect(named).toEqual({ id: 't-new', title: 'Wonen en zorg', description: '', learningQuestions: [], sources: [] })
    expect(ThemeSchema.parse(named)).toEqual(named)
  })

  it('counts the interviews that raised each theme, once per interview', () => {
    const counts = interviewCounts([interview('i1', ['a', 'b']), interview('i2', ['a', 'a']), interview('i3', [])])
    expect([...counts]).toEqual([
      ['a', 2],
      ['b', 1],
    ])
  })
})

describe('mergeThemes', () => {
  const project = (): BoardProject => ({
    themes: [
      theme('a', {
        title: 'Preventie en vroegsignalering',
        description: 'Signalen eerder oppakken.',
        learningQuestions: [q('a1', 'Hoe kunnen sociale buurtteams preventie en vroegsignalering invullen?')],
        sources: ['observatie SBT-overleg'],
      }),
      theme('b', {
        title: 'Vroegsignalering eenzaamheid',
        description: 'Eenzaamheid bij ouderen zien.',
        learningQuestions: [q('b1', 'hoe kunnen sociale  buurtteams preventie en vroegsignalering invullen? '), q('b2', 'Wie ziet eenzaamheid het eerst?')],
        sources: ['Observatie SBT-overleg', 'wijkschouw'],
      }),
      theme('c'),
    ],
    boardColumns: [
      { id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['a', 'c'] },
      { id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ['b'] },
    ],
    interviews: [interview('i1', ['b']), interview('i2', ['a', 'b']), interview('i3', ['b', 'c']), interview('i4', ['c'])],
    prioritisation: {
      scores: [
        { themeId: 'a', participantId: 'p1', urgency: 5, feasibility: 4, changeability: 3, affinity: 5 },
        { themeId: 'b', participantId: 'p1', urgency: 2, feasibility: 2, changeability: 2, affinity: 2 },
      ],
      dotVotes: [
        { themeId: 'b', participantId: 'p1', dots: 2 },
        { themeId: 'c', participantId: 'p1', dots: 1 },
      ],
    },
    workGroups: [{ id: 'w1', themeId: 'b', name: 'Werkgroep vroegsignalering', memberIds: ['p1'], leadId: 'p1' }],
  })

  it('drags b onto a: questions and sources combine without duplicates, b disappears', () => {
    const merged = mergeThemes(project(), 'b', 'a')
    expect(merged.themes.map((t) => t.id)).toEqual(['a', 'c'])
    const a = merged.themes[0]!
    expect(a.title).toBe('Preventie en vroegsignalering')
    expect(a.learningQuestions.map((x) => x.id)).toEqual(['a1', 'b2'])
    expect(a.sources).toEqual(['observatie SBT-overleg', 'wijkschouw'])
    expect(a.description).toBe('Signalen eerder oppakken.\n\nEenzaamheid bij ouderen zien.')
    expect(order(merged.boardColumns)).toEqual({ 'col-candidate': 'a c', 'col-chosen': '' })
  })

  it('re-points interviews (no duplicates) and work groups; drops the source’s scores and dot votes', () => {
    const merged = mergeThemes(project(), 'b', 'a')
    expect(merged.interviews.map((i) => i.themeIds)).toEqual([['a'], ['a'], ['a', 'c'], ['c']])
    expect(merged.workGroups[0]!.themeId).toBe('a')
    expect(merged.prioritisation.scores.map((s) => s.themeId)).toEqual(['a'])
    expect(merged.prioritisation.dotVotes.map((v) => v.themeId)).toEqual(['c'])
    expect(interviewCounts(merged.interviews).get('a')).toBe(3)
  })

  it('keeps untouched parts by reference, and does nothing for a missing or identical theme', () => {
    const before = project()
    const merged = mergeThemes(before, 'c', 'a')
    expect(merged.workGroups).toBe(before.workGroups)
    expect(merged.themes.find((t) => t.id === 'b')).toBe(before.themes[1])
    expect(mergeThemes(before, 'a', 'a')).toBe(before)
    expect(mergeThemes(before, 'x', 'a')).toBe(before)
    expect(mergeThemes(before, 'a', 'x')).toBe(before)
  })

  it('takes the source description when the target has none, and skips one the target already contains', () => {
    const p = project()
    const c = theme('c', { description: 'Eenzaamheid bij ouderen zien.' })
    const merged = mergeThemes({ ...p, themes: [p.themes[0]!, p.themes[1]!, theme('c')] }, 'b', 'c')
    expect(merged.themes.find((t) => t.id === 'c')!.description).toBe('Eenzaamheid bij ouderen zien.')
    const again = mergeThemes({ ...p, themes: [p.themes[0]!, p.themes[1]!, c] }, 'b', 'c')
    expect(again.themes.find((t) => t.id === 'c')!.description).toBe('Eenzaamheid bij ouderen zien.')
  })
})

describe('removeTheme', () => {
  const project = (): BoardProject => ({
    themes: [theme('a'), theme('b')],
    boardColumns: board(),
    interviews: [interview('i1', ['a', 'b'])],
    prioritisation: { scores: [{ themeId: 'a', participantId: 'p', urgency: 1, feasibility: 1, changeability: 1, affinity: 1 }], dotVotes: [{ themeId: 'a', participantId: 'p', dots: 1 }] },
    workGroups: [{ id: 'w', themeId: 'b', name: 'W', memberIds: [], leadId: null }],
  })
  it('removes the theme and what points at it', () => {
    const removed = removeTheme(project(), 'a')
    expect(removed.themes.map((t) => t.id)).toEqual(['b'])
    expect(removed.boardColumns[0]!.themeIds).toEqual(['b', 'c', 'd'])
    expect(removed.interviews[0]!.themeIds).toEqual(['b'])
    expect(removed.prioritisation.scores).toEqual([])
    expect(removed.prioritisation.dotVotes).toEqual([])
  })
  it('refuses a theme that has a work group', () => {
    const before = project()
    expect(removeTheme(before, 'b')).toBe(before)
  })
})

describe('search and filters', () => {
  const byId = new Map<string, Theme>([
    ['a', theme('a', { title: 'Preventie en vroegsignalering', learningQuestions: [q('1', 'Hoe signaleren we eenzaamheid?')] })],
    ['b', theme('b', { title: 'Erkenning van burgerinitiatieven', description: 'Vrijwilligers voelen zich niet gezien.' })],
    ['c', theme('c', { title: 'Privacy en gegevensdeling', learningQuestions: [q('2', '   ')] })],
    ['d', theme('d', { title: 'Rolverdeling in het overleg', learningQuestions: [q('3', 'Wie is voorzitter?')] })],
    ['e', theme('e', { title: 'Coöperatie-overleg', learningQuestions: [q('4', 'Hoe werkt de coöperatie?')] })],
  ])
  const counts = new Map([
    ['a', 2],
    ['e', 1],
  ])
  const shown = (filter: Partial<typeof defaultBoardFilter>) =>
    Object.fromEntries([...visibleCards(board(), byId, counts, { ...defaultBoardFilter, ...filter })].map(([id, ids]) => [id, ids.join(' ')]))

  it('searches title, description and learning questions, without accents or case, every word', () => {
    expect(matchesThemeSearch(byId.get('a')!, 'EENZAAM')).toBe(true)
    expect(matchesThemeSearch(byId.get('b')!, 'vrijwilligers gezien')).toBe(true)
    expect(matchesThemeSearch(byId.get('b')!, 'vrijwilligers preventie')).toBe(false)
    expect(matchesThemeSearch(byId.get('e')!, 'cooperatie')).toBe(true)
    expect(shown({ search: 'overleg' })).toEqual({ 'col-candidate': 'd', 'col-chosen': 'e', 'col-parked': '' })
  })

  it('filters without a (non-blank) learning question, from interviews or not, and by column', () => {
    expect(shown({ kind: 'noQuestion' })).toEqual({ 'col-candidate': 'b c', 'col-chosen': '', 'col-parked': '' })
    expect(shown({ kind: 'fromInterviews' })).toEqual({ 'col-candidate': 'a', 'col-chosen': 'e', 'col-parked': '' })
    expect(shown({ kind: 'notFromInterviews' })).toEqual({ 'col-candidate': 'b c d', 'col-chosen': '', 'col-parked': '' })
    expect(shown({ columnId: 'col-chosen' })).toEqual({ 'col-candidate': '', 'col-chosen': 'e', 'col-parked': '' })
    expect(shown({ kind: 'noQuestion', search: 'burger' })).toEqual({ 'col-candidate': 'b', 'col-chosen': '', 'col-parked': '' })
  })

  it('without a filter each column shows its own list (same reference)', () => {
    const columns = board()
    const result = visibleCards(columns, byId, counts, defaultBoardFilter)
    expect(result.get('col-candidate')).toBe(columns[0]!.themeIds)
    expect(isFilteringBoard(defaultBoardFilter)).toBe(false)
    expect(isFilteringBoard({ ...defaultBoardFilter, search: '  ' })).toBe(false)
    expect(isFilteringBoard({ ...defaultBoardFilter, kind: 'noQuestion' })).toBe(true)
  })
})
