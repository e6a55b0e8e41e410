/**
 * The project operations behind the bridge: open, create, save, save as, restore.
 * Every function returns a Result; the only writes to a project file are in writeProject.
 */
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { Cancelled, ErrorCode, OpenedProject, ParsedInput } from '../../shared/api'
import { EXAMPLE_FILE_NAME, buildHeerlenExample } from '../../shared/examples/heerlen'
import { type ProjectFile, parseProjectText, serializeProject } from '../../shared/model'
import { type Result, err, ok } from '../../shared/result'
import { createBackup, dateOfBackupId, isBackupDue, listBackups, readBackup } from './backups'
import { buildNewProject } from './new-project'
import { pathKey } from './paths'
import {
  checkDocument,
  loadProject,
  messages,
  readProjectText,
  revisionOf,
  suggestedFileName,
  withProjectExtension,
  writeProjectText,
} from './project-files'
import { type ServiceContext, sessionOf } from './service-context'
import { isoWithOffset } from './time'

type Outcome<T> = Promise<Result<T, ErrorCode>>

/** Put the file on top of the recent files. A settings file that cannot be written does not stop the project from opening. */
async function rememberRecent(ctx: ServiceContext, path: string, project: ProjectFile): Promise<void> {
  await ctx.settings
    .addRecent({ path, name: project.community.name, openedAt: isoWithOffset(ctx.now()) })
    .catch(() => undefined)
}

/** Open a file: read and check it, never write it. Refusals come back with their code and Dutch message. */
export async function openProject(ctx: ServiceContext, path: string): Outcome<OpenedProject> {
  const loaded = await loadProject(path)
  if (!loaded.ok) return { ok: false, error: { ...loaded.error, path } }
  const { project, revision, migratedFrom } = loaded.value
  const key = pathKey(path)
  ctx.sessions.set(key, { revision, written: ctx.sessions.get(key)?.written ?? false })
  await rememberRecent(ctx, path, project)
  return ok({ path, project, revision, migratedFrom })
}

/**
 * Replace the file's content with `text`. When the content on disk is a valid project, it is
 * backed up first if this is the session's first write or if the newest backup is older than
 * 5 minutes. With `forceBackup` (restoring; overwriting another program's change after the user
 * chose to) the content on disk is always backed up, valid or not: the user is discarding it.
 */
async function writeProject(
  ctx: ServiceContext,
  path: string,
  text: string,
  current: string | null,
  forceBackup: boolean,
): Promise<string> {
  const key = pathKey(path)
  const session = ctx.sessions.get(key)
  if (current !== null) {
    const now = ctx.now()
    const firstWrite = !session?.written
    const due = forceBackup || firstWrite || isBackupDue((await listBackups(ctx.deps.dataDir, path))[0], now, false)
    // Content this session read or wrote itself is known to be valid: no need to parse it again.
    const keep = () => forceBackup || revisionOf(current) === session?.revision || parseProjectText(current).ok
    if (due && keep()) {
      try {
        await createBackup(ctx.deps.dataDir, path, current, now)
      } catch {
        // A full or read-only data folder must not stop the user's work from being saved.
      }
    }
  }
  await writeProjectText(path, text)
  const revision = revisionOf(text)
  ctx.sessions.set(key, { revision, written: true })
  return revision
}

const writeFailed = (error: unknown) => err('WRITE_FAILED', messages.writeFailed, String(error))

/** Write a new file at a path the user chose in a dialog (new project, save as). */
async function writeChosenFile(ctx: ServiceContext, path: string, project: ProjectFile): Outcome<OpenedProject> {
  const current = await readProjectText(path)
  if (!current.ok) return current
  const text = serializeProject(project)
  try {
    const revision = await writeProject(ctx, path, text, current.value, false)
    await rememberRecent(ctx, path, project)
    return ok({ path, project, revision, migratedFrom: null })
  } catch (error) {
    return writeFailed(error)
  }
}

async function choosePath(ctx: ServiceContext, communityName: string): Promise<string | null> {
  const chosen = await ctx.deps.dialogs.chooseSavePath(suggestedFileName(communityName))
  return chosen === null ? null : resolve(withProjectExtension(chosen))
}

export async function createProject(
  ctx: ServiceContext,
  community: ParsedInput<'project.create'>['community'],
): Outcome<OpenedProject | Cancelled> {
  const path = await choosePath(ctx, community.name)
  if (path === null) return ok({ cancelled: true })
  const project = buildNewProject(community, ctx.now())
  return ctx.queue.run(pathKey(path), () => writeChosenFile(ctx, path, project))
}

