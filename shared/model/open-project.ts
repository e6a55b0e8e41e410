import { type Result, err, ok } from '../result'
import { migrations } from './migrations'
import { CURRENT_SCHEMA_VERSION, PROJECT_FORMAT, ProjectFile } from './project'

export type RefusalCode = 'NOT_JSON' | 'NOT_WERKBANK' | 'NEWER_VERSION' | 'INVALID'

export interface OpenedData {
  project: ProjectFile
  /** The schema version the file had on disk (lower than current when it was migrated). */
  fileSchemaVersion: number
}

/** Parse the text of a project file. Never throws; explains every refusal. */
export function parseProjectText(text: string): Result<OpenedData, RefusalCode> {
  let raw: unknown
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)
  } catch (error) {
    return err('NOT_JSON', 'Dit bestand is geen leesbaar JSON-bestand.', String(error))
  }
  return openProjectData(raw)
}

/** Check the format marker, migrate older versions, and validate against the schema. */
export function openProjectData(raw: unknown): Result<OpenedData, RefusalCode> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err('NOT_WERKBANK', 'Dit bestand is geen Werkbank-project.')
  }
  const candidate = raw as Record<string, unknown>
  if (candidate.format !== PROJECT_FORMAT) {
    return err('NOT_WERKBANK', 'Dit bestand is geen Werkbank-project.')
  }
  const version = candidate.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return err('INVALID', 'Het versienummer van dit project ontbreekt of klopt niet.', `schemaVersion: ${String(version)}`)
  }
  if (version > CURRENT_SCHEMA_VERSION) {
    return err(
      'NEWER_VERSION',
      'Dit project is gemaakt met een nieuwere versie van Werkbank.',
      `bestand: versie ${version}, deze app: versie ${CURRENT_SCHEMA_VERSION}`,
    )
  }
  let migrated: Record<string, unknown> = candidate
  for (let v = version; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = migrations[v]
    if (!step) return err('INVALID', `Geen migratie van versie ${v}.`)
    migrated = step(migrated)
  }
  const parsed = ProjectFile.safeParse(migrated)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? first.path.join('.') : ''
    return err('INVALID', 'Dit project is beschadigd of onvolledig.', `${where}: ${first?.message ?? ''}`)
  }
  return ok({ project: parsed.data, fileSchemaVersion: version })
}

/** The text written to disk: stable, readable, with a final newline. */
export function serializeProject(project: ProjectFile): string {
  return `${JSON.stringify(project, null, 2)}\n`
}
