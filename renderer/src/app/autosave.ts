/**
 * Saves the open project shortly after each change: 300 ms after typing pauses, and
 * never later than 800 ms after the first unsaved change, so every edit is on disk
 * within a second. One save runs at a time; changes made meanwhile are saved next.
 */
import { call } from '../bridge/client'
import { useSessionStore } from './session-store'

const QUIET_MS = 300
const MAX_WAIT_MS = 800

export function startAutosave(): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let firstPendingAt: number | null = null
  let saving = false

  const schedule = () => {
    const now = Date.now()
    firstPendingAt ??= now
    const wait = Math.max(0, Math.min(QUIET_MS, firstPendingAt + MAX_WAIT_MS - now))
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => void saveNow(), wait)
  }

  const saveNow = async (overwrite = false) => {
    timer = null
    const state = useSessionStore.getState()
    const session = state.session
    if (!session || saving) return
    if (session.version === session.savedVersion && !overwrite) return
    if (state.saveStatus.kind === 'conflict' && !overwrite) return
    saving = true
    firstPendingAt = null
    const version = session.version
    const path = session.path
    state.markSaving()
    const result = await call('project.save', {
      path,
      document: session.history.present as unknown as Record<string, unknown>,
      baseRevision: session.revision,
      overwrite,
    })
    saving = false
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

  saveNowRef = saveNow
  return () => {
    unsubscribe()
    if (timer) clearTimeout(timer)
    saveNowRef = null
  }
}

let saveNowRef: ((overwrite?: boolean) => Promise<void>) | null = null

/** Save immediately, e.g. after the user chose to overwrite another program's change. */
export function saveImmediately(options: { overwrite: boolean }): Promise<void> {
  return saveNowRef ? saveNowRef(options.overwrite) : Promise.resolve()
}
