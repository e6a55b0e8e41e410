/**
 * Saves the open project shortly after each change: 300 ms after typing pauses, and
 * never later than 800 ms after the first unsaved change, so every edit is on disk
 * within a second. One save runs at a time; changes made meanwhile are saved next.
 */
import { call } from '../bridge/client'
import { type OpenSession, useSessionStore } from './session-store'

const QUIET_MS = 300
const MAX_WAIT_MS = 800

export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let firstPendingAt: number | null = null
  let saving: Promise<void> | null = null

  const schedule = () => {
    const now = Date.now()
    firstPendingAt ??= now
    const wait = Math.max(0, Math.min(QUIET_MS, firstPendingAt + MAX_WAIT_MS - now))
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void saveNow(), wait)
  }

  const saveNow = async (overwrite = false): Promise<void> => {
    timer = null
    const state = useSessionStore.getState()
    const session = state.session
    if (!session || saving) return
    if (session.version === session.savedVersion && !overwrite) return
    if (state.saveStatus.kind === 'conflict' && !overwrite) return
    let finished = () => {}
    saving = new Promise((resolve) => (finished = resolve))
    try {
      await write(session, overwrite)
    } finally {
      saving = null
      finished()
    }
  }

  const write = async (session: OpenSession, overwrite: boolean) => {
    firstPendingAt = null
    const version = session.version
    const path = session.path
    useSessionStore.getState().markSaving()
    const result = await call('project.save', {
      path,
      // A shallow copy is a plain record, as the contract types the document (the service validates it in full).
      document: { ...session.history.present },
      baseRevision: session.revision,
      overwrite,
    })
    const after = useSessionStore.getState()
    if (after.session?.path !== path) return
    if (result.ok) {
      after.markSaved(version, result.value.revision, new Date())
      if (after.session.version !== version) schedule()
    } else if (result.error.code === 'CONFLICT') {
      after.markConflict()
    } else {
      after.markFailed(result.error.code, result.error.message)
    }
  }

  const unsubscribe = useSessionStore.subscribe((state, previous) => {
    const session = state.session
    if (!session) {
      if (timer) clearTimeout(timer)
      timer = null
      firstPendingAt = null
      return
    }
    if (session.version !== previous.session?.version && session.version !== session.savedVersion) {
      if (state.saveStatus.kind === 'saved' || state.saveStatus.kind === 'failed') state.markPending()
      schedule()
    }
  })

  /** Save what is pending now, after a save in flight; true when everything is on disk. */
  const flush = async (): Promise<boolean> => {
    if (timer) clearTimeout(timer)
    timer = null
    for (let attempt = 0; attempt < 3; attempt++) {
      if (saving) await saving
      const state = useSessionStore.getState()
      const session = state.session
      if (!session || session.version === session.savedVersion) return true
      if (state.saveStatus.kind === 'conflict') return false
      await saveNow()
      const after = useSessionStore.getState()
      if (after.saveStatus.kind === 'failed') return false
    }
    const session = useSessionStore.getState().session
    return !session || session.version === session.savedVersion
  }

  saveNowRef = saveNow
  flushRef = flush
  return () => {
    unsubscribe()
    if (timer) clearTimeout(timer)
    saveNowRef = null
    flushRef = null
  }
}

let saveNowRef: ((overwrite?: boolean) => Promise<void>) | null = null
let flushRef: (() => Promise<boolean>) | null = null

/**
 * Before the project is closed, replaced or the window goes: save what is still pending
 * (the autosave waits up to 800 ms) and wait for a save in flight. False when the changes
 * could not be saved (a failed write, a conflict): the caller asks before anything is dropped.
 */
export function flushPendingSave(): Promise<boolean> {
  return flushRef ? flushRef() : Promise.resolve(true)
}

/** Save immediately, e.g. after the user chose to overwrite another program's change. */
export function saveImmediately(options: { overwrite: boolean }): Promise<void> {
  return saveNowRef ? saveNowRef(options.overwrite) : Promise.resolve()
}
