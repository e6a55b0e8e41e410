import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AppState } from '../../../shared/api'
import { MAX_RECENT_FILES, createSettingsStore } from '../../../electron/services/settings-store'
import { harness, snapshot, tempDir, value, writeOld } from './helpers'

const recent = (n: number) => ({ path: `/docs/p${n}.werkbank.json`, name: `Project ${n}`, openedAt: `2025-03-10T10:00:0${n % 10}+01:00` })

describe('settings store', () => {
  it('starts with defaults and writes nothing until something changes', async () => {
    const dir = await tempDir()
    const store = createSettingsStore(dir)
    expect(await store.get()).toEqual({ language: 'nl', recentFiles: [] })
    await expect(readFile(join(dir, 'settings.json'))).rejects.toMatchObject({ code: 'ENOENT' })
    await store.setLanguage('en')
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toEqual({ language: 'en', recentFiles: [] })
  })

  it('keeps recent files newest first, without duplicates, at most 10', async () => {
    const store = createSettingsStore(await tempDir())
    for (let n = 0; n < 12; n++) await store.addRecent(recent(n))
    await store.addRecent({ ...recent(4), name: 'Hernoemd' })
    const { recentFiles } = await store.get()
    expect(recentFiles).toHaveLength(MAX_RECENT_FILES)
    expect(recentFiles.map((f) => f.name)).toEqual(['Hernoemd', 'Project 11', 'Project 10', 'Project 9', 'Project 8', 'Project 7', 'Project 6', 'Project 5', 'Project 3', 'Project 2'])
    await store.removeRecent(recent(11).path)
    expect((await store.get()).recentFiles.map((f) => f.path)).not.toContain(recent(11).path)
  })

  it('runs quick successive changes one after another without losing any', async () => {
    const dir = await tempDir()
    const store = createSettingsStore(dir)
    await Promise.all([store.addRecent(recent(1)), store.addRecent(recent(2)), store.setLanguage('en'), store.addRecent(recent(3))])
    const reread = await createSettingsStore(dir).get()
    expect(reread.language).toBe('en')
    expect(reread.recentFiles.map((f) => f.name)).toEqual(['Project 3', 'Project 2', 'Project 1'])
  })

  it.each([
    ['not JSON', '{"language": "en", '],
    ['an empty file', ''],
    ['JSON of the wrong shape', '[1, 2, 3]'],
    ['null', 'null'],
  ])('falls back to defaults for %s and leaves the file alone until a setting changes', async (_name, content) => {
    const h = await harness()
    const file = join(h.dataDir, 'settings.json')
    await writeOld(file, content)
    const before = await snapshot(file)
    const state = value<AppState>(await h.service.invoke('app.getState', {}))
    expect(state).toMatchObject({ language: 'nl', recentFiles: [] })
    value(await h.service.invoke('backups.list', { path: join(h.docs, 'x.werkbank.json') }))
    expect(await snapshot(file)).toEqual(before)
    value(await h.service.invoke('settings.setLanguage', { language: 'en' }))
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'en', recentFiles: [] })
  })

  it('repairs single bad fields and keeps settings it does not know', async () => {
    const dir = await tempDir()
    await writeFile(
      join(dir, 'settings.json'),
      JSON.stringify({ language: 'fr', recentFiles: 'kapot', zoom: 1.25, windowBounds: { width: 800 } }),
    )
    const store = createSettingsStore(dir)
    expect(await store.get()).toEqual({ language: 'nl', recentFiles: [], zoom: 1.25, windowBounds: { width: 800 } })
    await store.addRecent(recent(1))
    const written = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))
    expect(written.zoom).toBe(1.25)
    expect(written.recentFiles).toEqual([recent(1)])
  })

  it('an unreadable settings path (a directory) still gives defaults', async () => {
    const dir = await tempDir()
    await mkdir(join(dir, 'settings.json'))
    expect(await createSettingsStore(dir).get()).toEqual({ language: 'nl', recentFiles: [] })
  })
})
