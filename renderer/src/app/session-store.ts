/**
 * The open project, its undo history and its save status. Screens read slices with
 * useProject(selector) and change the project only through edit(recipe).
 */
import { freeze, produce, type Draft } from 'immer'
import { create } from 'zustand'
import type { ErrorCode, OpenedProject } from '../../../shared/api'
import type { ProjectFile } from '../../../shared/model'
import { type History, record, redo, startHistory, undo } from './history'

export type SaveStatus =
  | { kind: 'saved'; at: Date | null }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'failed'; code: ErrorCode; message: string }
  | { kind: 'conflict' }

export interface OpenSession {
  path: string
  /** Revision of the bytes on disk that the last load or save produced. */
  revision: string
  migratedFrom: number | null
  history: History<ProjectFile>
  /** Bumped by every change to the project; the autosaver compares it with savedVersion. */
  version: number
  savedVersion: number
}

interface SessionState {
  session: OpenSession | null
  saveStatus: SaveStatus
  load(opened: OpenedProject): void
  close(): void
  edit(recipe: (draft: Draft<ProjectFile>) => void, options?: { mergeKey?: string }): void
  undo(): void
  redo(): void
  markPending(): void
  markSaving(): void
  markSaved(version: number, revision: string, at: Date): void
  markFailed(code: ErrorCode, message: string): void
  markConflict(): void
}

export const useSessionStore = create<SessionState>()((set, get) => ({
  session: null,
  saveStatus: { kind: 'saved', at: null },
  load: (opened) =>
    set({
      session: {
        path: opened.path,
        revision: opened.revision,
        migratedFrom: opened.migratedFrom,
        // Frozen now, as every edit leaves it: else the first edit of a large project freezes all of
        // it (thousands of scores) in the middle of a keystroke or a drop.
        history: startHistory(freeze(opened.project, true)),
        version: 0,
        savedVersion: 0,
      },
      saveStatus: { kind: 'saved', at: null },
    }),
  close: () => set({ session: null, saveStatus: { kind: 'saved', at: null } }),
  edit: (recipe, options) => {
    const session = get().session
    if (!session) return
    const next = produce(session.history.present, recipe)
    if (next === session.history.present) return
    set({
      session: {
        ...session,
        history: record(session.history, next, options?.mergeKey, Date.now()),
        version: session.version + 1,
      },
    })
  },
  undo: () => {
    const session = get().session
    if (!session || session.history.past.length === 0) return
    set({ session: { ...session, history: undo(session.history), version: session.version + 1 } })
  },
  redo: () => {
    const session = get().session
    if (!session || session.history.future.length === 0) return
    set({ session: { ...session, history: redo(session.history), version: session.version + 1 } })
  },
  markPending: () => set({ saveStatus: { kind: 'pending' } }),
  markSaving: () => set({ saveStatus: { kind: 'saving' } }),
  markSaved: (version, revision, at) => {
    const session = get().session
    if (!session) return
    const upToDate = version === session.version
    set({
      session: { ...session, revision, savedVersion: version },
      saveStatus: upToDate ? { kind: 'saved', at } : { kind: 'pending' },
    })
  },
  markFailed: (code, message) => set({ saveStatus: { kind: 'failed', code, message } }),
  markConflict: () => set({ saveStatus: { kind: 'conflict' } }),
}))

/**
 * The open project; only call inside screens shown while a project is open.
 * The selector must return a part of the project (a stable reference), never a new
 * object or array: derive with useMemo in the component instead, or React loops.
 */
export function useProject<T>(selector: (project: ProjectFile) => T): T {
  return useSessionStore((state) => {
    if (!state.session) throw new Error('Geen project geopend')
    return selector(state.session.history.present)
  })
}

export const useEdit = () => useSessionStore((state) => state.edit)

/**
 * The project as it is now, or null when none is open. For event handlers and edits: they read
 * the store when they run, so they never work on a copy from an earlier render.
 */
export const currentProject = (): ProjectFile | null => useSessionStore.getState().session?.history.present ?? null

export const canUndo = (state: SessionState) => (state.session?.history.past.length ?? 0) > 0
export const canRedo = (state: SessionState) => (state.session?.history.future.length ?? 0) > 0
