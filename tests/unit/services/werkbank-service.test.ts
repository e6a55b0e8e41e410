import { readFile, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type AppState, type OpenedProject, methods } from '../../../shared/api'
import { EXAMPLE_FILE_NAME } from '../../../shared/examples/heerlen'
import { ProjectFile, parseProjectText } from '../../../shared/model'
import { CATEGORY_LABELS } from '../../../electron/services/new-project'
import { createWerkbankService, handlers } from '../../../electron/services/werkbank-service'
import { type Harness, errorOf, harness, open, value } from './helpers'

const community = { name: 'Leergemeenschap Zuid / Oost: "test"', region: 'Heerlen' }

async function create(h: Harness, answer: string): Promise<OpenedProject> {
  h.dialogs.saveAnswers.push(answer)
  return value<OpenedProject>(await h.service.invoke('project.create', { community }))
}

describe('the handler table', () => {
  it('covers exactly the methods of the contract', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methods].sort())
  })

  it('is what the service exposes', async () => {
    const h = await harness()
    expect(h.service.handlers).toBe(handlers)
  })
})

describe('invoke', () => {
  it('rejects unknown methods, including names inherited from Object', async () => {
    const h = await harness()
    for (const method of ['project.delete', '__proto__', 'constructor', 'toString', '']) {
      const e = errorOf(await h.service.invoke(method, {}))
      expect(e.code).toBe('UNKNOWN_METHOD')
    }
  })

  it('rejects input that does not match the contract with a readable message', async () => {
    const h = await harness()
    const missing = errorOf(await h.service.invoke('project.open', {}))
    expect(missing.code).toBe('BAD_INPUT')
    expect(missing.message).toContain('project.open')
    expect(missing.message).toContain('path')
    expect(errorOf(await h.service.invoke('project.open', { path: 42 })).code).toBe('BAD_INPUT')
    expect(errorOf(await h.service.invoke('project.open', { path: '/x', extra: 1 })).code).toBe('BAD_INPUT')
    expect(errorOf(await h.service.invoke('app.getState', undefined)).code).toBe('BAD_INPUT')
    expect(errorOf(await h.service.invoke('settings.setLanguage', { language: 'de' })).code).toBe('BAD_INPUT')
    expect(errorOf(await h.service.invoke('project.create', { community: { name: '' } })).code).toBe('BAD_INPUT')
  })

  it('idle waits for every call in flight, including one whose dialog is still open', async () => {
    const h = await harness()
    let answer: (path: string | null) => void = () => {}
    h.dialogs.chooseOpenPath = () => new Promise((resolve) => (answer = resolve))
    const opening = h.service.invoke('project.openWithDialog', {})
    let idle = false
    const waiting = h.service.idle().then(() => (idle = true))
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(idle).toBe(false)
    answer(null)
    await waiting
    expect(idle).toBe(true)
    expect(value(await opening)).toEqual({ cancelled: true })
    await h.service.idle()
  })

  it('refuses relative paths', async () => {
    const h = await harness()
    const e = errorOf(await h.service.invoke('project.open', { path: 'relatief/pad.werkbank.json' }))
    expect(e.code).toBe('BAD_INPUT')
  })

  it('never throws: an exception in a dependency becomes an error result with a Dutch message', async () => {
    const h = await harness()
    h.dialogs.chooseSavePath = () => Promise.reject(new Error('dialog kapot'))
    h.dialogs.chooseOpenPath = () => Promise.reject(new Error('dialog kapot'))
    const write = errorOf(await h.service.invoke('project.create', { community }))
    expect(write.code).toBe('WRITE_FAILED')
    expect(write.message).toMatch(/opslaan/)
    expect(write.details).toContain('dialog kapot')
    const read = errorOf(await h.service.invoke('project.openWithDialog', {}))
    expect(read.code).toBe('READ_FAILED')
  })
})

describe('app state and settings', () => {
  it('starts in Dutch with no recent files and the app version', async () => {
    const h = await harness()
    expect(value<AppState>(await h.service.invoke('app.getState', {}))).toEqual({
      language: 'nl',
      recentFiles: [],
      version: '0.1.0-test',
    })
  })

  it('remembers the language across a restart', async () => {
    const h = await harness()
    const state = value<AppState>(await h.service.invoke('settings.setLanguage', { language: 'en' }))
    expect(state.language).toBe('en')
    expect(value<AppState>(await h.restart().invoke('app.getState', {})).language).toBe('en')
  })
})