export async function saveProjectAs(ctx: ServiceContext, document: unknown): Outcome<OpenedProject | Cancelled> {
  const checked = checkDocument(document)
  if (!checked.ok) return checked
  const project = checked.value
  const path = await choosePath(ctx, project.community.name)
  if (path === null) return ok({ cancelled: true })
  return ctx.queue.run(pathKey(path), () => writeChosenFile(ctx, path, project))
}

/** The example lives in the data folder; the first open copies it there, later opens reopen the user's copy. */
export async function openExample(ctx: ServiceContext): Outcome<OpenedProject> {
  const path = join(ctx.deps.dataDir, 'Voorbeelden', EXAMPLE_FILE_NAME)
  return ctx.queue.run(pathKey(path), async () => {
    const existing = await readProjectText(path)
    if (!existing.ok) return existing
    if (existing.value === null) {
      try {
        await mkdir(dirname(path), { recursive: true })
        await writeProjectText(path, serializeProject(buildHeerlenExample()))
      } catch (error) {
        return writeFailed(error)
      }
    }
    return openProject(ctx, path)
  })
}

/** Read the file as it is now and refuse when another program changed it since baseRevision. */
async function readForOverwrite(
  path: string,
  baseRevision: string,
  overwrite: boolean,
): Outcome<{ current: string | null; changedElsewhere: boolean }> {
  const current = await readProjectText(path)
  if (!current.ok) return current
  // A file that vanished is simply written again.
  const changedElsewhere = current.value !== null && revisionOf(current.value) !== baseRevision
  if (changedElsewhere && !overwrite) return err('CONFLICT', messages.conflict, path)
  return ok({ current: current.value, changedElsewhere })
}

export async function saveProject(
  ctx: ServiceContext,
  input: ParsedInput<'project.save'> & { path: string },
): Outcome<{ revision: string; savedAt: string }> {
  const checked = checkDocument(input.document)
  if (!checked.ok) return checked
  if (!sessionOf(ctx, input.path)) return err('FORBIDDEN', messages.notOpen, input.path)
  return ctx.queue.run(pathKey(input.path), async () => {
    const read = await readForOverwrite(input.path, input.baseRevision, input.overwrite)
    if (!read.ok) return read
    const { current, changedElsewhere } = read.value
    const text = serializeProject(checked.value)
    const savedAt = isoWithOffset(ctx.now())
    // Nothing changed: leave the file (and its modification time) alone.
    if (current === text) {
      const revision = revisionOf(text)
      ctx.sessions.set(pathKey(input.path), { revision, written: sessionOf(ctx, input.path)?.written ?? false })
      return ok({ revision, savedAt })
    }
    try {
      // Overwriting another program's change: keep that version in the backups, whatever the interval.
      const revision = await writeProject(ctx, input.path, text, current, changedElsewhere)
      return ok({ revision, savedAt })
    } catch (error) {
      return writeFailed(error)
    }
  })
}

export async function restoreBackup(
  ctx: ServiceContext,
  input: ParsedInput<'backups.restore'> & { path: string },
): Outcome<OpenedProject> {
  if (!dateOfBackupId(input.backupId)) return err('BAD_INPUT', 'Deze reservekopie bestaat niet.', input.backupId)
  if (!sessionOf(ctx, input.path)) return err('FORBIDDEN', messages.notOpen, input.path)
  return ctx.queue.run(pathKey(input.path), async () => {
    const read = await readForOverwrite(input.path, input.baseRevision, false)
    if (!read.ok) return read
    let backupText: string | null
    try {
      backupText = await readBackup(ctx.deps.dataDir, input.path, input.backupId)
    } catch (error) {
      return err('READ_FAILED', 'De reservekopie kon niet worden gelezen.', String(error))
    }
    if (backupText === null) return err('NOT_FOUND', 'Deze reservekopie bestaat niet (meer).', input.backupId)
    const parsed = parseProjectText(backupText)
    if (!parsed.ok) return parsed
    const { project, fileSchemaVersion } = parsed.value
    try {
      const revision = await writeProject(ctx, input.path, backupText, read.value.current, true)
      const migratedFrom = fileSchemaVersion < project.schemaVersion ? fileSchemaVersion : null
      return ok({ path: input.path, project, revision, migratedFrom })
    } catch (error) {
      return writeFailed(error)
    }
  })
}
