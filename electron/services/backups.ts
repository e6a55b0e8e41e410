/**
 * Rolling backups of earlier good versions of a project file, kept in the app's data folder:
 * `<dataDir>/backups/<sha1 of the absolute path, 12 hex>-<sanitised name>/<id>.werkbank.json`,
 * where the id is the UTC creation time, e.g. `2025-03-01T09-30-00-000Z`.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, readdir, stat, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { Backup } from '../../shared/api'
import { errorCode, writeFileDurable } from './durable-file'
import { pathKey } from './paths'
import { isoWithOffset } from './time'

export const MAX_BACKUPS = 10
/** Autosave runs every second: a new backup at most every 5 minutes (besides the first write of a session). */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000

const BACKUP_SUFFIX = '.werkbank.json'
const ID_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/

function sanitisedName(projectPath: string): string {
  const name = basename(projectPath).replace(/\.werkbank\.json$/i, '').replace(/\.json$/i, '')
  const safe = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return safe === '' ? 'project' : safe
}

export function backupDirFor(dataDir: string, projectPath: string): string {
  const hash = createHash('sha1').update(pathKey(projectPath)).digest('hex').slice(0, 12)
  return join(dataDir, 'backups', `${hash}-${sanitisedName(projectPath)}`)
}

export function backupIdFor(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** The creation time an id stands for, or null when `id` is not a backup id (e.g. `../settings`). */
export function dateOfBackupId(id: string): Date | null {
  const m = ID_PATTERN.exec(id)
  if (!m) return null
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z`)
  return Number.isNaN(date.getTime()) || backupIdFor(date) !== id ? null : date
}

/** The project's backups, newest first. */
export async function listBackups(dataDir: string, projectPath: string): Promise<Backup[]> {
  const dir = backupDirFor(dataDir, projectPath)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  const backups: Backup[] = []
  for (const name of names) {
    if (!name.endsWith(BACKUP_SUFFIX)) continue
    const id = name.slice(0, -BACKUP_SUFFIX.length)
    const date = dateOfBackupId(id)
    if (!date) continue
    try {
      const info = await stat(join(dir, name))
      backups.push({ id, createdAt: isoWithOffset(date), sizeBytes: info.size })
    } catch {
      // Pruned meanwhile.
    }
  }
  return backups.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
}

/** The text of one backup; null when there is no such backup. Ids are checked, so no path can escape the folder. */
export async function readBackup(dataDir: string, projectPath: string, id: string): Promise<string | null> {
  if (!dateOfBackupId(id)) return null
  try {
    return await readFile(join(backupDirFor(dataDir, projectPath), `${id}${BACKUP_SUFFIX}`), 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/** Is a new backup due before this write? */
export function isBackupDue(newest: Backup | undefined, now: Date, firstWriteOfSession: boolean): boolean {
  if (firstWriteOfSession || !newest) return true
  const newestDate = dateOfBackupId(newest.id)
  if (!newestDate) return true
  const age = now.getTime() - newestDate.getTime()
  // A newest backup "in the future" means the clock was turned back: make a fresh one.
  return age >= BACKUP_INTERVAL_MS || age < 0
}

/** Store `bytes` as a new backup and keep only the newest MAX_BACKUPS. */
export async function createBackup(
  dataDir: string,
  projectPath: string,
  bytes: string | Uint8Array,
  now: Date,
): Promise<Backup> {
  const dir = backupDirFor(dataDir, projectPath)
  await mkdir(dir, { recursive: true })
  const existing = new Set((await listBackups(dataDir, projectPath)).map((b) => b.id))
  // Two backups in the same millisecond (a restore right after a save): step to the next free millisecond.
  let time = now.getTime()
  while (existing.has(backupIdFor(new Date(time)))) time++
  const date = new Date(time)
  const id = backupIdFor(date)
  await writeFileDurable(join(dir, `${id}${BACKUP_SUFFIX}`), bytes)
  await pruneBackups(dataDir, projectPath)
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes, 'utf8') : bytes.byteLength
  return { id, createdAt: isoWithOffset(date), sizeBytes: size }
}

async function pruneBackups(dataDir: string, projectPath: string): Promise<void> {
  const dir = backupDirFor(dataDir, projectPath)
  for (const old of (await listBackups(dataDir, projectPath)).slice(MAX_BACKUPS)) {
    await unlink(join(dir, `${old.id}${BACKUP_SUFFIX}`)).catch(() => undefined)
  }
}
