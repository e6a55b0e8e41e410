import { describe, expect, it } from 'vitest'
import {
  affinityIndex,
  affinityOf,
  assign,
  chosenThemeIds,
  createWorkGroup,
  defaultKeepChoice,
  emptyGroups,
  groupIdsOf,
  groupsForChosenThemes,
  groupsWithoutLead,
  keepOneGroupEach,
  leadOf,
  membersOfSeveralGroups,
  removeMember,
  setLead,
  sortByAffinity,
  stoppedMembers,
  themeStatus,
  unassignedParticipants,
} from '../../../shared/logic/work-groups'
import { BoardColumn, Theme, ThemeScore, type WorkGroup } from '../../../shared/model'

const theme = (id: string, title: string): Theme => Theme.parse({ id, title })
const themes = [
  theme('t-erkenning', 'Erkenning en facilitering van burgerinitiatieven'),
  theme('t-sbt', 'Functioneren van de sociale buurtteams (SBT’s)'),
  theme('t-preventie', 'Preventie en vroegsignalering'),
  theme('t-taal', 'Taal en laaggeletterdheid'),
]
const columns: BoardColumn[] = [
  BoardColumn.parse({ id: 'col-candidate', title: 'Ingebracht', role: 'candidate', themeIds: ['t-taal'] }),
  BoardColumn.parse({ id: 'col-chosen', title: 'Gekozen', role: 'chosen', themeIds: ['t-preventie', 't-erkenning', 't-sbt'] }),
  BoardColumn.parse({ id: 'col-parked', title: 'Geparkeerd', role: 'parked', themeIds: [] }),
]
const group = (id: string, themeId: string, memberIds: string[] = [], leadId: string | null = null): WorkGroup => ({
  id,
  themeId,
  name: id,
  memberIds,
  leadId,
})
const score = (participantId: string, themeId: string, affinity: number | null): ThemeScore =>
  ThemeScore.parse({ participantId, themeId, urgency: 3, affinity })

describe('chosen themes and their groups', () => {
  it('lists chosen themes in board order, across every chosen column, once each', () => {
    const twoChosen = [...columns, BoardColumn.parse({ id: 'col-extra', title: 'Ook gekozen', role: 'chosen', themeIds: ['t-taal', 't-sbt'] })]
    expect(chosenThemeIds(twoChosen)).toEqual(['t-preventie', 't-erkenning', 't-sbt', 't-taal'])
  })

  it('offers a group for each chosen theme that has none yet, and skips ids of deleted themes', () => {
    expect(groupsForChosenThemes(themes, columns, []).map((t) => t.id)).toEqual(['t-preventie', 't-erkenning', 't-sbt'])
    expect(groupsForChosenThemes(themes, columns, [group('g1', 't-erkenning')]).map((t) => t.id)).toEqual(['t-preventie', 't-sbt'])
    const withGhost = [BoardColumn.parse({ id: 'c', title: 'Gekozen', role: 'chosen', themeIds: ['t-gone', 't-sbt'] })]
    expect(groupsForChosenThemes(themes, withGhost, []).map((t) => t.id)).toEqual(['t-sbt'])
  })

  it('names a new group after its theme, empty and without kartrekker', () => {
    expect(createWorkGroup('g1', themes[2]!)).toEqual({ id: 'g1', themeId: 't-preventie', name: 'Preventie en vroegsignalering', memberIds: [], leadId: null })
  })

  it('flags a group whose theme left the chosen column or was deleted', () => {
    expect(themeStatus(group('g', 't-sbt'), themes, columns)).toBe('chosen')
    expect(themeStatus(group('g', 't-taal'), themes, columns)).toBe('notChosen')
    expect(themeStatus(group('g', 't-gone'), themes, columns)).toBe('missing')
  })
})

describe('assign', () => {
  const groups = [group('a', 't-erkenning', ['p1']), group('b', 't-sbt', ['p2'], 'p2'), group('c', 't-preventie')]

  it('adds someone from the pool to a group', () => {
    const result = assign(groups, 'p3', 'a', { allowMultiple: false })
    expect(result.kind).toBe('added')
    expect(result.groups[0]!.memberIds).toEqual(['p1', 'p3'])
    expect(result.groups[1]).toBe(groups[1])
  })

  it('with several groups allowed, adds a member of another group as well', () => {
    const result = assign(groups, 'p2', 'c', { allowMultiple: true })
    expect(result).toMatchObject({ kind: 'added', leftGroupIds: [] })
    expect(groupIdsOf(result.groups, 'p2')).toEqual(['b', 'c'])
    expect(result.groups[1]!.leadId).toBe('p2')
  })

  it('with one group each, moves a member of another group (and they stop being its kartrekker)', () => {
    const result = assign(groups, 'p2', 'c', { allowMultiple: false })
    expect(result).toMatchObject({ kind: 'moved', leftGroupIds: ['b'] })
    expect(groupIdsOf(result.groups, 'p2')).toEqual(['c'])
    expect(result.groups[1]).toEqual(group('b', 't-sbt', [], null))
  })

  it('dragging from one group to another is a move, whatever the setting', () => {
    const both = [group('a', 't-erkenning', ['p1']), group('b', 't-sbt', ['p1']), group('c', 't-preventie')]
    const result = assign(both, 'p1', 'c', { allowMultiple: true, fromGroupId: 'a' })
    expect(result).toMatchObject({ kind: 'moved', leftGroupIds: ['a'] })
    expect(groupIdsOf(result.groups, 'p1')).toEqual(['b', 'c'])
  })

  it('moving to a group they are already in only takes them out of the old one', () => {
    const both = [group('a', 't-erkenning', ['p1']), group('b', 't-sbt', ['p1'])]
    const result = assign(both, 'p1', 'b', { allowMultiple: true, fromGroupId: 'a' })
    expect(result).toMatchObject({ kind: 'moved', leftGroupIds: ['a'] })
    expect(result.groups[1]!.memberIds).toEqual(['p1'])
  })

  it('changes nothing when they are already there, or the group does not exist', () => {
    expect(assign(groups, 'p1', 'a', { allowMultiple: false }).kind).toBe('unchanged')
    expect(assign(groups, 'p1', 'a', { allowMultiple: true, fromGroupId: 'a' }).kind).toBe('unchanged')
    const missing = assign(groups, 'p1', 'zz', { allowMultiple: false })
    expect(missing.kind).toBe('unchanged')
    expect(missing.groups).toEqual(groups)
  })
})

