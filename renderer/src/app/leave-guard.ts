/**
 * Leaving the open project (closing it, opening or creating another, the window closing)
 * never drops changes silently: what the autosave still holds is saved first, and when
 * that fails the facilitator chooses (LeaveGuardDialog).
 */
import { create } from 'zustand'
import { flushPendingSave } from './autosave'
import { useSessionStore } from './session-store'

export type LeaveChoice = 'stay' | 'leave'

interface LeaveGuardState {
  /** The question on screen, with the reason the changes could not be saved. */
  asking: { reason: string | null; answer(choice: LeaveChoice): void } | null
}

export const useLeaveGuard = create<LeaveGuardState>()(() => ({ asking: null }))

const isDirty = () => {
  const session = useSessionStore.getState().session
  return session !== null && session.version !== session.savedVersion
}

/** True when the project may be left: everything is on disk, or the facilitator chose to leave anyway. */
export async function confirmLeave(): Promise<boolean> {
  if (await flushPendingSave()) return true
  const status = useSessionStore.getState().saveStatus
  const reason = status.kind === 'failed' ? status.message : null
  return new Promise<boolean>((resolve) => {
    useLeaveGuard.setState({
      asking: {
        reason,
        answer: (choice) => {
          useLeaveGuard.setState({ asking: null })
          resolve(choice === 'leave')
        },
      },
    })
  })
}

/** The window closing (or the app quitting) waits for the last save, and asks when it failed. */
export function guardWindowClose(): () => void {
  let allowed = false
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (allowed || !isDirty()) return
    event.preventDefault()
    // Chromium only honours the cancellation with a returnValue set.
    event.returnValue = ''
    void confirmLeave().then((leave) => {
      if (!leave) return
      allowed = true
      window.close()
    })
  }
  window.addEventListener('beforeunload', onBeforeUnload)
  return () => window.removeEventListener('beforeunload', onBeforeUnload)
}
