import { describe, expect, it } from 'vitest'
import { buildHeerlenExample } from '../../../shared/examples/heerlen'
import { type RefusalCode, openProjectData, parseProjectText, serializeProject } from '../../../shared/model'
import { readFixtureText } from '../../fixtures/paths'

/** The refusal of a result, or a failed expectation when it opened. */
function refusal(result: ReturnType<typeof parseProjectText>) {
  expect(result.ok, 'het bestand had geweigerd moeten worden').toBe(false)
  if (result.ok) throw new Error('unreachable')
  return result.error
}

const MESSAGES: Record<RefusalCode, RegExp> = {
  NOT_JSON: /^Dit bestand is geen leesbaar JSON-bestand\.$/,
  NOT_WERKBANK: /^Dit bestand is geen Werkbank-project\.$/,
  NEWER_VERSION: /^Dit project is gemaakt met een nieuwere versie van Werkbank\.$/,
  INVALID: /^Dit project is beschadigd of onvolledig\.$/,
}

/** A valid v1 file as raw JSON, to break one thing at a time. */
const validRaw = (): Record<string, unknown> => JSON.parse(serializeProject(buildHeerlenExample()))

describe('refusals from the fixtures on disk', () => {
  it.each([
    ['refused/not-json.werkbank.json', 'NOT_JSON'],
    ['refused/foreign.json', 'NOT_WERKBANK'],
    ['refused/invalid.werkbank.json', 'INVALID'],
    ['refused/newer.werkbank.json', 'NEWER_VERSION'],
  ] as const)('%s → %s with a Dutch message', (file, code) => {
    const error = refusal(parseProjectText(readFixtureText(file)))
    expect(error.code).toBe(code)
    expect(error.message).toMatch(MESSAGES[code])
  })

  it('NOT_JSON keeps the parser error as details', () => {
    const error = refusal(parseProjectText(readFixtureText('refused/not-json.werkbank.json')))
    expect(error.details).toMatch(/SyntaxError/)
  })

  it('NEWER_VERSION names both versions in the details', () => {
    const error = refusal(parseProjectText(readFixtureText('refused/newer.werkbank.json')))
    expect(error.details).toBe('bestand: versie 2, deze app: versie 1')
  })

  it('INVALID points at the broken participant', () => {
    const error = refusal(parseProjectText(readFixtureText('refused/invalid.werkbank.json')))
    expect(error.details).toMatch(/^participants\.1\./)
  })
})

describe('parseProjectText', () => {
  it.each([
    ['an empty file', ''],
    ['only whitespace', '  \n'],
    ['plain text', 'Notulen bijeenkomst 3 oktober'],
    ['a trailing comma', '{"format":"werkbank","schemaVersion":1,}'],
  ])('refuses %s as NOT_JSON', (_what, text) => {
    expect(refusal(parseProjectText(text)).code).toBe('NOT_JSON')
  })

  it.each([
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"werkbank"'],
    ['an array', '[{"format":"werkbank","schemaVersion":1}]'],
    ['an object without format', '{"schemaVersion":1}'],
    ['another format', '{"format":"Werkbank","schemaVersion":1}'],
  ])('refuses %s as NOT_WERKBANK', (_what, text) => {
    const error = refusal(parseProjectText(text))
    expect(error.code).toBe('NOT_WERKBANK')
    expect(error.message).toMatch(MESSAGES.NOT_WERKBANK)
  })

  it.each([
    ['missing', undefined],
    ['a string', '1'],
    ['negative', -1],
    ['a fraction', 1.5],
  ])('refuses a schemaVersion that is %s as INVALID', (_what, schemaVersion) => {
    const raw = { ...validRaw(), schemaVersion }
    const error = refusal(openProjectData(raw))
    expect(error.code).toBe('INVALID')
    expect(error.message).toBe('Het versienummer van dit project ontbreekt of klopt niet.')
  })

  it('opens a file that starts with a byte order mark', () => {
    const text = `\uFEFF${serializeProject(buildHeerlenExample())}`
    const opened = parseProjectText(text)
    expect(opened.ok).toBe(true)
    if (opened.ok) expect(opened.value.project).toEqual(buildHeerlenExample())
  })

  it('opens a file with Windows line endings', () => {
    const opened = parseProjectText(serializeProject(buildHeerlenExample()).replace(/\n/g, '\r\n'))
    expect(opened.ok).toBe(true)
  })

  it('reports the version the file had on disk', () => {
    const opened = parseProjectText(serializeProject(buildHeerlenExample()))
    expect(opened.ok && opened.value.fileSchemaVersion).toBe(1)
  })

  it('fills defaults for a minimal v1 file', () => {
    const opened = openProjectData({
      format: 'werkbank',
      schemaVersion: 1,
      createdAt: '2019-01-10T09:00:00+01:00',
      community: { id: 'c', name: 'Nieuwe leergemeenschap' },
      profile: {},
    })
    expect(opened.ok).toBe(true)
    if (!opened.ok) return
    const { project } = opened.value
    expect(project.community.startDate).toBeNull()
    expect(project.profile.status).toBe('running')
    expect(project.participants).toEqual([])
    expect(project.settings).toEqual({ allowMultipleWorkGroups: true })
  })
})