describe('members and the kartrekker', () => {
  const groups = [group('a', 't-erkenning', ['p1', 'p2'], 'p1'), group('b', 't-sbt', ['p1'])]

  it('removing the kartrekker from a group clears the lead; removing another member keeps it', () => {
    expect(removeMember(groups, 'a', 'p1')[0]).toEqual(group('a', 't-erkenning', ['p2'], null))
    expect(removeMember(groups, 'a', 'p2')[0]).toEqual(group('a', 't-erkenning', ['p1'], 'p1'))
    expect(removeMember(groups, 'a', 'p1')[1]).toBe(groups[1])
  })

  it('sets one kartrekker per group, only among its members, and clears it with null', () => {
    const switched = setLead(groups, 'a', 'p2')
    expect(switched[0]!.leadId).toBe('p2')
    expect(setLead(groups, 'b', 'p2')[1]!.leadId).toBeNull()
    expect(setLead(groups, 'a', null)[0]!.leadId).toBeNull()
    expect(setLead(groups, 'a', 'p1')[0]).toBe(groups[0])
  })

  it('a lead who is no longer a member does not count', () => {
    expect(leadOf(group('x', 't', ['p1'], 'p9'))).toBeNull()
    expect(groupsWithoutLead([group('x', 't', ['p1'], 'p9'), ...groups]).map((g) => g.id)).toEqual(['x', 'b'])
  })
})

describe('flags', () => {
  const people = [
    { id: 'p1', name: 'Annie Kleijnen', active: true },
    { id: 'p2', name: 'Sjef Houben', active: true },
    { id: 'p3', name: 'Thea Lemmens', active: false },
    { id: 'p4', name: 'Fatma Öztürk', active: true },
  ]
  const groups = [group('a', 't-erkenning', ['p1', 'p3']), group('b', 't-sbt', ['p1']), group('c', 't-preventie')]

  it('lists active people without a group, in the given order; stopped people are never "unassigned"', () => {
    expect(unassignedParticipants(people, groups).map((p) => p.id)).toEqual(['p2', 'p4'])
  })

  it('finds empty groups, stopped members and people in several groups', () => {
    expect(emptyGroups(groups).map((g) => g.id)).toEqual(['c'])
    expect(stoppedMembers(groups, people)).toEqual([{ groupId: 'a', participantId: 'p3' }])
    expect(membersOfSeveralGroups(groups)).toEqual([{ participantId: 'p1', groupIds: ['a', 'b'] }])
  })

  it('resolves several groups by keeping the chosen one, by default the one with the highest affinity', () => {
    const affinities = affinityIndex([score('p1', 't-sbt', 5), score('p1', 't-erkenning', 3)])
    const keep = defaultKeepChoice(groups, affinities)
    expect(keep).toEqual({ p1: 'b' })
    const resolved = keepOneGroupEach(groups, keep)
    expect(groupIdsOf(resolved, 'p1')).toEqual(['b'])
    expect(resolved[0]!.memberIds).toEqual(['p3'])
    // No scores: the first group is kept; a choice that is not one of their groups changes nothing.
    expect(defaultKeepChoice(groups, new Map())).toEqual({ p1: 'a' })
    expect(keepOneGroupEach(groups, { p1: 'c' })).toEqual(groups)
  })
})

describe('affinity', () => {
  const scores = [score('p1', 't-sbt', 4), score('p1', 't-erkenning', null), score('p2', 't-sbt', 2), score('p3', 't-sbt', 4)]

  it('reads a participant’s affinity for a theme, null when not scored', () => {
    expect(affinityOf(scores, 'p1', 't-sbt')).toBe(4)
    expect(affinityOf(scores, 'p1', 't-erkenning')).toBeNull()
    expect(affinityOf(scores, 'p9', 't-sbt')).toBeNull()
  })

  it('sorts by affinity for a theme, unscored last, ties by Dutch name order', () => {
    const people = [
      { id: 'p2', name: 'Sjef' },
      { id: 'p4', name: 'Ömer' },
      { id: 'p3', name: 'Annie' },
      { id: 'p1', name: 'Zeynep' },
    ]
    expect(sortByAffinity(people, affinityIndex(scores), 't-sbt').map((p) => p.name)).toEqual(['Annie', 'Zeynep', 'Sjef', 'Ömer'])
  })
})
