import { createHash } from 'node:crypto'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Backup, OpenedProject } from '../../../shared/api'
import type { ProjectFile } from '../../../shared/model'
import {
  BACKUP_INTERVAL_MS,
  MAX_BACKUPS,
  backupDirFor,
  backupIdFor,
  createBackup,
  dateOfBackupId,
  isBackupDue,
  listBackups,
  readBackup,
} from '../../../electron/services/backups'
import { type Harness, errorOf, harness, open, snapshot, tempDir, value, writeOld } from './helpers'

const MINUTE = 60_000

async function created(h: Harness): Promise<OpenedProject> {
  h.dialogs.saveAnswers.push(join(h.docs, 'Heerlen STAND-BY!.werkbank.json'))
  return value<OpenedProject>(await h.service.invoke('project.create', { community: { name: 'Heerlen' } }))
}

const version = (project: ProjectFile, n: number): ProjectFile => ({
  ...project,
  profile: { ...project.profile, workingElements: `versie ${n}` },
})

const backupText = (h: Harness, path: string, id: string) =>
  readFile(join(backupDirFor(h.dataDir, path), `${id}.werkbank.json`), 'utf8')

const noteOf = (text: string): string => JSON.parse(text).profile.workingElements

describe('backup folder and ids', () => {
  it('lives under <dataDir>/backups/<12 hex of sha1(path)>-<sanitised name>', () => {
    const path = '/home/anouk/Documenten/Heerlen STAND-BY!.werkbank.json'
    const dir = backupDirFor('/data', path)
    const hash = createHash('sha1').update(path).digest('hex').slice(0, 12)
    expect(dirname(dir)).toBe('/data/backups')
    expect(basename(dir)).toBe(`${hash}-Heerlen-STAND-BY`)
    expect(backupDirFor('/data', '/elders/Heerlen STAND-BY!.werkbank.json')).not.toBe(dir)
    expect(basename(backupDirFor('/data', '/x/../../etc/.werkbank.json'))).toMatch(/^[0-9a-f]{12}-project$/)
  })

  it('ids are timestamps; anything else (path traversal included) is not an id', () => {
    const date = new Date('2025-03-10T09:00:00.123Z')
    expect(backupIdFor(date)).toBe('2025-03-10T09-00-00-123Z')
    expect(dateOfBackupId('2025-03-10T09-00-00-123Z')).toEqual(date)
    for (const bad of ['../settings', '..', '2025-03-10T09-00-00-123Z/../../x', '2025-13-10T09-00-00-123Z', '2025-03-10T09-00-00-123Z.werkbank.json', '']) {
      expect(dateOfBackupId(bad)).toBeNull()
    }
  })

  it('readBackup refuses ids that would leave the folder', async () => {
    const dataDir = await tempDir()
    const project = join(dataDir, 'p.werkbank.json')
    await writeFile(join(dataDir, 'settings.json'), '{"secret":true}')
    expect(await readBackup(dataDir, project, '../../settings')).toBeNull()
    expect(await readBackup(dataDir, project, '2025-03-10T09-00-00-123Z')).toBeNull()
  })

  it('is due on the first write of a session, with no backup yet, or after 5 minutes', () => {
    const now = new Date('2025-03-10T09:00:00.000Z')
    const at = (ms: number): Backup => ({ id: backupIdFor(new Date(now.getTime() - ms)), createdAt: '', sizeBytes: 1 })
    expect(isBackupDue(at(1000), now, true)).toBe(true)
    expect(isBackupDue(undefined, now, false)).toBe(true)
    expect(isBackupDue(at(1000), now, false)).toBe(false)
    expect(isBackupDue(at(BACKUP_INTERVAL_MS - 1), now, false)).toBe(false)
    expect(isBackupDue(at(BACKUP_INTERVAL_MS), now, false)).toBe(true)
    expect(isBackupDue(at(-MINUTE), now, false)).toBe(true)
  })

  it('two backups in the same millisecond both survive', async () => {
    const dataDir = await tempDir()
    const project = join(dataDir, 'p.werkbank.json')
    const now = new Date('2025-03-10T09:00:00.000Z')
    const a = await createBackup(dataDir, project, 'a', now)
    const b = await createBackup(dataDir, project, 'b', now)
    expect(a.id).not.toBe(b.id)
    expect((await listBackups(dataDir, project)).map((x) => x.id)).toEqual([b.id, a.id])
  })
})

