import { describe, expect, it } from 'vitest'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { groupDevelopmentStory } from '../../../shared/logic/group-development-story'
import { ProjectFile } from '../../../shared/model'

const project = (): ProjectFile =>
  ProjectFile.parse({
    format: 'werkbank',
    schemaVersion: 1,
    createdAt: '2024-01-01T10:00:00+01:00',
    community: { id: 'c', name: 'Leergemeenschap Kerkrade', startDate: '2024-01-01', endDate: '2024-12-31' },
    profile: {},
    workGroups: [{ id: 'wg-a', themeId: 't-a', name: 'Eenzaamheid' }],
    groupDevelopment: {
      signalOverrides: [{ id: 'own-1', phase: 'control', text: 'Telefoons op tafel', removed: true }],
      observations: [
        { id: 'o2', date: '2024-03-06', workGroupId: 'wg-a', phase: 'control', signalIds: ['sig-control-1', 'own-1', 'gone'], note: 'Discussie' },
        { id: 'o1', date: '2024-02-07', workGroupId: 'wg-a', phase: 'orientation', signalIds: [] },
        { id: 'o3', date: '2024-02-07', workGroupId: null, phase: 'orientation' },
      ],
      reflections: [
        {
          id: 'r1',
          date: '2024-03-06',
          workGroupId: 'wg-a',
          levels: { procedure: 'Geen voorzitter', interaction: '  ' },
          agreements: [{ id: 'a1', text: 'Vaste voorzitter' }, { id: 'a2', text: ' ' }],
        },
      ],
    },
  })

describe('groupDevelopmentStory', () => {
  it('tells each group: current phase, periods, observations with signal texts, reflections and agreements', () => {
    const story = groupDevelopmentStory(project(), undefined, { today: '2024-06-01' })
    expect(story.groups.map((g) => [g.kind, g.name, g.currentPhase])).toEqual([
      ['community', 'Leergemeenschap Kerkrade', 'orientation'],
      ['workGroup', 'Eenzaamheid', 'control'],
    ])
    const group = story.groups[1]!
    expect(group).toMatchObject({ currentPhaseName: 'Controle- en affectiefase', currentSince: '2024-03-06' })
    expect(group.periods).toEqual([
      { phase: 'orientation', from: '2024-02-07', to: '2024-03-06', phaseName: 'Oriëntatiefase' },
      { phase: 'control', from: '2024-03-06', to: null, phaseName: 'Controle- en affectiefase' },
    ])
    expect(group.observations[1]!.signals).toEqual(['Discussie over procedures, rollen en wie wat beslist', 'Telefoons op tafel'])
    expect(group.reflections).toEqual([
      { date: '2024-03-06', meetingId: null, levels: [{ level: 'procedure', text: 'Geen voorzitter' }], agreements: ['Vaste voorzitter'] },
    ])
    expect(group.agreements).toEqual([{ date: '2024-03-06', text: 'Vaste voorzitter' }])
    expect(group.reminder).toMatchObject({ due: false, momentsSince: 0 })
    expect(story.groups[0]!.reminder).toMatchObject({ due: false, momentsSince: 1, basis: 'observations' })
  })

  it('tells one group when asked (null = the community); an unknown id gives none; English names', () => {
    expect(groupDevelopmentStory(project(), 'wg-a').groups.map((g) => g.groupId)).toEqual(['wg-a'])
    expect(groupDevelopmentStory(project(), null).groups.map((g) => g.kind)).toEqual(['community'])
    expect(groupDevelopmentStory(project(), 'nope').groups).toEqual([])
    expect(groupDevelopmentStory(project(), 'wg-a', { language: 'en' }).groups[0]!.currentPhaseName).toBe('Control and affection phase')
  })

  it('a group without observations has no phase', () => {
    const p = project()
    p.groupDevelopment.observations = []
    const group = groupDevelopmentStory(p, 'wg-a').groups[0]!
    expect(group).toMatchObject({ currentPhase: null, currentPhaseName: null, currentSince: null, periods: [], observations: [] })
  })

  it('tells the Heerlen example: the community closing and due for reflection after three meetings, the closing evaluation among them', () => {
    const story = groupDevelopmentStory(buildHeerlenExample(), undefined, { today: '2019-12-31' })
    expect(story.groups.map((g) => g.currentPhase)).toEqual(['closing', 'closing', 'autonomy', 'autonomy'])
    // Work groups 1 and 2 held one recorded meeting each (below N = 3); work group 3 reflected after its last observation.
    expect(story.groups.map((g) => g.reminder.due)).toEqual([true, false, false, false])
    expect(story.groups.map((g) => [g.reminder.basis, g.reminder.momentsSince])).toEqual([
      ['meetings', 3],
      ['meetings', 1],
      ['meetings', 1],
      ['observations', 0],
    ])
    expect(story.groups[0]!.agreements.map((a) => a.text)).toContain('We beginnen elke bijeenkomst met een korte check-in.')
  })
})
