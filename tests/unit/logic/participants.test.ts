import { describe, expect, it } from 'vitest'
import {
  checkParticipant,
  countByCategory,
  countByStatus,
  createParticipant,
  defaultParticipantFilter,
  emptyParticipantDraft,
  filterParticipants,
  isFiltering,
  matchesSearch,
  normalizeForSearch,
  reactivateFields,
  sortParticipants,
  stopFields,
  toggleSort,
  type ParticipantFilter,
} from '../../../shared/logic/participants'
import { Participant } from '../../../shared/model'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'

const person = (fields: Partial<Participant> & Pick<Participant, 'id' | 'name'>): Participant =>
  Participant.parse({ category: 'resident', ...fields })

const people: Participant[] = [
  person({ id: 'a', name: 'Fatma Öztürk', category: 'resident', discipline: 'vrijwilliger', organisation: 'Vrouwengroep Heerlerheide', joinedOn: '2018-09-05' }),
  person({ id: 'b', name: 'Ingrid Claessens', category: 'professional', discipline: 'wijkverpleegkundige', organisation: 'Sociaal buurtteam', email: 'ingrid@voorbeeld.nl', joinedOn: '2018-09-05' }),
  person({ id: 'c', name: 'Linda Wetzels', category: 'professional', discipline: 'maatschappelijk werker', organisation: 'Heerlen STAND-BY!', joinedOn: '2018-09-05', leftOn: '2019-03-01', active: false, notes: 'Nieuwe baan buiten Heerlen.' }),
  person({ id: 'd', name: 'Priscilla van der Meer', category: 'professional', discipline: 'Wmo-consulent', joinedOn: '2018-11-07' }),
  person({ id: 'e', name: 'René Jacobs', category: 'manager', organisation: 'Heerlen STAND-BY!', joinedOn: null }),
  person({ id: 'f', name: 'Anouk Ummels', category: 'student', organisation: '', joinedOn: '2018-12-12' }),
]

const filter = (fields: Partial<ParticipantFilter>): ParticipantFilter => ({ ...defaultParticipantFilter, ...fields })
const ids = (list: readonly Participant[]) => list.map((p) => p.id)

describe('normalizeForSearch', () => {
  it('drops diacritics and case, spells out ligatures, straightens apostrophes', () => {
    expect(normalizeForSearch('Öztürk')).toBe('ozturk')
    expect(normalizeForSearch('René Müller')).toBe('rene muller')
    expect(normalizeForSearch('Straße Œuvre')).toBe('strasse oeuvre')
    expect(normalizeForSearch('Buurtcentrum \u2019t Heitje')).toBe("buurtcentrum 't heitje")
  })
})

describe('search', () => {
  it('finds people without typing accents, and with them', () => {
    expect(ids(filterParticipants(people, filter({ search: 'ozturk' })))).toEqual(['a'])
    expect(ids(filterParticipants(people, filter({ search: 'Öztürk' })))).toEqual(['a'])
    expect(ids(filterParticipants(people, filter({ search: 'rene' })))).toEqual(['e'])
  })

  it('searches name, organisation, discipline, e-mail and notes', () => {
    expect(ids(filterParticipants(people, filter({ search: 'heerlerheide' })))).toEqual(['a'])
    expect(ids(filterParticipants(people, filter({ search: 'wijkverpleeg' })))).toEqual(['b'])
    expect(ids(filterParticipants(people, filter({ search: 'ingrid@voorbeeld' })))).toEqual(['b'])
    expect(ids(filterParticipants(people, filter({ search: 'nieuwe baan' })))).toEqual(['c'])
  })

  it('requires every word, in any field, but never one word across two fields', () => {
    expect(ids(filterParticipants(people, filter({ search: 'stand-by rené' })))).toEqual(['e'])
    expect(matchesSearch(people[4]!, 'jacobsheerlen')).toBe(false)
  })

  it('matches everyone on an empty or blank search', () => {
    expect(filterParticipants(people, filter({ search: '   ' }))).toHaveLength(people.length)
    expect(matchesSearch(people[0]!, '')).toBe(true)
  })

  it('sees an edited participant (a new object) with its new text', () => {
    const before = people[5]!
    expect(matchesSearch(before, 'zuyd')).toBe(false)
    const after = { ...before, organisation: 'Zuyd Hogeschool' }
    expect(matchesSearch(after, 'zuyd')).toBe(true)
    expect(matchesSearch(before, 'zuyd')).toBe(false)
  })
})