describe('rolling backups through project.save', () => {
  it('backs up on the first write, then at most every 5 minutes, keeping the newest 10', async () => {
    const h = await harness()
    const opened = await created(h)
    let revision = opened.revision
    const saveVersion = async (n: number) => {
      const r = await h.service.invoke('project.save', { path: opened.path, document: version(opened.project, n), baseRevision: revision })
      revision = value<{ revision: string }>(r).revision
    }
    // project.create wrote a new file: nothing to back up yet.
    expect(await listBackups(h.dataDir, opened.path)).toEqual([])
    // The first save of the session backs up the created file; autosaves a second apart do not.
    await saveVersion(1)
    for (let n = 2; n <= 10; n++) {
      h.clock.advance(1000)
      await saveVersion(n)
    }
    let backups = value<Backup[]>(await h.service.invoke('backups.list', { path: opened.path }))
    expect(backups).toHaveLength(1)
    expect(noteOf(await backupText(h, opened.path, backups[0]!.id))).toBe('')
    expect(backups[0]!.createdAt).toBe('2025-03-10T10:00:00+01:00')
    expect(backups[0]!.sizeBytes).toBe(Buffer.byteLength(await backupText(h, opened.path, backups[0]!.id)))

    // Five minutes after the newest backup, the next save backs up the version it replaces.
    h.clock.advance(5 * MINUTE)
    await saveVersion(11)
    backups = value<Backup[]>(await h.service.invoke('backups.list', { path: opened.path }))
    expect(backups).toHaveLength(2)
    expect(noteOf(await backupText(h, opened.path, backups[0]!.id))).toBe('versie 10')

    // Many more: only the newest 10 stay, newest first.
    for (let n = 12; n <= 30; n++) {
      h.clock.advance(6 * MINUTE)
      await saveVersion(n)
    }
    backups = value<Backup[]>(await h.service.invoke('backups.list', { path: opened.path }))
    expect(backups).toHaveLength(MAX_BACKUPS)
    expect(await Promise.all(backups.map(async (b) => noteOf(await backupText(h, opened.path, b.id))))).toEqual(
      [29, 28, 27, 26, 25, 24, 23, 22, 21, 20].map((n) => `versie ${n}`),
    )
    const times = backups.map((b) => Date.parse(b.createdAt))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(await readdir(backupDirFor(h.dataDir, opened.path))).toHaveLength(MAX_BACKUPS)
  })

  it('a new session (app restarted) backs up on its first write even within 5 minutes', async () => {
    const h = await harness()
    const opened = await created(h)
    value(await h.service.invoke('project.save', { path: opened.path, document: version(opened.project, 1), baseRevision: opened.revision }))
    h.clock.advance(MINUTE)
    const service = h.restart()
    const reopened = await open(service, opened.path)
    value(await service.invoke('project.save', { path: opened.path, document: version(opened.project, 2), baseRevision: reopened.revision }))
    h.clock.advance(1000)
    const list = value<Backup[]>(await service.invoke('backups.list', { path: opened.path }))
    expect(list).toHaveLength(2)
    expect(noteOf(await backupText(h, opened.path, list[0]!.id))).toBe('versie 1')
  })

  it('saving over an existing file (dialog confirmed) backs it up only when it is a valid project', async () => {
    const h = await harness()
    const opened = await created(h)
    const other = join(h.docs, 'aantekeningen.json')
    await writeFile(other, '{"boodschappen":["melk"]}')
    h.dialogs.saveAnswers.push(other, opened.path)
    const document = version(opened.project, 9)
    value(await h.service.invoke('project.saveAs', { document }))
    expect(await listBackups(h.dataDir, other)).toEqual([])
    // The second Save as lands on the existing project from a fresh session: back it up.
    h.restart()
    value(await h.service.invoke('project.saveAs', { document }))
    const [backup] = await listBackups(h.dataDir, opened.path)
    expect(noteOf(await backupText(h, opened.path, backup!.id))).toBe('')
  })
})

