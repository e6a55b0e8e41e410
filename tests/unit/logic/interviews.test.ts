import { describe, expect, it } from 'vitest'
import {
  checkInterview,
  chooseParticipant,
  createInterview,
  emptyInterviewDraft,
  filterThemesByTitle,
  findThemeByTitle,
  indexById,
  interviewDisplayName,
  interviewsByTheme,
  matchesInterviewSearch,
  sortInterviews,
  themesByTitle,
  themesFromInterviews,
  themesRaised,
} from '../../../shared/logic/interviews'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { BoardColumn, Interview, Participant, Theme, defaultBoardColumns } from '../../../shared/model'

const person = (fields: Partial<Participant> & Pick<Participant, 'id' | 'name'>): Participant =>
  Participant.parse({ category: 'resident', ...fields })
const theme = (id: string, title: string): Theme => Theme.parse({ id, title })
const interview = (fields: Partial<Interview> & Pick<Interview, 'id'>): Interview => Interview.parse(fields)

const participants = indexById([
  person({ id: 'p1', name: 'Ingrid Claessens', category: 'professional', discipline: 'wijkverpleegkundige', organisation: 'SBT Heerlerheide' }),
  person({ id: 'p2', name: 'Fatma Öztürk', discipline: 'sleutelfiguur', organisation: 'Vrouwengroep Heerlerheide' }),
])
const themeList = [
  theme('t1', 'Preventie en vroegsignalering'),
  theme('t2', 'Eenzaamheid onder ouderen'),
  theme('t3', 'Armoede en schulden'),
  theme('t4', 'Één tegen eenzaamheid'),
]
const themes = indexById(themeList)

describe('interviewDisplayName', () => {
  it('shows the participant’s name, the outsider’s description, or nothing', () => {
    expect(interviewDisplayName(interview({ id: 'i', participantId: 'p1' }), participants)).toBe('Ingrid Claessens')
    expect(interviewDisplayName(interview({ id: 'i', who: ' wijkagent Heerlerheide ' }), participants)).toBe('wijkagent Heerlerheide')
    expect(interviewDisplayName(interview({ id: 'i' }), participants)).toBe('')
  })

  it('falls back to the description when the participant was removed', () => {
    expect(interviewDisplayName(interview({ id: 'i', participantId: 'gone', who: 'huisarts' }), participants)).toBe('huisarts')
  })
})

describe('themesRaised', () => {
  it('keeps the interview’s order and skips unknown and repeated ids', () => {
    const raised = themesRaised(interview({ id: 'i', themeIds: ['t3', 'missing', 't1', 't3'] }), themes)
    expect(raised.map((t) => t.id)).toEqual(['t3', 't1'])
  })
})

describe('sortInterviews', () => {
  it('puts the earliest first, undated last, and keeps file order on equal dates', () => {
    const list = [
      interview({ id: 'a', date: '2018-09-12' }),
      interview({ id: 'b', date: null }),
      interview({ id: 'c', date: '2018-09-03' }),
      interview({ id: 'd', date: '2018-09-12' }),
      interview({ id: 'e', date: null }),
    ]
    expect(sortInterviews(list).map((i) => i.id)).toEqual(['c', 'a', 'd', 'b', 'e'])
    expect(list.map((i) => i.id)).toEqual(['a', 'b', 'c', 'd', 'e'])
  })
})

describe('interviewsByTheme and themesFromInterviews', () => {
  const interviews = [
    interview({ id: 'i2', date: '2018-09-20', themeIds: ['t1', 't2'] }),
    interview({ id: 'i1', date: '2018-09-04', themeIds: ['t1', 't1'] }),
    interview({ id: 'i3', date: '2018-10-01', themeIds: ['t2', 'gone'] }),
    interview({ id: 'i4', date: '2018-09-05', themeIds: ['t1'] }),
  ]

  it('counts each interview once per theme, earliest first', () => {
    const byTheme = interviewsByTheme(interviews)
    expect(byTheme.get('t1')!.map((i) => i.id)).toEqual(['i1', 'i4', 'i2'])
    expect(byTheme.get('t2')!.map((i) => i.id)).toEqual(['i2', 'i3'])
    expect(byTheme.has('t3')).toBe(false)
  })

  it('lists every theme: most raised first, then by Dutch title order, with its column', () => {
    const columns: BoardColumn[] = defaultBoardColumns()
    columns[0]!.themeIds = ['t1', 't3']
    columns[2]!.themeIds = ['t2']
    const rows = themesFromInterviews(themeList, interviews, columns)
    expect(rows.map((r) => [r.theme.id, r.interviews.length, r.columnRole])).toEqual([
      ['t1', 3, 'candidate'],
      ['t2', 2, 'parked'],
      ['t3', 0, 'candidate'],
      ['t4', 0, null],
    ])
    expect(rows[1]!.columnTitle).toBe('Geparkeerd')
  })

  it('matches the Heerlen example: 23 themes, each raised by 1–5 of the 22 interviews', () => {
    const example = buildHeerlenExample()
    const rows = themesFromInterviews(example.themes, example.interviews, example.boardColumns)
    expect(rows).toHaveLength(23)
    const total = rows.reduce((sum, r) => sum + r.interviews.length, 0)
    expect(total).toBe(example.interviews.reduce((sum, i) => sum + i.themeIds.length, 0))
    expect(rows.every((r) => r.interviews.length >= 1 && r.interviews.length <= 5)).toBe(true)
    const preventie = rows.find((r) => r.theme.title === 'Preventie en vroegsignalering')!
    expect(preventie.columnRole).toBe('chosen')
    expect(preventie.interviews.map((i) => i.id)).toEqual(['i-02', 'i-04', 'i-07', 'i-09', 'i-19'])
  })
})