describe('filters', () => {
  it('filters by category', () => {
    expect(ids(filterParticipants(people, filter({ category: 'professional' })))).toEqual(['b', 'c', 'd'])
  })

  it('filters by status: active, stopped, everyone', () => {
    expect(ids(filterParticipants(people, filter({ status: 'active' })))).toEqual(['a', 'b', 'd', 'e', 'f'])
    expect(ids(filterParticipants(people, filter({ status: 'inactive' })))).toEqual(['c'])
    expect(filterParticipants(people, filter({ status: 'all' }))).toHaveLength(6)
  })

  it('combines search, category and status', () => {
    expect(ids(filterParticipants(people, filter({ search: 'heerlen', category: 'professional', status: 'inactive' })))).toEqual(['c'])
    expect(filterParticipants(people, filter({ search: 'heerlen', category: 'professional', status: 'active' }))).toEqual([])
  })

  it('knows when the list is narrowed down', () => {
    expect(isFiltering(defaultParticipantFilter)).toBe(false)
    expect(isFiltering(filter({ search: '  ' }))).toBe(false)
    expect(isFiltering(filter({ search: 'x' }))).toBe(true)
    expect(isFiltering(filter({ category: 'student' }))).toBe(true)
    expect(isFiltering(filter({ status: 'active' }))).toBe(true)
  })

  it('shows everyone by default, so stopped people stay findable', () => {
    expect(defaultParticipantFilter.status).toBe('all')
  })
})

describe('sortParticipants', () => {
  it('sorts names the Dutch way, ascending and descending', () => {
    expect(ids(sortParticipants(people, { key: 'name', direction: 'asc' }))).toEqual(['f', 'a', 'b', 'c', 'd', 'e'])
    expect(ids(sortParticipants(people, { key: 'name', direction: 'desc' }))).toEqual(['e', 'd', 'c', 'b', 'a', 'f'])
  })

  it('sorts categories in the order the UI lists them, then by name', () => {
    expect(ids(sortParticipants(people, { key: 'category', direction: 'asc' }))).toEqual(['a', 'b', 'c', 'd', 'f', 'e'])
    expect(ids(sortParticipants(people, { key: 'category', direction: 'desc' }))).toEqual(['e', 'f', 'b', 'c', 'd', 'a'])
  })

  it('puts empty organisations and unknown dates last in both directions', () => {
    expect(ids(sortParticipants(people, { key: 'organisation', direction: 'asc' })).slice(-2)).toEqual(['f', 'd'])
    expect(ids(sortParticipants(people, { key: 'organisation', direction: 'desc' })).slice(-2)).toEqual(['f', 'd'])
    expect(ids(sortParticipants(people, { key: 'joinedOn', direction: 'asc' }))).toEqual(['a', 'b', 'c', 'd', 'f', 'e'])
    expect(ids(sortParticipants(people, { key: 'joinedOn', direction: 'desc' }))).toEqual(['f', 'd', 'a', 'b', 'c', 'e'])
  })

  it('returns a copy and leaves the list alone', () => {
    const copy = [...people]
    const sorted = sortParticipants(people, { key: 'name', direction: 'desc' })
    expect(sorted).not.toBe(people)
    expect(people).toEqual(copy)
  })

  it('toggles direction on the same column and starts ascending on another', () => {
    expect(toggleSort({ key: 'name', direction: 'asc' }, 'name')).toEqual({ key: 'name', direction: 'desc' })
    expect(toggleSort({ key: 'name', direction: 'desc' }, 'name')).toEqual({ key: 'name', direction: 'asc' })
    expect(toggleSort({ key: 'name', direction: 'desc' }, 'joinedOn')).toEqual({ key: 'joinedOn', direction: 'asc' })
  })
})

