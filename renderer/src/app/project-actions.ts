/**
 * What the start screen, the menu and the shell do with project files. Each action
 * goes through the bridge and leaves either an open session or a visible error.
 */
import type { Cancelled, Language, NewCommunity, OpenedProject, Response } from '../../../shared/api'
import { call } from '../bridge/client'
import { switchLanguage } from '../i18n'
import { useAppStore } from './app-store'
import { confirmLeave } from './leave-guard'
import { useSessionStore } from './session-store'


async function refreshAppState(): Promise<void> {
  const state = await call('app.getState', {})
  if (state.ok) useAppStore.getState().setAppState(state.value)
}

function isCancelled(value: OpenedProject | Cancelled): value is Cancelled {
  return 'cancelled' in value
}

async function finishOpen(result: Response<'project.open'> | Response<'project.openWithDialog'>, path: string | null): Promise<boolean> {
  const app = useAppStore.getState()
  if (!result.ok) {
    app.setOpenError({ error: result.error, path: result.error.path ?? path })
    await refreshAppState()
    return false
  }
  if (isCancelled(result.value)) return false
  const current = useSessionStore.getState().session
  // Reopening the same file (e.g. "open the version on disk") must not close it behind our back.
  if (current && current.path !== result.value.path) void call('project.close', { path: current.path })
  useSessionStore.getState().load(result.value)
  app.setOpenError(null)
  app.setView('overview')
  await refreshAppState()
  return true
}

/** Opening another file replaces the open project: its pending changes are saved first (leave-guard). */
export const openWithDialog = async () => (await confirmLeave()) && finishOpen(await call('project.openWithDialog', {}), null)
export const openPath = async (path: string) => {
  const current = useSessionStore.getState().session
  if (current && current.path !== path && !(await confirmLeave())) return false
  return finishOpen(await call('project.open', { path }), path)
}
export const openExample = async () => finishOpen(await call('project.openExample', {}), null)

export async function createProject(community: NewCommunity): Promise<boolean> {
  return finishOpen(await call('project.create', { community }), null)
}

export async function saveAs(): Promise<boolean> {
  const session = useSessionStore.getState().session
  if (!session) return false
  const result = await call('project.saveAs', { document: { ...session.history.present } })
  if (!result.ok) {
    useSessionStore.getState().markFailed(result.error.code, result.error.message)
    return false
  }
  if (isCancelled(result.value)) return false
  if (result.value.path !== session.path) void call('project.close', { path: session.path })
  useSessionStore.getState().load(result.value)
  await refreshAppState()
  return true
}

/** After a conflict: the version on disk replaces the unsaved one, as the facilitator chose. */
export async function reloadFromDisk(): Promise<boolean> {
  const session = useSessionStore.getState().session
  if (!session) return false
  return finishOpen(await call('project.open', { path: session.path }), session.path)
}

/** Close the open project once its changes are on disk (or the facilitator chose to drop them). */
export async function closeProject(): Promise<boolean> {
  if (!(await confirmLeave())) return false
  const session = useSessionStore.getState().session
  if (session) await call('project.close', { path: session.path })
  useSessionStore.getState().close()
  await refreshAppState()
  return true
}

export async function removeRecent(path: string): Promise<void> {
  const result = await call('recent.remove', { path })
  if (result.ok) useAppStore.getState().setAppState(result.value)
}

export async function setLanguage(language: Language): Promise<void> {
  const result = await call('settings.setLanguage', { language })
  if (result.ok) useAppStore.getState().setAppState(result.value)
  await switchLanguage(language)
}

export { baseName as fileName } from '../ui/ErrorNotice'
export { refreshAppState }