describe('theme titles', () => {
  it('sorts with Dutch collation (Één next to Eenzaamheid, not after Z)', () => {
    expect(themesByTitle(themeList).map((t) => t.id)).toEqual(['t3', 't4', 't2', 't1'])
  })

  it('filters by every word, ignoring case and diacritics', () => {
    expect(filterThemesByTitle(themeList, 'eenzaam').map((t) => t.id)).toEqual(['t2', 't4'])
    expect(filterThemesByTitle(themeList, 'EEN TEGEN').map((t) => t.id)).toEqual(['t4'])
    expect(filterThemesByTitle(themeList, '  ')).toHaveLength(4)
  })

  it('finds an existing theme by its exact title, so creating it twice is avoided', () => {
    expect(findThemeByTitle(themeList, '  armoede EN schulden ')?.id).toBe('t3')
    expect(findThemeByTitle(themeList, 'een tegen eenzaamheid')?.id).toBe('t4')
    expect(findThemeByTitle(themeList, 'Armoede')).toBeUndefined()
    expect(findThemeByTitle(themeList, ' ')).toBeUndefined()
  })
})

describe('matchesInterviewSearch', () => {
  const i = interview({
    id: 'i', participantId: 'p2', role: 'sleutelfiguur', organisation: 'Vrouwengroep', notes: 'Veel vrouwen lezen moeilijk.', themeIds: ['t2'],
  })
  it('searches name, role, organisation, notes and theme titles, every word', () => {
    expect(matchesInterviewSearch(i, 'ozturk', participants, themes)).toBe(true)
    expect(matchesInterviewSearch(i, 'vrouwengroep lezen', participants, themes)).toBe(true)
    expect(matchesInterviewSearch(i, 'ouderen', participants, themes)).toBe(true)
    expect(matchesInterviewSearch(i, 'ozturk schulden', participants, themes)).toBe(false)
    expect(matchesInterviewSearch(i, '', participants, themes)).toBe(true)
  })
  it('finds an outsider by their description', () => {
    expect(matchesInterviewSearch(interview({ id: 'x', who: 'wijkagent Heerlerheide' }), 'wijkagent', participants, themes)).toBe(true)
  })
})

describe('drafts', () => {
  it('requires a participant or a description', () => {
    expect(checkInterview(emptyInterviewDraft(null))).toEqual({ who: 'whoRequired' })
    expect(checkInterview({ participantId: null, who: '   ' })).toEqual({ who: 'whoRequired' })
    expect(checkInterview({ participantId: 'p1', who: '' })).toEqual({})
    expect(checkInterview({ participantId: null, who: 'huisarts' })).toEqual({})
  })

  it('creates an interview that the schema accepts unchanged', () => {
    const created = createInterview('i-new', {
      ...emptyInterviewDraft('2018-09-05'),
      participantId: 'p1',
      who: 'left over from typing',
      role: ' wijkverpleegkundige ',
      themeIds: ['t1', 't2', 't1'],
      notes: ' Ziet veel eenzaamheid. ',
    })
    expect(created).toEqual({
      id: 'i-new', participantId: 'p1', who: '', role: 'wijkverpleegkundige', organisation: '',
      date: '2018-09-05', notes: 'Ziet veel eenzaamheid.', themeIds: ['t1', 't2'],
    })
    expect(Interview.parse(created)).toEqual(created)
    expect(Object.keys(created)).toEqual(Object.keys(Interview.parse(created)))
  })

  it('prefills role and organisation from the chosen participant, keeping what was typed', () => {
    const fresh = chooseParticipant({ participantId: null, role: '', organisation: '' }, participants.get('p1')!, participants)
    expect(fresh).toEqual({ participantId: 'p1', who: '', role: 'wijkverpleegkundige', organisation: 'SBT Heerlerheide' })
    // Switching to another participant replaces the prefilled values…
    const switched = chooseParticipant(fresh, participants.get('p2')!, participants)
    expect(switched).toEqual({ participantId: 'p2', who: '', role: 'sleutelfiguur', organisation: 'Vrouwengroep Heerlerheide' })
    // …but not what the facilitator typed.
    const typed = chooseParticipant({ ...fresh, role: 'wijkverpleegkundige en aandachtsvelder' }, participants.get('p2')!, participants)
    expect(typed.role).toBe('wijkverpleegkundige en aandachtsvelder')
    expect(typed.organisation).toBe('Vrouwengroep Heerlerheide')
    // No participant: role and organisation stay.
    expect(chooseParticipant(fresh, null, participants)).toEqual({ participantId: null, who: '', role: 'wijkverpleegkundige', organisation: 'SBT Heerlerheide' })
  })
})
