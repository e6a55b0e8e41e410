/**
 * The list logic of shared/logic/participants.ts in detail: diacritics, Dutch collation,
 * empty values last, stability and counts. (participants.test.ts covers the screen helpers.)
 */
import { describe, expect, it } from 'vitest'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { participant } from '../../../shared/examples/helpers'
import {
  countByCategory,
  filterParticipants,
  matchesSearch,
  normalizeForSearch,
  sortParticipants,
} from '../../../shared/logic/participants'
import { type Participant, participantCategories } from '../../../shared/model'

const people: Participant[] = [
  participant({ id: 'a', name: 'Hans Müller', category: 'resident', discipline: 'buurtbewoner', joinedOn: '2018-12-12' }),
  participant({
    id: 'b', name: 'Fatma Öztürk', category: 'resident', discipline: 'vrijwilliger', organisation: 'Vrouwengroep Heerlerheide',
    email: 'fatma.ozturk@voorbeeld.nl', joinedOn: '2018-09-05',
  }),
  participant({
    id: 'c', name: 'Ingrid Claessens', category: 'professional', discipline: 'wijkverpleegkundige',
    organisation: 'Heerlen STAND-BY!', joinedOn: '2018-09-05', notes: 'Kartrekker werkgroep preventie',
  }),
  participant({
    id: 'd', name: 'Linda Wetzels', category: 'professional', discipline: 'maatschappelijk werker',
    organisation: 'Heerlen STAND-BY!', joinedOn: '2018-09-05', leftOn: '2019-03-01',
  }),
  participant({ id: 'e', name: 'Priscilla van der Meer', category: 'professional', discipline: 'Wmo-consulent', organisation: 'Alcander' }),
  participant({ id: 'f', name: 'René Jacobs', category: 'manager', organisation: 'Heerlen STAND-BY!', joinedOn: '2018-10-03' }),
  participant({ id: 'g', name: 'Gülşen Yılmaz', category: 'policyOfficer', organisation: 'Gemeente Den Haag', joinedOn: '2016-01-18' }),
  participant({
    id: 'h', name: 'Lotte Janssen', category: 'student', organisation: 'Zuyd Hogeschool', joinedOn: '2018-11-07', leftOn: '2019-01-31',
  }),
]

const ids = (list: readonly Participant[]) => list.map((p) => p.id)
const all = { search: '', category: 'all', status: 'all' } as const

describe('normalizeForSearch', () => {
  it.each([
    ['Öztürk', 'ozturk'],
    ['Müller', 'muller'],
    ['René', 'rene'],
    ['Gülşen Yılmaz', 'gulsen yilmaz'],
    ['Cliëntondersteuner', 'clientondersteuner'],
    ['\u0132sselmonde', 'ijsselmonde'],
    ['Straße', 'strasse'],
    ['\u2019t Heitje', "'t heitje"],
  ])('%s → %s', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected)
  })
})

describe('filterParticipants', () => {
  it('returns everyone, in order, for an empty filter', () => {
    expect(ids(filterParticipants(people, all))).toEqual(ids(people))
  })

  it('does not modify the input', () => {
    const copy = structuredClone(people)
    filterParticipants(people, { search: 'heerlen', category: 'professional', status: 'active' })
    expect(people).toEqual(copy)
  })

  it.each([
    ['Muller', ['a']],
    ['müller', ['a']],
    ['ozturk', ['b']],
    ['ÖZTÜRK', ['b']],
    ['rene', ['f']],
    ['yilmaz', ['g']],
    ['  claessens  ', ['c']],
  ])('finds names case- and diacritics-insensitively: %j', (search, expected) => {
    expect(ids(filterParticipants(people, { ...all, search }))).toEqual(expected)
  })

  it.each([
    ['organisation', 'alcander', ['e']],
    ['discipline', 'wijkverpleeg', ['c']],
    ['email', '@voorbeeld.nl', ['b']],
    ['notes', 'kartrekker', ['c']],
    ['part of a word', 'stand-by', ['c', 'd', 'f']],
  ])('searches the %s', (_field, search, expected) => {
    expect(ids(filterParticipants(people, { ...all, search }))).toEqual(expected)
  })

  it('requires every word of the search, in any field', () => {
    expect(ids(filterParticipants(people, { ...all, search: 'heerlen linda' }))).toEqual(['d'])
    expect(ids(filterParticipants(people, { ...all, search: 'van der meer' }))).toEqual(['e'])
    expect(ids(filterParticipants(people, { ...all, search: 'alcander linda' }))).toEqual([])
  })

  it('does not match across two fields', () => {
    // "Jacobs" + organisation "Heerlen": the joined text must not read "jacobsheerlen".
    expect(ids(filterParticipants(people, { ...all, search: 'jacobsheerlen' }))).toEqual([])
  })

  it('does not search the phone number or category', () => {
    const withPhone = [participant({ id: 'x', name: 'Sjef Houben', category: 'resident', phone: '06-12345005' })]
    expect(filterParticipants(withPhone, { ...all, search: '12345005' })).toEqual([])
    expect(filterParticipants(withPhone, { ...all, search: 'resident' })).toEqual([])
  })

  it('filters by category', () => {
    expect(ids(filterParticipants(people, { ...all, category: 'professional' }))).toEqual(['c', 'd', 'e'])
    expect(filterParticipants(people, { ...all, category: 'other' })).toEqual([])
  })

  it('filters by status', () => {
    expect(ids(filterParticipants(people, { ...all, status: 'inactive' }))).toEqual(['d', 'h'])
    expect(ids(filterParticipants(people, { ...all, status: 'active' }))).toEqual(['a', 'b', 'c', 'e', 'f', 'g'])
  })

  it('combines search, category and status', () => {
    const filter = { search: 'heerlen', category: 'professional', status: 'active' } as const
    expect(ids(filterParticipants(people, filter))).toEqual(['c'])
  })

  it('matchesSearch agrees with filterParticipants', () => {
    for (const search of ['', 'muller', 'heerlen linda', 'niemand']) {
      expect(ids(people.filter((p) => matchesSearch(p, search)))).toEqual(ids(filterParticipants(people, { ...all, search })))
    }
  })
})

