/**
 * Reading, checking and writing project files. Files go through lowdb's Low with the
 * durable adapter; reading uses the adapter directly, because Low.read() treats an empty
 * file like a missing one (it ignores falsy data) and an empty file must be refused as
 * "not JSON", not reported as "not found".
 */
import { createHash } from 'node:crypto'
import { Low } from 'lowdb'
import type { ErrorCode } from '../../shared/api'
import { CURRENT_SCHEMA_VERSION, type ProjectFile, openProjectData, parseProjectText } from '../../shared/model'
import { type Result, err, ok } from '../../shared/result'
import { DurableTextFile, errorCode } from './durable-file'

export const PROJECT_EXTENSION = '.werkbank.json'

export const messages = {
  notFound: 'Dit bestand bestaat niet (meer).',
  readFailed: 'Het bestand kon niet worden gelezen.',
  writeFailed: 'Het bestand kon niet worden opgeslagen.',
  conflict: 'Het bestand is door een ander programma gewijzigd sinds je het opende.',
  notOpen: 'Dit bestand is niet geopend in Werkbank. Open het eerst opnieuw.',
  invalidDocument: 'Het project kan niet worden opgeslagen, want het klopt niet.',
} as const

/** A revision is the sha256 of the file's bytes (the UTF-8 encoding of its text). */
export function revisionOf(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

/** The file's text, or null when it does not exist. Other errors surface as READ_FAILED. */
export async function readProjectText(path: string): Promise<Result<string | null, ErrorCode>> {
  try {
    return ok(await new DurableTextFile(path).read())
  } catch (error) {
    return err('READ_FAILED', messages.readFailed, `${errorCode(error) ?? ''} ${String(error)}`.trim())
  }
}

/** Write the text atomically and durably, through lowdb. */
export async function writeProjectText(path: string, text: string): Promise<void> {
  const db = new Low<string>(new DurableTextFile(path), text)
  await db.write()
}

export interface LoadedProject {
  project: ProjectFile
  text: string
  revision: string
  migratedFrom: number | null
}

/** Read and check a project file. Never writes, never throws. */
export async function loadProject(path: string): Promise<Result<LoadedProject, ErrorCode>> {
  const read = await readProjectText(path)
  if (!read.ok) return read
  if (read.value === null) return err('NOT_FOUND', messages.notFound, path)
  const text = read.value
  const parsed = parseProjectText(text)
  if (!parsed.ok) return parsed
  const { project, fileSchemaVersion } = parsed.value
  return ok({
    project,
    text,
    revision: revisionOf(text),
    migratedFrom: fileSchemaVersion < CURRENT_SCHEMA_VERSION ? fileSchemaVersion : null,
  })
}

/** A document sent for saving: a complete project of the current schema version. */
export function checkDocument(document: unknown): Result<ProjectFile, ErrorCode> {
  const opened = openProjectData(document)
  if (!opened.ok) {
    const { message, details } = opened.error
    return err('INVALID', messages.invalidDocument, details === undefined ? message : `${message} ${details}`)
  }
  if (opened.value.fileSchemaVersion !== CURRENT_SCHEMA_VERSION) {
    return err(
      'INVALID',
      messages.invalidDocument,
      `schemaVersion ${opened.value.fileSchemaVersion}, verwacht ${CURRENT_SCHEMA_VERSION}`,
    )
  }
  return ok(opened.value.project)
}

/** Project files end in `.werkbank.json`; a chosen path without `.json` gets it appended. */
export function withProjectExtension(path: string): string {
  return /\.json$/i.test(path) ? path : `${path}${PROJECT_EXTENSION}`
}

/** A file name for the save dialog: the community's name without characters file systems refuse. */
export function suggestedFileName(communityName: string): string {
  const safe = communityName
    // eslint-disable-next-line no-control-regex
    .replace(/[<>:"/\\|?*\u0000-\u001f]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .slice(0, 120)
    .trim()
  return `${safe === '' ? 'Leergemeenschap' : safe}${PROJECT_EXTENSION}`
}
