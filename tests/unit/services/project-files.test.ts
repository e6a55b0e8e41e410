import { createHash } from 'node:crypto'
import { readFile, readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Backup, OpenedProject } from '../../../shared/api'
import { ProjectFile, serializeProject } from '../../../shared/model'
import { backupDirFor } from '../../../electron/services/backups'
import { meetingWork, themeWork } from '../../../shared/examples/helpers'
import { type Harness, errorOf, harness, open, snapshot, value, writeOld } from './helpers'

const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex')

async function created(h: Harness, name = 'Heerlen.werkbank.json'): Promise<OpenedProject> {
  h.dialogs.saveAnswers.push(join(h.docs, name))
  return value<OpenedProject>(await h.service.invoke('project.create', { community: { name: 'Heerlen' } }))
}

function withNote(project: ProjectFile, note: string): ProjectFile {
  return { ...project, profile: { ...project.profile, workingElements: note } }
}

async function save(h: Harness, path: string, document: unknown, baseRevision: string, overwrite = false) {
  return h.service.invoke('project.save', { path, document, baseRevision, overwrite })
}

const listBackups = async (h: Harness, path: string) => value<Backup[]>(await h.service.invoke('backups.list', { path }))

describe('files Werkbank refuses to open are never written', () => {
  // Parsed, so parts added later (plans, evaluation, group development…) get their defaults.
  const validV1 = (): ProjectFile & Record<string, unknown> => ProjectFile.parse({
    format: 'werkbank',
    schemaVersion: 1,
    createdAt: '2025-01-01T10:00:00+01:00',
    community: {
      id: 'c1', name: 'X', startDate: null, endDate: null, region: '', commissioner: '', facilitator: '',
      description: '', goal: '', centralQuestion: '',
    },
    profile: {
      initiator: '', status: 'running', statusNote: '', expectedResultsBefore: '', expectedResultsDuring: '',
      categoryEngagement: [], competences: '', processGuidance: '', contentGuidance: '', collaboration: '',
      opportunitiesAndChallenges: '', collaborationExperiences: '', method: '', tools: '', costs: '', fundedBy: '',
      evaluations: '', workingElements: '',
    },
    stakeholders: [],
    participants: [],
    settings: { allowMultipleWorkGroups: true },
    ...themeWork(),
    ...meetingWork(),
  })

  const cases: { name: string; code: string; message: RegExp; content: string }[] = [
    { name: 'not JSON', code: 'NOT_JSON', message: /geen leesbaar JSON/, content: '{"format": "werkbank", kapot' },
    { name: 'an empty file', code: 'NOT_JSON', message: /geen leesbaar JSON/, content: '' },
    { name: 'JSON but not Werkbank', code: 'NOT_WERKBANK', message: /geen Werkbank-project/, content: '{"name":"package","version":"1.0.0"}\n' },
    { name: 'a JSON array', code: 'NOT_WERKBANK', message: /geen Werkbank-project/, content: '[1,2,3]' },
    {
      name: 'invalid against the schema',
      code: 'INVALID',
      message: /beschadigd of onvolledig/,
      content: JSON.stringify({ ...validV1(), participants: [{ id: 'p1', name: '', category: 'alien' }] }),
    },
    {
      name: 'a newer version',
      code: 'NEWER_VERSION',
      message: /nieuwere versie van Werkbank/,
      content: JSON.stringify({ ...validV1(), schemaVersion: 7, futureThing: { a: 1 } }),
    },
  ]

  it.each(cases)('$name → $code, bytes and mtime unchanged by open and by attempted saves', async ({ code, message, content }) => {
    const h = await harness()
    const path = join(h.docs, 'bestand.werkbank.json')
    await writeOld(path, content)
    const before = await snapshot(path)

    const refused = errorOf(await h.service.invoke('project.open', { path }))
    expect(refused.code).toBe(code)
    expect(refused.message).toMatch(message)
    expect(await snapshot(path)).toEqual(before)

    // Saving to it is refused too, whatever the renderer claims: the file was never opened.
    const document = validV1()
    for (const overwrite of [false, true]) {
      const attempt = errorOf(await save(h, path, document, sha256(content), overwrite))
      expect(attempt.code).toBe('FORBIDDEN')
    }
    const restore = errorOf(
      await h.service.invoke('backups.restore', { path, backupId: '2025-01-01T00-00-00-000Z', baseRevision: sha256(content) }),
    )
    expect(restore.code).toBe('FORBIDDEN')
    expect(await snapshot(path)).toEqual(before)
    expect(await listBackups(h, path)).toEqual([])
    expect(await readdir(h.docs)).toEqual(['bestand.werkbank.json'])
    // Nor is it remembered as a recent file.
    const state = value<{ recentFiles: unknown[] }>(await h.service.invoke('app.getState', {}))
    expect(state.recentFiles).toEqual([])
  })

  it('a file replaced by a newer version after opening: saving is a conflict and leaves it alone', async () => {
    const h = await harness()
    const opened = await created(h)
    const newer = JSON.stringify({ ...validV1(), schemaVersion: 2 })
    await writeOld(opened.path, newer)
    const before = await snapshot(opened.path)
    expect(errorOf(await save(h, opened.path, withNote(opened.project, 'x'), opened.revision)).code).toBe('CONFLICT')
    expect(errorOf(await h.service.invoke('project.open', { path: opened.path })).code).toBe('NEWER_VERSION')
    expect(await snapshot(opened.path)).toEqual(before)
  })
})

