import { describe, expect, it } from 'vitest'
import { EXAMPLE_FILE_NAME, buildHeerlenExample } from '../../../shared/examples/heerlen'
import { ProjectFile, openProjectData, participantCategories, serializeProject } from '../../../shared/model'
import { countByCategory } from '../../../shared/logic/participants'
import { buildNetworkFixtures } from '../../fixtures/networks'

/**
 * People named in the source texts (authors, interviewees, officials). The example and the
 * fixtures must never use them; literature references in method texts are not checked here
 * because none are needed.
 */
const REAL_NAMES_FROM_SEEDS = [
  'Dongen',
  'Zutphen',
  'Elvira',
  'van Bergen',
  'van Rossum',
  'Veenstra',
  'Dassen',
  'Goossens',
  'Stoffers',
  'Daniels',
  'Burhenne',
  'Jansen',
  'van der Pas',
  'de Lange',
  'Kloppenburg',
  'Kooiman',
  'Wilken',
  'Wijsbroek',
  'van Biene',
  'Pentland',
]

const projects = (): Array<[string, ProjectFile]> => [
  ['heerlen', buildHeerlenExample()],
  ...buildNetworkFixtures().map((n): [string, ProjectFile] => [n.fileName, n.project]),
]

describe('buildHeerlenExample', () => {
  it('passes ProjectFile.parse, and parsing changes nothing (every default is filled in)', () => {
    const example = buildHeerlenExample()
    expect(ProjectFile.parse(example)).toEqual(example)
  })

  it('opens like a file from disk', () => {
    const opened = openProjectData(JSON.parse(serializeProject(buildHeerlenExample())))
    expect(opened.ok).toBe(true)
    if (opened.ok) expect(opened.value.project).toEqual(buildHeerlenExample())
  })

  it('is deterministic and returns a fresh object each time', () => {
    const a = buildHeerlenExample()
    const b = buildHeerlenExample()
    expect(serializeProject(a)).toBe(serializeProject(b))
    expect(a).not.toBe(b)
    a.participants[0]!.name = 'gewijzigd'
    expect(buildHeerlenExample().participants[0]!.name).not.toBe('gewijzigd')
  })

  it('describes the Heerlen STAND-BY! community from the seeds', () => {
    const { community, profile, settings } = buildHeerlenExample()
    expect(community.name).toBe('Leergemeenschap Heerlen STAND-BY!')
    expect(community.startDate).toBe('2018-09-05')
    expect(community.endDate).toBe('2019-12-31')
    expect(community.commissioner).toContain('Heerlen STAND-BY!')
    expect(community.facilitator).toContain('Zuyd Hogeschool')
    for (const field of ['description', 'goal', 'centralQuestion'] as const) expect(community[field]).not.toBe('')
    expect(profile.status).toBe('finished')
    expect(profile.method).toContain('Migchelbrink')
    expect(profile.workingElements).toContain('7. Leg het eigenaarschap bij de deelnemers')
    expect(settings.allowMultipleWorkGroups).toBe(false)
  })

  it('fills every survey question of the profile', () => {
    const { profile } = buildHeerlenExample()
    for (const [key, value] of Object.entries(profile)) {
      if (key === 'statusNote' || key === 'status') continue
      if (Array.isArray(value)) expect(value.length, key).toBeGreaterThan(0)
      else expect(value, key).not.toBe('')
    }
    expect(profile.categoryEngagement.every((row) => row.engagement !== null)).toBe(true)
  })

  it('has a sounding board and a steering group', () => {
    const { stakeholders } = buildHeerlenExample()
    const bodies = stakeholders.map((s) => s.body)
    expect(bodies.filter((b) => b === 'soundingBoard')).toHaveLength(8)
    expect(bodies.filter((b) => b === 'steeringGroup')).toHaveLength(4)
    expect(stakeholders.map((s) => s.organisation)).toEqual(
      expect.arrayContaining(['Gemeente Heerlen', 'Burgerkracht Limburg', 'CIZOP', 'Adviesraad MO Heerlen']),
    )
  })

  it('has 28 participants across every category, a few of whom left', () => {
    const { participants } = buildHeerlenExample()
    expect(participants).toHaveLength(28)
    expect(countByCategory(participants)).toEqual({
      resident: 6,
      professional: 9,
      teacherResearcher: 3,
      student: 6,
      policyOfficer: 2,
      manager: 1,
      other: 1,
    })
    const left = participants.filter((p) => !p.active)
    expect(left.map((p) => p.id)).toEqual(['p-08', 'p-12', 'p-19', 'p-20'])
    for (const p of participants) {
      expect(p.active, p.id).toBe(p.leftOn === null)
      expect(p.joinedOn, p.id).toMatch(/^2018-/)
      if (p.leftOn) expect(p.leftOn > p.joinedOn!, p.id).toBe(true)
    }
    expect(participants.filter((p) => p.notes !== '').length).toBeGreaterThanOrEqual(5)
  })

  it('names the file as a project file', () => {
    expect(EXAMPLE_FILE_NAME.endsWith('.werkbank.json')).toBe(true)
  })
})

describe.each(projects())('example data %s', (_name, project) => {
  it('uses unique, fixed ids', () => {
    const ids = [
      project.community.id,
      ...project.stakeholders.map((s) => s.id),
      ...project.participants.map((p) => p.id),
      ...project.profile.categoryEngagement.map((r) => r.id),
    ]
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('uses only clearly fake contact details', () => {
    for (const p of project.participants) {
      if (p.email) expect(p.email, p.id).toMatch(/^[a-z.]+@voorbeeld\.nl$/)
      if (p.phone) expect(p.phone, p.id).toMatch(/^06-12345\d{3}$/)
    }
  })

  it('never uses the name of a real person from the seeds', () => {
    const text = serializeProject(project)
    for (const name of REAL_NAMES_FROM_SEEDS) expect(text, name).not.toContain(name)
  })

  it('covers each category used with a valid category', () => {
    for (const p of project.participants) expect(participantCategories).toContain(p.category)
  })
})
