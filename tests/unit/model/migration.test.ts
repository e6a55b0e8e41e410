import { describe, expect, it } from 'vitest'
import { ProjectFile, openProjectData, parseProjectText, serializeProject } from '../../../shared/model'
import { migrations } from '../../../shared/model/migrations'
import { readFixtureJson, readFixtureText } from '../../fixtures/paths'

const V0_FILE = 'v0/heerlen-prototype.werkbank.json'

function openV0() {
  const opened = parseProjectText(readFixtureText(V0_FILE))
  if (!opened.ok) throw new Error(`v0 fixture refused: ${JSON.stringify(opened.error)}`)
  return opened.value
}

describe('v0 → v1 migration', () => {
  it('opens the prototype file and reports it came from version 0', () => {
    const { project, fileSchemaVersion } = openV0()
    expect(fileSchemaVersion).toBe(0)
    expect(project.schemaVersion).toBe(1)
    expect(project.format).toBe('werkbank')
  })

  it('moves name and period into the community', () => {
    const { community } = openV0().project
    expect(community).toEqual({
      id: 'heerlen-prototype',
      name: 'Leergemeenschap Heerlen (prototype)',
      startDate: '2018-09-05',
      endDate: '2019-12-31',
      region: '',
      commissioner: '',
      facilitator: '',
      description: '',
      goal: '',
      centralQuestion: '',
    })
  })

  it('derives each category from the free-text role and keeps the role as discipline', () => {
    const { participants } = openV0().project
    expect(participants.map((p) => [p.id, p.category, p.discipline])).toEqual([
      ['v0-p-01', 'resident', 'Buurtbewoner Heerlerheide'],
      ['v0-p-02', 'resident', 'vrijwilliger'],
      ['v0-p-03', 'professional', 'wijkverpleegkundige'],
      ['v0-p-04', 'teacherResearcher', 'docent-onderzoeker'],
      ['v0-p-05', 'student', 'student ergotherapie'],
      ['v0-p-06', 'policyOfficer', 'beleidsmedewerker gemeente'],
      ['v0-p-07', 'manager', 'teamleider sociale buurtteams'],
      ['v0-p-08', 'other', ''],
    ])
    for (const p of participants) {
      expect(p).not.toHaveProperty('role')
      expect(p.active).toBe(true)
      expect(p.joinedOn).toBeNull()
    }
  })

  it('keeps the organisation and unknown keys of participants', () => {
    const { participants } = openV0().project
    expect(participants[1]!.organisation).toBe("Buurtcentrum 't Heitje")
    expect(participants[3]).toMatchObject({ kleur: '#2a7ab0' })
  })

  it('keeps an unknown top-level key and the creation time, and drops the v0 keys', () => {
    const project = openV0().project as Record<string, unknown>
    expect(project.notitiesVanCollega).toBe(
      'Prototypebestand van een collega. Deze notitie moet na het openen en opslaan bewaard blijven.',
    )
    expect(project.createdAt).toBe('2025-03-12T14:05:00+01:00')
    for (const key of ['period', 'name', 'id']) expect(project).not.toHaveProperty(key)
  })

  it('gives an empty profile with defaults, no stakeholders and default settings', () => {
    const { profile, stakeholders, settings } = openV0().project
    expect(profile.status).toBe('running')
    expect(profile.categoryEngagement).toEqual([])
    expect(stakeholders).toEqual([])
    expect(settings).toEqual({ allowMultipleWorkGroups: true })
  })

  it('produces a valid v1 project that survives save and reopen unchanged', () => {
    const { project } = openV0()
    expect(ProjectFile.safeParse(project).success).toBe(true)
    const reopened = openProjectData(JSON.parse(serializeProject(project)))
    expect(reopened.ok).toBe(true)
    if (reopened.ok) {
      expect(reopened.value.fileSchemaVersion).toBe(1)
      expect(reopened.value.project).toEqual(project)
    }
  })

  it('does not modify the raw input object', () => {
    const raw = readFixtureJson(V0_FILE)
    const copy = structuredClone(raw)
    openProjectData(raw)
    expect(raw).toEqual(copy)
  })

  it('handles a v0 file without period, createdAt or participants', () => {
    const opened = openProjectData({ format: 'werkbank', schemaVersion: 0, id: 'x', name: 'Kaal prototype' })
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const { project } = opened.value
    expect(project.community.startDate).toBeNull()
    expect(project.community.endDate).toBeNull()
    expect(project.participants).toEqual([])
    expect(project.createdAt).toBe('2025-01-01T00:00:00+01:00')
  })

  it('refuses a v0 file whose migrated result is invalid', () => {
    const opened = openProjectData({ format: 'werkbank', schemaVersion: 0, id: 'x', name: '' })
    expect(opened.ok).toBe(false)
    if (!opened.ok) {
      expect(opened.error.code).toBe('INVALID')
      expect(opened.error.details).toMatch(/^community\.name: /)
    }
  })

  it('has one migration step per older version', () => {
    expect(migrations).toHaveLength(1)
  })
})