describe('project.save', () => {
  it('writes the document and returns the new revision (sha256 of the bytes) and the time', async () => {
    const h = await harness()
    const opened = await created(h)
    h.clock.advance(60_000)
    const saved = value<{ revision: string; savedAt: string }>(
      await save(h, opened.path, withNote(opened.project, 'Vertrouwen'), opened.revision),
    )
    const bytes = await readFile(opened.path)
    expect(saved.revision).toBe(sha256(bytes))
    expect(saved.savedAt).toBe('2025-03-10T10:01:00+01:00')
    expect(JSON.parse(bytes.toString('utf8')).profile.workingElements).toBe('Vertrouwen')
    expect(bytes.toString('utf8')).toBe(serializeProject(withNote(opened.project, 'Vertrouwen')))
    expect((await readdir(h.docs)).filter((n) => n.endsWith('.tmp'))).toEqual([])
  })

  it('refuses an invalid document and writes nothing', async () => {
    const h = await harness()
    const opened = await created(h)
    await writeOld(opened.path, await readFile(opened.path))
    const before = await snapshot(opened.path)
    const broken = { ...opened.project, participants: [{ id: 'p', name: 'A', category: 'nope' }] }
    for (const document of [broken, { ...opened.project, schemaVersion: 0 }, { ...opened.project, schemaVersion: 2 }, { hallo: 1 }]) {
      const e = errorOf(await save(h, opened.path, document, opened.revision))
      expect(e.code).toBe('INVALID')
      expect(e.message).toMatch(/kan niet worden opgeslagen/)
    }
    expect(await snapshot(opened.path)).toEqual(before)
  })

  it('detects a change by another program: CONFLICT, nothing written; overwrite keeps theirs as a backup', async () => {
    const h = await harness()
    const opened = await created(h)
    const first = value<{ revision: string }>(await save(h, opened.path, withNote(opened.project, 'een'), opened.revision))
    const theirs = serializeProject(withNote(opened.project, 'van een collega'))
    await writeOld(opened.path, theirs)
    const before = await snapshot(opened.path)

    const conflict = errorOf(await save(h, opened.path, withNote(opened.project, 'twee'), first.revision))
    expect(conflict.code).toBe('CONFLICT')
    expect(conflict.message).toBe('Het bestand is door een ander programma gewijzigd sinds je het opende.')
    expect(await snapshot(opened.path)).toEqual(before)

    h.clock.advance(1000)
    const backupsBefore = await listBackups(h, opened.path)
    const forced = value<{ revision: string }>(await save(h, opened.path, withNote(opened.project, 'twee'), first.revision, true))
    expect(JSON.parse(await readFile(opened.path, 'utf8')).profile.workingElements).toBe('twee')
    const backups = await listBackups(h, opened.path)
    expect(backups).toHaveLength(backupsBefore.length + 1)
    const newest = await readFile(join(backupDirFor(h.dataDir, opened.path), `${backups[0]!.id}.werkbank.json`), 'utf8')
    expect(newest).toBe(theirs)
    // And the new revision is the base for the next save.
    value(await save(h, opened.path, withNote(opened.project, 'drie'), forced.revision))
  })

  it('two saves racing with the same base revision: the second is a conflict, not a lost update', async () => {
    const h = await harness()
    const opened = await created(h)
    const [a, b] = await Promise.all([
      save(h, opened.path, withNote(opened.project, 'a'), opened.revision),
      save(h, opened.path, withNote(opened.project, 'b'), opened.revision),
    ])
    expect(a.ok).toBe(true)
    expect(errorOf(b).code).toBe('CONFLICT')
    expect(JSON.parse(await readFile(opened.path, 'utf8')).profile.workingElements).toBe('a')
  })

  it('writes the file again when it vanished since opening', async () => {
    const h = await harness()
    const opened = await created(h)
    await rm(opened.path)
    value(await save(h, opened.path, withNote(opened.project, 'terug'), opened.revision))
    expect(JSON.parse(await readFile(opened.path, 'utf8')).profile.workingElements).toBe('terug')
  })

  it('leaves the file alone when nothing changed', async () => {
    const h = await harness()
    const opened = await created(h)
    await writeOld(opened.path, await readFile(opened.path))
    const before = await snapshot(opened.path)
    const saved = value<{ revision: string }>(await save(h, opened.path, opened.project, opened.revision))
    expect(saved.revision).toBe(opened.revision)
    expect(await snapshot(opened.path)).toEqual(before)
  })

  it('keeps keys it does not know, at the top level, in community, in a participant and deeper', async () => {
    const h = await harness()
    const opened = await created(h)
    const document = {
      ...opened.project,
      boardFromTheFuture: { columns: [{ id: 'k1', cards: ['a', 'b'] }] },
      community: { ...opened.project.community, logo: 'data:image/png;base64,AAAA' },
      profile: { ...opened.project.profile, categoryEngagement: [{ id: 'r', label: 'X', engagement: 3, weight: 0.5 }] },
      participants: [
        {
          id: 'p1', name: 'Anouk', category: 'resident', discipline: '', organisation: '', email: '', phone: '',
          joinedOn: null, leftOn: null, active: true, notes: '', pronouns: 'zij/haar', availability: { mon: true },
        },
      ],
      settings: { allowMultipleWorkGroups: false, theme: 'dark' },
    }
    value(await save(h, opened.path, document, opened.revision))
    const reread = await open(h.restart(), opened.path)
    const project = reread.project as unknown as Record<string, unknown> & typeof document
    expect(project.boardFromTheFuture).toEqual({ columns: [{ id: 'k1', cards: ['a', 'b'] }] })
    expect(project.community.logo).toBe('data:image/png;base64,AAAA')
    expect(project.profile.categoryEngagement[0]!.weight).toBe(0.5)
    expect(project.participants[0]!.pronouns).toBe('zij/haar')
    expect(project.participants[0]!.availability).toEqual({ mon: true })
    expect(project.settings.theme).toBe('dark')
    expect(JSON.parse(await readFile(opened.path, 'utf8'))).toEqual(document)
  })
})