describe('project.create', () => {
  it('returns cancelled when the dialog is cancelled, writing nothing', async () => {
    const h = await harness()
    h.dialogs.saveAnswers.push(null)
    expect(value(await h.service.invoke('project.create', { community }))).toEqual({ cancelled: true })
    expect(await readdir(h.docs)).toEqual([])
  })

  it('writes a new version-1 project with defaults, fresh ids and the category rows', async () => {
    const h = await harness()
    const opened = await create(h, join(h.docs, 'Zuid'))
    expect(h.dialogs.suggestedNames).toEqual(['Leergemeenschap Zuid - Oost- -test-.werkbank.json'])
    expect(opened.path).toBe(join(h.docs, 'Zuid.werkbank.json'))
    expect(opened.migratedFrom).toBeNull()
    const { project } = opened
    expect(project.schemaVersion).toBe(1)
    expect(project.createdAt).toBe('2025-03-10T10:00:00+01:00')
    expect(project.community).toMatchObject({ name: community.name, region: 'Heerlen', startDate: null, goal: '' })
    expect(project.community.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(project.profile.categoryEngagement.map((row) => row.label)).toEqual([...CATEGORY_LABELS])
    expect(project.profile.categoryEngagement.every((row) => row.engagement === null)).toBe(true)
    const ids = [project.community.id, ...project.profile.categoryEngagement.map((row) => row.id)]
    expect(new Set(ids).size).toBe(7)
    expect(project.participants).toEqual([])
    expect(project.settings.allowMultipleWorkGroups).toBe(true)

    const onDisk = await readFile(opened.path, 'utf8')
    const parsed = parseProjectText(onDisk)
    expect(parsed.ok && parsed.value.project).toEqual(project)
    expect(ProjectFile.parse(JSON.parse(onDisk))).toEqual(project)
    const again = await create(h, join(h.docs, 'Tweede.json'))
    expect(again.path).toBe(join(h.docs, 'Tweede.json'))
    expect(again.project.community.id).not.toBe(project.community.id)

    const state = value<AppState>(await h.service.invoke('app.getState', {}))
    expect(state.recentFiles.map((f) => f.path)).toEqual([again.path, opened.path])
    expect(state.recentFiles[0]).toMatchObject({ name: community.name, openedAt: '2025-03-10T10:00:00+01:00' })
  })
})

describe('opening', () => {
  it('project.openWithDialog: cancelled, or opens the chosen file', async () => {
    const h = await harness()
    expect(value(await h.service.invoke('project.openWithDialog', {}))).toEqual({ cancelled: true })
    const created = await create(h, join(h.docs, 'a.werkbank.json'))
    h.dialogs.openAnswers.push(created.path)
    const opened = value<OpenedProject>(await h.service.invoke('project.openWithDialog', {}))
    expect(opened).toEqual(created)
  })

  it('project.open returns the project, its revision and adds it to the recent files', async () => {
    const h = await harness()
    const created = await create(h, join(h.docs, 'a.werkbank.json'))
    const service = h.restart()
    const opened = await open(service, created.path)
    expect(opened.project).toEqual(created.project)
    expect(opened.revision).toBe(created.revision)
    expect(opened.revision).toMatch(/^[0-9a-f]{64}$/)
    const missing = errorOf(await service.invoke('project.open', { path: join(h.docs, 'weg.werkbank.json') }))
    expect(missing.code).toBe('NOT_FOUND')
    expect(missing.message).toBe('Dit bestand bestaat niet (meer).')
    expect(errorOf(await service.invoke('project.open', { path: h.docs })).code).toBe('READ_FAILED')
  })

  it('project.openExample copies the example once, then reopens the user’s edited copy', async () => {
    const h = await harness()
    const first = value<OpenedProject>(await h.service.invoke('project.openExample', {}))
    expect(first.path).toBe(join(h.dataDir, 'Voorbeelden', EXAMPLE_FILE_NAME))
    expect(first.project.format).toBe('werkbank')
    const edited = { ...first.project, community: { ...first.project.community, name: 'Mijn aangepaste voorbeeld' } }
    value(await h.service.invoke('project.save', { path: first.path, document: edited, baseRevision: first.revision }))
    const again = value<OpenedProject>(await h.restart().invoke('project.openExample', {}))
    expect(again.project.community.name).toBe('Mijn aangepaste voorbeeld')
  })
})

describe('project.saveAs', () => {
  it('asks for a place, writes there, and adds it to the recent files', async () => {
    const h = await harness()
    const created = await create(h, join(h.docs, 'a.werkbank.json'))
    h.dialogs.saveAnswers.push(null)
    expect(value(await h.service.invoke('project.saveAs', { document: created.project }))).toEqual({ cancelled: true })
    h.dialogs.saveAnswers.push(join(h.docs, 'kopie'))
    const copy = value<OpenedProject>(await h.service.invoke('project.saveAs', { document: created.project }))
    expect(copy.path).toBe(join(h.docs, 'kopie.werkbank.json'))
    expect(copy.project).toEqual(created.project)
    expect(await readFile(copy.path, 'utf8')).toBe(await readFile(created.path, 'utf8'))
    const state = value<AppState>(await h.service.invoke('app.getState', {}))
    expect(state.recentFiles[0]!.path).toBe(copy.path)
    // The copy is open: it can be saved straight away.
    value(await h.service.invoke('project.save', { path: copy.path, document: copy.project, baseRevision: copy.revision }))
  })

  it('refuses an invalid document before asking anything', async () => {
    const h = await harness()
    const e = errorOf(await h.service.invoke('project.saveAs', { document: { format: 'werkbank', schemaVersion: 1 } }))
    expect(e.code).toBe('INVALID')
    expect(h.dialogs.suggestedNames).toEqual([])
  })
})

describe('project.close', () => {
  it('forgets the file: saving it afterwards needs opening it again', async () => {
    const h = await harness()
    const created = await create(h, join(h.docs, 'a.werkbank.json'))
    value(await h.service.invoke('project.close', { path: created.path }))
    const input = { path: created.path, document: created.project, baseRevision: created.revision }
    expect(errorOf(await h.service.invoke('project.save', input)).code).toBe('FORBIDDEN')
    await open(h.service, created.path)
    value(await h.service.invoke('project.save', input))
  })
})

describe('recent files', () => {
  it('keeps the newest 10, newest first, without duplicates, and removes on request', async () => {
    const h = await harness()
    const paths: string[] = []
    for (let i = 0; i < 12; i++) {
      h.clock.advance(1000)
      paths.push((await create(h, join(h.docs, `p${i}.werkbank.json`))).path)
    }
    await open(h.service, paths[5]!)
    let state = value<AppState>(await h.service.invoke('app.getState', {}))
    expect(state.recentFiles.map((f) => f.path)).toEqual([paths[5], paths[11], paths[10], paths[9], paths[8], paths[7], paths[6], paths[4], paths[3], paths[2]])
    state = value<AppState>(await h.service.invoke('recent.remove', { path: paths[11]! }))
    expect(state.recentFiles.map((f) => f.path)).not.toContain(paths[11])
    expect(state.recentFiles).toHaveLength(9)
    const afterRestart = value<AppState>(await h.restart().invoke('app.getState', {}))
    expect(afterRestart.recentFiles).toEqual(state.recentFiles)
  })
})

describe('shell.openExternal', () => {
  it('opens http and https addresses', async () => {
    const h = await harness()
    value(await h.service.invoke('shell.openExternal', { url: 'https://www.example.org/pad?q=1' }))
    value(await h.service.invoke('shell.openExternal', { url: 'http://example.org' }))
    expect(h.shell.opened).toEqual(['https://www.example.org/pad?q=1', 'http://example.org/'])
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'mailto:a@b.nl', 'data:text/html,hoi', 'niet een url'])(
    'refuses %s',
    async (url) => {
      const h = await harness()
      expect(errorOf(await h.service.invoke('shell.openExternal', { url })).code).toBe('BAD_INPUT')
      expect(h.shell.opened).toEqual([])
    },
  )
})

describe('a service on a data folder that cannot be written', () => {
  it('reports WRITE_FAILED for settings instead of throwing', async () => {
    const h = await harness()
    const service = createWerkbankService({
      dataDir: join(h.docs, 'bestaat', 'niet', '\0'),
      dialogs: h.dialogs,
      shell: h.shell,
      appVersion: 'x',
    })
    const e = errorOf(await service.invoke('settings.setLanguage', { language: 'en' }))
    expect(e.code).toBe('WRITE_FAILED')
    expect((await stat(h.docs)).isDirectory()).toBe(true)
  })
})
