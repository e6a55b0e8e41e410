import { describe, expect, it } from 'vitest'
import { themeOverview, workGroupOverview } from '../../../shared/logic/overview'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { Participant, WorkGroup } from '../../../shared/model'

describe('themeOverview', () => {
  it('counts the Heerlen example: 22 interviews, 23 themes, the chosen three in ranked order', () => {
    const o = themeOverview(buildHeerlenExample())
    expect(o.interviews).toBe(22)
    expect(o.themes).toBe(23)
    expect(o.candidate + o.parked + o.chosen.length).toBe(23)
    expect(o.parked).toBe(3)
    expect(o.chosen.map((t) => t.title)).toEqual([
      'Erkenning en facilitering van burgerinitiatieven',
      'Functioneren van de sociale buurtteams (SBT\u2019s)',
      'Preventie en vroegsignalering',
    ])
  })

  it('is all zero for a new project', () => {
    expect(themeOverview({ interviews: [], themes: [], boardColumns: [] })).toEqual({ interviews: 0, themes: 0, candidate: 0, parked: 0, chosen: [] })
  })
})

describe('workGroupOverview', () => {
  it('summarises the Heerlen example: three groups with a kartrekker, two participants without a group', () => {
    const o = workGroupOverview(buildHeerlenExample())
    expect(o.groups.map((g) => [g.name, g.members, g.lead])).toEqual([
      ['Erkenning en facilitering van burgerinitiatieven', 8, 'Annie Kleijnen'],
      ['Preventie en vroegsignalering', 7, 'Roy Crombach'],
      ['Functioneren van de sociale buurtteams (SBT\u2019s)', 7, 'Mohamed El Amrani'],
    ])
    expect(o.withoutGroup).toBe(2)
    expect(o.groupsWithoutLead).toBe(0)
  })

  const p = (id: string, active = true) => Participant.parse({ id, name: id.toUpperCase(), category: 'resident', active })
  const g = (fields: Partial<WorkGroup> & Pick<WorkGroup, 'id'>) => WorkGroup.parse({ themeId: 't', name: fields.id, ...fields })

  it('counts only active members, and flags a lead who is missing, stopped or no longer a member', () => {
    const o = workGroupOverview({
      participants: [p('a'), p('b'), p('c', false), p('d')],
      workGroups: [
        g({ id: 'g1', memberIds: ['a', 'c'], leadId: 'c' }),
        g({ id: 'g2', memberIds: ['b'], leadId: 'a' }),
        g({ id: 'g3', memberIds: [], leadId: null }),
      ],
    })
    expect(o.groups.map((x) => [x.members, x.lead])).toEqual([[1, null], [1, null], [0, null]])
    expect(o.groupsWithoutLead).toBe(3)
    expect(o.withoutGroup).toBe(1) // d; c has stopped
  })

  it('flags nobody as "without a group" while there are no work groups yet', () => {
    expect(workGroupOverview({ participants: [p('a')], workGroups: [] })).toEqual({ groups: [], withoutGroup: 0, groupsWithoutLead: 0 })
  })
})
