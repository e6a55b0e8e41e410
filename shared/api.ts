/**
 * The bridge contract: every operation between renderer and main, declared once.
 * The main process registers exactly these methods (electron/main/ipc.ts) and the
 * test service exposes the same table, so a method cannot exist on one side only.
 * Inputs are validated against these schemas on the main side; outputs are typed.
 */
import { z } from 'zod'
import { Community, Id, type ProjectFile } from './model'
import { methodNames, type MethodName } from './methods'
import type { Result } from './result'

export const languages = ['nl', 'en'] as const
export const Language = z.enum(languages)
export type Language = z.infer<typeof Language>

const FilePath = z.string().min(1).max(4096)
const Revision = z.string().min(1).max(200)
const Empty = z.object({}).strict()

/** The details asked when creating a learning community (everything but the id). */
export const NewCommunity = Community.omit({ id: true })
export type NewCommunity = z.input<typeof NewCommunity>

/** The project document as sent for saving: validated in full by the service. */
const ProjectDocument = z.record(z.string(), z.unknown())

/**
 * What can be exported through `export.document`. Each kind has one exporter in
 * electron/services/export/registry.ts (suggested file name, extension, builder).
 * Add a kind here and its exporter there; nothing else changes.
 */
export const exportKinds = ['meeting.agenda', 'meeting.minutes', 'meetings.calendar', 'plan.workGroup', 'plan.community', 'evaluation.report'] as const
export const ExportKind = z.enum(exportKinds)
export type ExportKind = z.infer<typeof ExportKind>

export const contract = {
  'app.getState': { input: Empty },
  'settings.setLanguage': { input: z.object({ language: Language }).strict() },
  /** Ask where to save (native dialog), then write a new project there. */
  'project.create': { input: z.object({ community: NewCommunity }).strict() },
  /** Ask which file to open (native dialog). */
  'project.openWithDialog': { input: Empty },
  /** Open a known path (the recent-files list). */
  'project.open': { input: z.object({ path: FilePath }).strict() },
  /** Copy the built-in example to the app's data folder (first time) and open it. */
  'project.openExample': { input: Empty },
  'project.save': {
    input: z
      .object({
        path: FilePath,
        document: ProjectDocument,
        /** The revision the renderer last loaded or saved; a different file on disk is a conflict. */
        baseRevision: Revision,
        /** Set after the user chose to overwrite another program's change. */
        overwrite: z.boolean().default(false),
      })
      .strict(),
  },
  /** Ask for a new place and write the current document there (Opslaan als…). */
  'project.saveAs': { input: z.object({ document: ProjectDocument }).strict() },
  'project.close': { input: z.object({ path: FilePath }).strict() },
  'backups.list': { input: z.object({ path: FilePath }).strict() },
  'backups.restore': {
    input: z.object({ path: FilePath, backupId: z.string().min(1).max(200), baseRevision: Revision }).strict(),
  },
  'recent.remove': { input: z.object({ path: FilePath }).strict() },
  'shell.openExternal': { input: z.object({ url: z.string().url().max(2000) }).strict() },
  /**
   * Export part of the open project as a file (Word document, calendar): ask where (native save
   * dialog with a suggested name; it asks before overwriting), build, write atomically. The
   * project itself is never written. `meetingId`/`workGroupId` say which meeting or group the
   * document is about, where the kind needs one; `options` are the kind's own (checked by its exporter).
   */
  'export.document': {
    input: z
      .object({
        kind: ExportKind,
        document: ProjectDocument,
        meetingId: Id.optional(),
        workGroupId: Id.optional(),
        options: z.record(z.string(), z.unknown()).default({}),
      })
      .strict(),
  },
  /** Ask for an image (native open dialog; PNG or JPEG) for a report's title page; the main side reads and checks it. */
  'export.chooseImage': { input: Empty },
} as const

export type Method = keyof typeof contract
/** The method names come from ./methods (import-free, for the preload); the check below keeps both lists equal. */
export const methods: Method[] = [...methodNames]
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
const _methodListsAgree: Same<Method, MethodName> = true
export type Input<M extends Method> = z.input<(typeof contract)[M]['input']>
export type ParsedInput<M extends Method> = z.output<(typeof contract)[M]['input']>

export interface RecentFile {
  path: string
  name: string
  openedAt: string
}

export interface AppState {
  language: Language
  recentFiles: RecentFile[]
  version: string
}

export interface OpenedProject {
  path: string
  project: ProjectFile
  /** A hash of the bytes on disk, used to detect changes by another program. */
  revision: string
  /** Set when the file was migrated from an older schema version on open. */
  migratedFrom: number | null
}

export interface Backup {
  id: string
  createdAt: string
  sizeBytes: number
}

export type Cancelled = { cancelled: true }

export interface Outputs {
  'app.getState': AppState
  'settings.setLanguage': AppState
  'project.create': OpenedProject | Cancelled
  'project.openWithDialog': OpenedProject | Cancelled
  'project.open': OpenedProject
  'project.openExample': OpenedProject
  'project.save': { revision: string; savedAt: string }
  'project.saveAs': OpenedProject | Cancelled
  'project.close': null
  'backups.list': Backup[]
  'backups.restore': OpenedProject
  'recent.remove': AppState
  'shell.openExternal': null
  'export.document': ExportedFile | Cancelled
  'export.chooseImage': ChosenImage | Cancelled
}

/** An image chosen for a report (checked: PNG or JPEG, at most 5 MB). */
export interface ChosenImage {
  path: string
  /** The file name, for showing. */
  name: string
  sizeBytes: number
  width: number
  height: number
  format: 'png' | 'jpg'
}

export interface ExportedFile {
  /** Where the export was written. */
  path: string
  sizeBytes: number
}

export type ErrorCode =
  | 'NOT_FOUND'
  | 'NOT_JSON'
  | 'NOT_WERKBANK'
  | 'NEWER_VERSION'
  | 'INVALID'
  | 'CONFLICT'
  | 'ALREADY_OPEN'
  | 'WRITE_FAILED'
  | 'READ_FAILED'
  | 'BAD_INPUT'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  /** The export's target is open in another program (Word) or not writable. */
  | 'FILE_LOCKED'
  /** The disk is full. */
  | 'DISK_FULL'
  /** The export's place cannot be used: its folder is gone or read-only, or a folder has the file's name. */
  | 'EXPORT_TARGET_UNAVAILABLE'
  /** Building or writing an export failed otherwise. */
  | 'EXPORT_FAILED'
  /** A chosen image is not a PNG or JPEG, or too large. */
  | 'BAD_IMAGE'

export type Response<M extends Method> = Result<Outputs[M], ErrorCode>

/** Events from main to renderer, through the single onEvent channel. */
export type BridgeEvent =
  | { type: 'menu.undo' }
  | { type: 'menu.redo' }
  | { type: 'menu.open' }
  | { type: 'menu.new' }
  | { type: 'menu.saveAs' }
  /** Bestand › Exporteren: open the export flow of this kind in the renderer (it asks which group or meeting). */
  | { type: 'menu.export'; kind: ExportKind }
  | { type: 'project.openRequested'; path: string }

/** What the preload exposes as window.werkbank, and nothing else. */
export interface WerkbankBridge {
  invoke(method: string, input: unknown): Promise<unknown>
  onEvent(listener: (event: BridgeEvent) => void): () => void
}

export const BRIDGE_CHANNEL = 'werkbank:invoke'
export { EVENT_CHANNEL } from './methods'