describe('backups.restore', () => {
  async function withHistory(h: Harness) {
    const opened = await created(h)
    let revision = opened.revision
    for (let n = 1; n <= 3; n++) {
      h.clock.advance(10 * MINUTE)
      const r = await h.service.invoke('project.save', { path: opened.path, document: version(opened.project, n), baseRevision: revision })
      revision = value<{ revision: string }>(r).revision
    }
    // Backups now hold: '' (created), 'versie 1', 'versie 2'; the file holds 'versie 3'.
    return { opened, revision, backups: value<Backup[]>(await h.service.invoke('backups.list', { path: opened.path })) }
  }

  it('writes the backup as the current file, after backing up the current file regardless of the 5-minute rule', async () => {
    const h = await harness()
    const { opened, revision, backups } = await withHistory(h)
    expect(backups).toHaveLength(3)
    const target = backups[2]! // the oldest: the file as created
    h.clock.advance(1000) // well within 5 minutes of the last backup
    const restored = value<OpenedProject>(
      await h.service.invoke('backups.restore', { path: opened.path, backupId: target.id, baseRevision: revision }),
    )
    const onDisk = await readFile(opened.path, 'utf8')
    expect(onDisk).toBe(await backupText(h, opened.path, target.id))
    expect(restored.revision).toBe(createHash('sha256').update(onDisk).digest('hex'))
    expect(restored.project.profile.workingElements).toBe('')
    expect(restored.migratedFrom).toBeNull()
    const after = value<Backup[]>(await h.service.invoke('backups.list', { path: opened.path }))
    expect(after).toHaveLength(4)
    expect(noteOf(await backupText(h, opened.path, after[0]!.id))).toBe('versie 3')
    // The restored revision is the base for the next save.
    value(await h.service.invoke('project.save', { path: opened.path, document: version(opened.project, 4), baseRevision: restored.revision }))
  })

  it('refuses when another program changed the file, and for unknown or malicious ids', async () => {
    const h = await harness()
    const { opened, revision, backups } = await withHistory(h)
    await writeOld(opened.path, `${await readFile(opened.path, 'utf8')} `)
    const before = await snapshot(opened.path)
    const conflict = errorOf(
      await h.service.invoke('backups.restore', { path: opened.path, backupId: backups[0]!.id, baseRevision: revision }),
    )
    expect(conflict.code).toBe('CONFLICT')
    const current = createHash('sha256').update(await readFile(opened.path)).digest('hex')
    for (const backupId of ['../../settings', '../../../Documenten/Heerlen STAND-BY!', `${backups[0]!.id}/..`]) {
      const e = errorOf(await h.service.invoke('backups.restore', { path: opened.path, backupId, baseRevision: current }))
      expect(e.code).toBe('BAD_INPUT')
    }
    const missing = errorOf(
      await h.service.invoke('backups.restore', { path: opened.path, backupId: '2001-01-01T00-00-00-000Z', baseRevision: current }),
    )
    expect(missing.code).toBe('NOT_FOUND')
    expect(await snapshot(opened.path)).toEqual(before)
    expect(value<Backup[]>(await h.service.invoke('backups.list', { path: opened.path }))).toEqual(backups)
  })

  it('backups.list of a file without backups is empty', async () => {
    const h = await harness()
    expect(value(await h.service.invoke('backups.list', { path: join(h.docs, 'nooit.werkbank.json') }))).toEqual([])
  })
})
