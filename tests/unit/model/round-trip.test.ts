import { describe, expect, it } from 'vitest'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { type ProjectFile, openProjectData, serializeProject } from '../../../shared/model'
import { readFixtureJson } from '../../fixtures/paths'
import { buildNetworkFixtures } from '../../fixtures/networks'

/** Open raw data, save it as text, read that text back: what a save-and-reopen does. */
function roundTrip(raw: unknown): unknown {
  const first = openProjectData(raw)
  if (!first.ok) throw new Error(`refused: ${JSON.stringify(first.error)}`)
  const second = openProjectData(JSON.parse(serializeProject(first.value.project)))
  if (!second.ok) throw new Error(`refused after saving: ${JSON.stringify(second.error)}`)
  return second.value.project
}

/** The value at a path inside parsed JSON, or undefined. */
function at(value: unknown, ...path: Array<string | number>): unknown {
  let current = value
  for (const step of path) {
    if (typeof current !== 'object' || current === null) return undefined
    current = (current as Record<string | number, unknown>)[step]
  }
  return current
}

describe('round-trip keeps unknown keys', () => {
  const input = (): unknown => readFixtureJson('unknown-keys.werkbank.json')

  it('returns exactly the input for the unknown-keys fixture', () => {
    expect(roundTrip(input())).toEqual(input())
  })

  it.each([
    ['top level', ['themeBoard']],
    ['top level (empty array)', ['meetings']],
    ['community', ['community', 'municipalityCode']],
    ['community (nested object)', ['community', 'meetingRhythm']],
    ['profile', ['profile', 'werkplaatsSociaalDomein']],
    ['profile (boolean)', ['profile', 'followUpResearch']],
    ['engagement row', ['profile', 'categoryEngagement', 0, 'toelichting']],
    ['stakeholder', ['stakeholders', 0, 'attendance']],
    ['participant', ['participants', 0, 'workGroupIds']],
    ['participant (nested object)', ['participants', 0, 'preferredContact']],
    ['settings', ['settings', 'meetingReminderDays']],
    ['phase observation', ['groupDevelopment', 'observations', 0, 'confidence']],
  ] as const)('keeps the unknown key in %s', (_where, path) => {
    const expected = at(input(), ...path)
    expect(expected).toBeDefined()
    expect(at(roundTrip(input()), ...path)).toEqual(expected)
  })

  it('survives several rounds', () => {
    let data: unknown = input()
    for (let i = 0; i < 3; i++) data = roundTrip(data)
    expect(data).toEqual(input())
  })

  it('writes the same bytes on every save', () => {
    const once = serializeProject(roundTrip(input()) as ProjectFile)
    const twice = serializeProject(roundTrip(JSON.parse(once)) as ProjectFile)
    expect(twice).toBe(once)
  })
})

describe('round-trip of the generated projects', () => {
  it.each<[string, ProjectFile]>([
    ['heerlen', buildHeerlenExample()],
    ...buildNetworkFixtures().map((n): [string, ProjectFile] => [n.fileName, n.project]),
  ])('%s is unchanged by open and save', (_name, project) => {
    expect(roundTrip(JSON.parse(serializeProject(project)))).toEqual(project)
  })
})