describe('counts', () => {
  it('counts per category, every category present', () => {
    const counts = countByCategory(people)
    expect(counts).toEqual({ resident: 1, professional: 3, teacherResearcher: 0, student: 1, policyOfficer: 0, manager: 1, other: 0 })
    expect(countByCategory(people, { activeOnly: true }).professional).toBe(2)
  })

  it('counts everyone, active and stopped', () => {
    expect(countByStatus(people)).toEqual({ all: 6, active: 5, inactive: 1 })
    expect(countByStatus([])).toEqual({ all: 0, active: 0, inactive: 0 })
  })
})

describe('checkParticipant', () => {
  it('requires a name', () => {
    expect(checkParticipant({ name: '  ', joinedOn: null, leftOn: null })).toEqual({ name: 'nameRequired' })
    expect(checkParticipant({ name: 'Sjef Houben', joinedOn: null, leftOn: null })).toEqual({})
  })

  it('refuses a leaving date before the joining date, allows the same day', () => {
    expect(checkParticipant({ name: 'Thea', joinedOn: '2018-11-07', leftOn: '2018-11-06' })).toEqual({ leftOn: 'leftBeforeJoined' })
    expect(checkParticipant({ name: 'Thea', joinedOn: '2018-11-07', leftOn: '2018-11-07' })).toEqual({})
    expect(checkParticipant({ name: 'Thea', joinedOn: null, leftOn: '2018-11-06' })).toEqual({})
  })
})

describe('creating, stopping and reactivating', () => {
  it('creates an active participant that passes the schema, single-line fields trimmed', () => {
    const created = createParticipant('p-new', {
      ...emptyParticipantDraft('2026-09-07'),
      name: '  Kevin Ramakers ',
      category: 'professional',
      discipline: ' opbouwwerker ',
      email: ' kevin@voorbeeld.nl ',
      notes: 'Eerste regel\ntweede regel',
    })
    expect(created).toEqual(Participant.parse(created))
    expect(created).toMatchObject({
      id: 'p-new',
      name: 'Kevin Ramakers',
      discipline: 'opbouwwerker',
      email: 'kevin@voorbeeld.nl',
      joinedOn: '2026-09-07',
      leftOn: null,
      active: true,
      notes: 'Eerste regel\ntweede regel',
    })
  })

  it('stops someone today, keeping a leaving date already recorded', () => {
    expect(stopFields({ joinedOn: '2018-09-05', leftOn: null }, '2019-05-15')).toEqual({ active: false, leftOn: '2019-05-15' })
    expect(stopFields({ joinedOn: '2018-09-05', leftOn: '2019-03-01' }, '2019-05-15')).toEqual({ active: false, leftOn: '2019-03-01' })
  })

  it('never stops someone before the day they joined', () => {
    const stopped = stopFields({ joinedOn: '2030-01-01', leftOn: null }, '2026-09-07')
    expect(stopped.leftOn).toBe('2030-01-01')
    expect(checkParticipant({ name: 'x', joinedOn: '2030-01-01', leftOn: stopped.leftOn })).toEqual({})
  })

  it('reactivates without a leaving date', () => {
    expect(reactivateFields()).toEqual({ active: true, leftOn: null })
  })
})

describe('the Heerlen example', () => {
  it('has stopped people that the status filter finds and a consistent history', () => {
    const { participants } = buildHeerlenExample()
    const stopped = filterParticipants(participants, filter({ status: 'inactive' }))
    expect(stopped.length).toBeGreaterThan(0)
    for (const p of participants) {
      expect(checkParticipant(p)).toEqual({})
      expect(p.active).toBe(p.leftOn === null)
    }
  })

  it('filters and sorts 1,400 participants quickly', () => {
    const base = buildHeerlenExample().participants
    const many = Array.from({ length: 50 }, (_, i) => base.map((p) => ({ ...p, id: `${p.id}-${i}` }))).flat()
    expect(many).toHaveLength(1400)
    const started = performance.now()
    const found = filterParticipants(many, filter({ search: 'heerlen', status: 'active' }))
    sortParticipants(found, { key: 'organisation', direction: 'desc' })
    sortParticipants(many, { key: 'name', direction: 'asc' })
    expect(performance.now() - started).toBeLessThan(500)
    expect(found.length).toBeGreaterThan(0)
  })
})