describe('migration of a version-0 file', () => {
  const v0 = {
    format: 'werkbank',
    schemaVersion: 0,
    id: 'proto-1',
    name: 'Heerlen STAND-BY! (prototype)',
    period: { start: '2018-09-05', end: '2019-06-30' },
    participants: [
      { id: 'p1', name: 'Marieke', role: 'wijkverpleegkundige', organisation: 'Zuyderland' },
      { id: 'p2', name: 'Jan', role: 'Buurtbewoner', organisation: '' },
      { id: 'p3', name: 'Sanne', role: 'student social work', organisation: 'Zuyd' },
    ],
    prototypeNotes: 'blijft bewaard',
  }

  it('opens migrated without writing; the next save writes v1 and backs up the v0 bytes', async () => {
    const h = await harness()
    const path = join(h.docs, 'oud.werkbank.json')
    const v0Text = `${JSON.stringify(v0, null, 2)}\n`
    await writeOld(path, v0Text)
    const before = await snapshot(path)

    const opened = await open(h.service, path)
    expect(opened.migratedFrom).toBe(0)
    expect(opened.revision).toBe(sha256(v0Text))
    expect(opened.project.schemaVersion).toBe(1)
    expect(opened.project.community).toMatchObject({ id: 'proto-1', name: v0.name, startDate: '2018-09-05', endDate: '2019-06-30' })
    expect(opened.project.participants.map((p) => [p.name, p.category, p.discipline])).toEqual([
      ['Marieke', 'professional', 'wijkverpleegkundige'],
      ['Jan', 'resident', 'Buurtbewoner'],
      ['Sanne', 'student', 'student social work'],
    ])
    expect((opened.project as unknown as Record<string, unknown>).prototypeNotes).toBe('blijft bewaard')
    expect(await snapshot(path)).toEqual(before)
    expect(await listBackups(h, path)).toEqual([])

    value(await save(h, path, opened.project, opened.revision))
    const written = JSON.parse(await readFile(path, 'utf8'))
    expect(written.schemaVersion).toBe(1)
    expect(written.prototypeNotes).toBe('blijft bewaard')
    const [backup] = await listBackups(h, path)
    expect(await readFile(join(backupDirFor(h.dataDir, path), `${backup!.id}.werkbank.json`), 'utf8')).toBe(v0Text)
    expect((await open(h.restart(), path)).migratedFrom).toBeNull()
  })
})
