/** Shared stand-ins for the service tests: a temp folder per test, scripted dialogs, a movable clock. */
import { mkdir, mkdtemp, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { ErrorCode, OpenedProject } from '../../../shared/api'
import type { Result } from '../../../shared/result'
import type { Dialogs, ExternalShell } from '../../../electron/services/types'
import { type WerkbankService, createWerkbankService } from '../../../electron/services/werkbank-service'

const made: string[] = []
afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A fresh temp folder, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'werkbank-test-'))
  made.push(dir)
  return dir
}

export class ScriptedDialogs implements Dialogs {
  openAnswers: (string | null)[] = []
  saveAnswers: (string | null)[] = []
  suggestedNames: string[] = []
  async chooseOpenPath() {
    return this.openAnswers.shift() ?? null
  }
  async chooseSavePath(suggestedName: string) {
    this.suggestedNames.push(suggestedName)
    return this.saveAnswers.shift() ?? null
  }
  /** Exports share the save answers: the test queues the path the user picks. */
  async chooseExportPath({ suggestedName, extension }: { suggestedName: string; extension: string }) {
    this.suggestedNames.push(`${suggestedName}.${extension}`)
    return this.saveAnswers.shift() ?? null
  }
  /** Images for reports come from the open answers. */
  async chooseImagePath() {
    return this.openAnswers.shift() ?? null
  }
}

export class RecordingShell implements ExternalShell {
  opened: string[] = []
  async openExternal(url: string) {
    this.opened.push(url)
  }
}

export interface Harness {
  service: WerkbankService
  dataDir: string
  /** A folder for the user's own files (outside the data folder). */
  docs: string
  dialogs: ScriptedDialogs
  shell: RecordingShell
  clock: { now: Date; advance(ms: number): void }
  /** A new service instance on the same folders: "close and reopen the app". */
  restart(): WerkbankService
}

export async function harness(): Promise<Harness> {
  const root = await tempDir()
  const dataDir = join(root, 'data')
  const docs = join(root, 'Documenten')
  await Promise.all([mkdir(dataDir), mkdir(docs)])
  const dialogs = new ScriptedDialogs()
  const shell = new RecordingShell()
  const clock = {
    now: new Date('2025-03-10T09:00:00.000Z'),
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms)
    },
  }
  const make = () =>
    createWerkbankService({ dataDir, dialogs, shell, appVersion: '0.1.0-test', now: () => clock.now })
  const h: Harness = {
    service: make(),
    dataDir,
    docs,
    dialogs,
    shell,
    clock,
    restart() {
      h.service = make()
      return h.service
    },
  }
  return h
}

/** Unwrap a successful result, failing the test with the error otherwise. */
export function value<T>(result: Result<unknown, ErrorCode>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message} ${result.error.details ?? ''}`)
  return result.value as T
}

export function errorOf(result: Result<unknown, ErrorCode>): { code: ErrorCode; message: string; details?: string } {
  if (result.ok) throw new Error(`expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`)
  return result.error
}

export async function open(service: WerkbankService, path: string): Promise<OpenedProject> {
  return value<OpenedProject>(await service.invoke('project.open', { path }))
}

/** Bytes and modification time (nanoseconds) of a file: equal snapshots mean it was not written. */
export async function snapshot(path: string): Promise<{ bytes: string; mtimeNs: bigint; size: bigint }> {
  const info = await stat(path, { bigint: true })
  return { bytes: (await readFile(path)).toString('base64'), mtimeNs: info.mtimeNs, size: info.size }
}

/** Write a file and date its mtime back a day, so any later write shows in the mtime. */
export async function writeOld(path: string, content: string | Buffer): Promise<void> {
  await writeFile(path, content)
  const dayAgo = new Date(Date.now() - 24 * 3600 * 1000)
  await utimes(path, dayAgo, dayAgo)
}
