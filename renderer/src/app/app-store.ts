/** App-wide state that is not the project: language, recent files, current screen, start-screen error. */
import { create } from 'zustand'
import type { AppState, ExportKind, Language, RecentFile } from '../../../shared/api'
import type { ShownError } from '../ui/ErrorNotice'

export type View = 'overview' | 'profile' | 'participants' | 'interviews' | 'themes' | 'prioritise' | 'workGroups' | 'meetings' | 'actions' | 'phases' | 'plans' | 'evaluation'

interface AppStore {
  language: Language
  recentFiles: RecentFile[]
  version: string
  view: View
  /** A file that could not be opened, shown on the start screen. */
  openError: { error: ShownError; path: string | null } | null
  /** A one-off message in the shell, e.g. after restoring a backup. */
  flash: string | null
  /** Whether the start screen's "new learning community" form is open (also opened from the menu). */
  newCommunityOpen: boolean
  /** An export asked for from the Export menu (top bar or application menu), shown by the shell. */
  exportRequest: ExportRequest | null
  setAppState(state: AppState): void
  setView(view: View): void
  setOpenError(value: AppStore['openError']): void
  setFlash(message: string | null): void
  setNewCommunityOpen(open: boolean): void
  requestExport(request: ExportRequest | null): void
}

/** What to export; the group or meeting is asked for when missing. */
export interface ExportRequest {
  kind: ExportKind
  workGroupId?: string
}

export const useAppStore = create<AppStore>()((set) => ({
  language: 'nl',
  recentFiles: [],
  version: '',
  view: 'overview',
  openError: null,
  flash: null,
  newCommunityOpen: false,
  exportRequest: null,
  setAppState: (state) => set({ language: state.language, recentFiles: state.recentFiles, version: state.version }),
  setView: (view) => set({ view }),
  setOpenError: (openError) => set({ openError }),
  setFlash: (flash) => set({ flash }),
  setNewCommunityOpen: (newCommunityOpen) => set({ newCommunityOpen }),
  requestExport: (exportRequest) => set({ exportRequest }),
}))
