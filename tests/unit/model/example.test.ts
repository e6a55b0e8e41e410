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
      ...project.interviews.map((i) => i.id),
      ...project.themes.map((t) => t.id),
      ...project.themes.flatMap((t) => t.learningQuestions.map((q) => q.id)),
      ...project.boardColumns.map((c) => c.id),
      ...project.workGroups.map((g) => g.id),
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

describe('buildHeerlenExample: interviews, themes, board, scores and work groups', () => {
  const example = buildHeerlenExample()
  const themeIds = new Set(example.themes.map((t) => t.id))
  const participantIds = new Set(example.participants.map((p) => p.id))

  it('has 22 interviews in September–October 2018 that gave 23 themes', () => {
    expect(example.interviews).toHaveLength(22)
    expect(example.themes).toHaveLength(23)
    for (const i of example.interviews) {
      expect(i.date, i.id).toMatch(/^2018-(09|10)-/)
      expect(i.notes, i.id).not.toBe('')
      // Either a participant by id, or an outsider described by role: never both, never neither.
      if (i.participantId) {
        expect(participantIds.has(i.participantId), i.id).toBe(true)
        expect(i.who, i.id).toBe('')
      } else expect(i.who, i.id).not.toBe('')
      for (const id of i.themeIds) expect(themeIds.has(id), `${i.id} → ${id}`).toBe(true)
    }
    const outsiders = example.interviews.filter((i) => i.participantId === null)
    expect(outsiders.length).toBeGreaterThan(0)
    expect(outsiders.length).toBeLessThan(example.interviews.length / 2)
    expect(outsiders.map((i) => i.who)).toContain('wijkagent Heerlerheide')
  })

  it('traces every theme to 1–5 interviews, and gives each 1–3 learning questions', () => {
    for (const t of example.themes) {
      const raisedBy = example.interviews.filter((i) => i.themeIds.includes(t.id))
      expect(raisedBy.length, t.id).toBeGreaterThanOrEqual(1)
      expect(raisedBy.length, t.id).toBeLessThanOrEqual(5)
      expect(t.learningQuestions.length, t.id).toBeGreaterThanOrEqual(1)
      expect(t.learningQuestions.length, t.id).toBeLessThanOrEqual(3)
    }
    expect(example.themes.some((t) => t.sources.includes('observatie SBT-overleg 18 oktober 2018'))).toBe(true)
  })

  it('puts every theme in exactly one column: the three from the seeds chosen, a few parked', () => {
    const placed = example.boardColumns.flatMap((c) => c.themeIds)
    expect([...placed].sort()).toEqual([...themeIds].sort())
    const byRole = (role: string) => example.boardColumns.find((c) => c.role === role)!.themeIds
    const title = (id: string) => example.themes.find((t) => t.id === id)!.title
    expect(byRole('chosen').map(title)).toEqual([
      'Erkenning en facilitering van burgerinitiatieven',
      'Functioneren van de sociale buurtteams (SBT\u2019s)',
      'Preventie en vroegsignalering',
    ])
    expect(byRole('parked').length).toBeGreaterThanOrEqual(2)
    expect(byRole('parked').length).toBeLessThanOrEqual(3)
    expect(byRole('candidate')).toHaveLength(23 - 3 - byRole('parked').length)
  })

  it('ranks the chosen themes 1–3 with the default weights, with a tie, gaps and a disagreement', () => {
    const { scores, weights } = example.prioritisation
    expect(weights).toEqual({ urgency: 1, feasibility: 1, changeability: 1, affinity: 1 })
    const criteria = ['urgency', 'feasibility', 'changeability', 'affinity'] as const
    const values = (themeId: string, c: (typeof criteria)[number]) =>
      scores.filter((s) => s.themeId === themeId).map((s) => s[c]).filter((v): v is number => v !== null)
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length
    const total = (themeId: string) => mean(criteria.map((c) => mean(values(themeId, c))))
    const ranked = example.themes.map((t) => t.id).sort((a, b) => total(b) - total(a))
    expect(ranked.slice(0, 3)).toEqual(example.boardColumns.find((c) => c.role === 'chosen')!.themeIds)

    for (const s of scores) {
      expect(themeIds.has(s.themeId)).toBe(true)
      expect(participantIds.has(s.participantId)).toBe(true)
    }
    expect(new Set(scores.map((s) => s.participantId)).size).toBe(20)
    expect(scores.some((s) => criteria.some((c) => s[c] === null))).toBe(true)
    // Some participants did not score some themes at all.
    expect(scores.length).toBeLessThan(20 * 23)
    // An exact tie among the lower themes.
    expect(total('t-12')).toBe(total('t-19'))
    expect(ranked.indexOf('t-12')).toBeGreaterThan(3)
    // On t-15 the group disagrees most about urgency.
    const spread = (v: number[]) => Math.sqrt(mean(v.map((x) => (x - mean(v)) ** 2)))
    const urgencySpreads = example.themes.map((t) => [t.id, spread(values(t.id, 'urgency'))] as const)
    const widest = [...urgencySpreads].sort((a, b) => b[1] - a[1])[0]!
    expect(widest[0]).toBe('t-15')
    expect(widest[1]).toBeGreaterThan(1.2)
  })

  it('forms one work group per chosen theme, each with a kartrekker, two active participants left out', () => {
    const chosen = example.boardColumns.find((c) => c.role === 'chosen')!.themeIds
    expect(example.workGroups.map((g) => g.themeId).sort()).toEqual([...chosen].sort())
    const members = example.workGroups.flatMap((g) => g.memberIds)
    expect(new Set(members).size).toBe(members.length) // allowMultipleWorkGroups is false
    for (const g of example.workGroups) {
      expect(g.name).toBe(example.themes.find((t) => t.id === g.themeId)!.title)
      expect(g.leadId && g.memberIds.includes(g.leadId), g.id).toBe(true)
    }
    const active = example.participants.filter((p) => p.active)
    for (const id of members) expect(active.some((p) => p.id === id), id).toBe(true)
    expect(active.filter((p) => !members.includes(p.id)).map((p) => p.id)).toEqual(['p-09', 'p-23'])
  })

  it('keeps each member\u2019s affinity for their own group\u2019s theme high', () => {
    for (const g of example.workGroups) {
      for (const id of g.memberIds) {
        const score = example.prioritisation.scores.find((s) => s.themeId === g.themeId && s.participantId === id)
        if (score) expect(score.affinity, `${g.id} ${id}`).toBeGreaterThanOrEqual(4)
      }
    }
  })
})