describe('sortParticipants', () => {
  it('sorts by name with Dutch collation, as written', () => {
    expect(sortParticipants(people, { key: 'name', direction: 'asc' }).map((p) => p.name)).toEqual([
      'Fatma Öztürk',
      'Gülşen Yılmaz',
      'Hans Müller',
      'Ingrid Claessens',
      'Linda Wetzels',
      'Lotte Janssen',
      'Priscilla van der Meer',
      'René Jacobs',
    ])
  })

  it('sorts names with prefixes, accents and numbers as written, ignoring case', () => {
    const list = ['van Dijk', 'Vermeulen', 'de Bruijn', 'Dekker', 'Émile', 'Eva', 'Zeger', 'Anna 10', 'Anna 9'].map((name, i) =>
      participant({ id: `n${i}`, name, category: 'resident' }),
    )
    expect(sortParticipants(list, { key: 'name', direction: 'asc' }).map((p) => p.name)).toEqual([
      'Anna 9',
      'Anna 10',
      'de Bruijn',
      'Dekker',
      'Émile',
      'Eva',
      'van Dijk',
      'Vermeulen',
      'Zeger',
    ])
  })

  it('reverses for descending', () => {
    const asc = sortParticipants(people, { key: 'name', direction: 'asc' })
    const desc = sortParticipants(people, { key: 'name', direction: 'desc' })
    expect(ids(desc)).toEqual(ids(asc).reverse())
  })

  it('sorts by category in the order of the UI, ties by name', () => {
    expect(ids(sortParticipants(people, { key: 'category', direction: 'asc' }))).toEqual(['b', 'a', 'c', 'd', 'e', 'h', 'g', 'f'])
    expect(ids(sortParticipants(people, { key: 'category', direction: 'desc' }))).toEqual(['f', 'g', 'h', 'c', 'd', 'e', 'b', 'a'])
  })

  it('sorts by organisation with empty organisations last in both directions, ties by name', () => {
    expect(ids(sortParticipants(people, { key: 'organisation', direction: 'asc' }))).toEqual(['e', 'g', 'c', 'd', 'f', 'b', 'h', 'a'])
    expect(ids(sortParticipants(people, { key: 'organisation', direction: 'desc' }))).toEqual(['h', 'b', 'c', 'd', 'f', 'g', 'e', 'a'])
  })

  it('sorts by date joined with unknown dates last in both directions', () => {
    expect(ids(sortParticipants(people, { key: 'joinedOn', direction: 'asc' }))).toEqual(['g', 'b', 'c', 'd', 'f', 'h', 'a', 'e'])
    expect(ids(sortParticipants(people, { key: 'joinedOn', direction: 'desc' }))).toEqual(['a', 'h', 'f', 'b', 'c', 'd', 'g', 'e'])
  })

  it('is stable: equal names keep their original order', () => {
    const twins = [
      participant({ id: 't1', name: 'Jan Smit', category: 'resident' }),
      participant({ id: 't2', name: 'jan smit', category: 'resident' }),
      participant({ id: 't3', name: 'Anna Smit', category: 'resident' }),
      participant({ id: 't4', name: 'Jan Smit', category: 'resident' }),
    ]
    expect(ids(sortParticipants(twins, { key: 'name', direction: 'asc' }))).toEqual(['t3', 't1', 't2', 't4'])
    expect(ids(sortParticipants(twins, { key: 'name', direction: 'desc' }))).toEqual(['t1', 't2', 't4', 't3'])
  })

  it('returns a new array and leaves the input alone', () => {
    const before = ids(people)
    const sorted = sortParticipants(people, { key: 'joinedOn', direction: 'desc' })
    expect(sorted).not.toBe(people)
    expect(ids(people)).toEqual(before)
  })

  it('handles an empty list', () => {
    expect(sortParticipants([], { key: 'name', direction: 'asc' })).toEqual([])
  })
})

describe('countByCategory', () => {
  it('counts every category, zero when empty', () => {
    expect(countByCategory(people, { activeOnly: false })).toEqual({
      resident: 2,
      professional: 3,
      teacherResearcher: 0,
      student: 1,
      policyOfficer: 1,
      manager: 1,
      other: 0,
    })
  })

  it('can count only active participants', () => {
    expect(countByCategory(people, { activeOnly: true })).toMatchObject({ professional: 2, student: 0, resident: 2 })
  })

  it('returns all keys for an empty list, in the UI order', () => {
    const counts = countByCategory([], { activeOnly: true })
    expect(Object.keys(counts)).toEqual([...participantCategories])
    expect(Object.values(counts).every((n) => n === 0)).toBe(true)
  })

  it('adds up to the number of participants in the example', () => {
    const { participants } = buildHeerlenExample()
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0)
    expect(sum(countByCategory(participants))).toBe(28)
    expect(sum(countByCategory(participants, { activeOnly: true }))).toBe(24)
  })
})