describe('validation', () => {
  const withParticipant = (changes: Record<string, unknown>) => {
    const raw = validRaw()
    const participants = raw.participants as Record<string, unknown>[]
    participants[0] = { ...participants[0], ...changes }
    return raw
  }

  it.each(['2018-13-01', '2018-00-10', '2018-01-32', '2018-9-5', '05-09-2018', '5 september 2018', '2018-09-05T10:00:00', ''])(
    'refuses the invalid date %j',
    (joinedOn) => {
      const error = refusal(openProjectData(withParticipant({ joinedOn })))
      expect(error.code).toBe('INVALID')
      expect(error.details).toMatch(/^participants\.0\.joinedOn: /)
    },
  )

  it('refuses an invalid community date', () => {
    const raw = validRaw()
    raw.community = { ...(raw.community as object), endDate: '2019-12-32' }
    expect(refusal(openProjectData(raw)).details).toMatch(/^community\.endDate: /)
  })

  it('explains a badly shaped date in Dutch', () => {
    expect(refusal(openProjectData(withParticipant({ leftOn: '2019/03/01' }))).details).toBe(
      'participants.0.leftOn: Verwacht een datum als JJJJ-MM-DD',
    )
  })

  // Date.parse alone would roll 30 februari over to 2 maart; IsoDate must refuse such days.
  it.each(['2018-02-30', '2018-04-31', '2019-02-29'])('refuses the non-existent day %s', (joinedOn) => {
    expect(refusal(openProjectData(withParticipant({ joinedOn }))).code).toBe('INVALID')
  })

  it('accepts 29 februari in a leap year', () => {
    expect(openProjectData(withParticipant({ joinedOn: '2020-02-29' })).ok).toBe(true)
  })

  it.each([0, 6, -1, 2.5, '3'])('refuses engagement %j', (engagement) => {
    const raw = validRaw()
    const profile = raw.profile as { categoryEngagement: Record<string, unknown>[] }
    profile.categoryEngagement[0] = { ...profile.categoryEngagement[0], engagement }
    const error = refusal(openProjectData(raw))
    expect(error.code).toBe('INVALID')
    expect(error.details).toMatch(/^profile\.categoryEngagement\.0\.engagement: /)
  })

  it.each([1, 5, null])('accepts engagement %j', (engagement) => {
    const raw = validRaw()
    const profile = raw.profile as { categoryEngagement: Record<string, unknown>[] }
    profile.categoryEngagement[0] = { ...profile.categoryEngagement[0], engagement }
    expect(openProjectData(raw).ok).toBe(true)
  })

  it.each([
    ['an unknown category', { category: 'astronaut' }, 'participants.0.category'],
    ['an empty name', { name: '' }, 'participants.0.name'],
    ['a missing id', { id: undefined }, 'participants.0.id'],
    ['active as text', { active: 'ja' }, 'participants.0.active'],
  ])('refuses a participant with %s', (_what, changes, path) => {
    const error = refusal(openProjectData(withParticipant(changes)))
    expect(error.code).toBe('INVALID')
    expect(error.details?.startsWith(`${path}: `)).toBe(true)
  })

  it('refuses an unknown community status and stakeholder body', () => {
    const a = validRaw()
    a.profile = { ...(a.profile as object), status: 'paused' }
    expect(refusal(openProjectData(a)).details).toMatch(/^profile\.status: /)
    const b = validRaw()
    const stakeholders = b.stakeholders as Record<string, unknown>[]
    stakeholders[0] = { ...stakeholders[0], body: 'raad van toezicht' }
    expect(refusal(openProjectData(b)).details).toMatch(/^stakeholders\.0\.body: /)
  })
})

describe('serializeProject', () => {
  it('writes two-space indented JSON with a final newline', () => {
    const text = serializeProject(buildHeerlenExample())
    expect(text.endsWith('}\n')).toBe(true)
    expect(text.split('\n')[1]).toBe('  "format": "werkbank",')
  })
})
