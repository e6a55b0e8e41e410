/** What every handler of the service shares: dependencies, settings and the state of open files. */
import { isAbsolute, resolve } from 'node:path'
import type { AppState, ErrorCode } from '../../shared/api'
import { type Result, err, ok } from '../../shared/result'
import { KeyedQueue } from './keyed-queue'
import { pathKey } from './paths'
import { type SettingsStore, createSettingsStore } from './settings-store'
import type { ServiceDeps } from './types'

/** One open file in this run of the app. */
export interface Session {
  /** The revision this service last read or wrote; that content is known to be a valid project. */
  revision: string
  /** Whether this session already wrote the file (the first write always makes a backup). */
  written: boolean
}

export interface ServiceContext {
  deps: ServiceDeps
  now(): Date
  settings: SettingsStore
  /** Open files by pathKey. Saving and restoring are only allowed for files opened in this run. */
  sessions: Map<string, Session>
  /** Operations on one file run one after another. */
  queue: KeyedQueue
}

export function createContext(deps: ServiceDeps): ServiceContext {
  return {
    deps,
    now: deps.now ?? (() => new Date()),
    settings: createSettingsStore(deps.dataDir),
    sessions: new Map(),
    queue: new KeyedQueue(),
  }
}

/** Paths from the renderer must be absolute: a relative path would depend on the main process's cwd. */
export function checkPath(path: string): Result<string, ErrorCode> {
  if (!isAbsolute(path) || path.includes('\0')) {
    return err('BAD_INPUT', 'Het pad van het bestand is ongeldig.', path)
  }
  return ok(resolve(path))
}

export async function appState(ctx: ServiceContext): Promise<AppState> {
  const { language, recentFiles } = await ctx.settings.get()
  return { language, recentFiles, version: ctx.deps.appVersion }
}

export function sessionOf(ctx: ServiceContext, path: string): Session | undefined {
  return ctx.sessions.get(pathKey(path))
}
