import { useEffect } from 'react'
import { ExportKind } from '../../../shared/api'
import { onBridgeEvent } from '../bridge/client'
import { StartScreen } from '../features/start/StartScreen'
import { Shell } from './Shell'
import { startAutosave } from './autosave'
import { LeaveGuardDialog } from './LeaveGuardDialog'
import { guardWindowClose } from './leave-guard'
import { closeProject, openPath, openWithDialog, saveAs } from './project-actions'
import { useAppStore } from './app-store'
import { useSessionStore } from './session-store'

export function App() {
  const hasProject = useSessionStore((state) => state.session !== null)

  useEffect(() => startAutosave(), [])
  useEffect(() => guardWindowClose(), [])
  useEffect(
    () =>
      onBridgeEvent((event) => {
        const store = useSessionStore.getState()
        switch (event.type) {
          case 'menu.undo':
            store.undo()
            break
          case 'menu.redo':
            store.redo()
            break
          case 'menu.open':
            void openWithDialog()
            break
          case 'menu.new':
            void closeProject().then((closed) => closed && useAppStore.getState().setNewCommunityOpen(true))
            break
          case 'menu.saveAs':
            void saveAs()
            break
          case 'menu.export':
            // Only with a project open, and only kinds the contract knows (events are data from outside).
            if (store.session && ExportKind.safeParse(event.kind).success) useAppStore.getState().requestExport({ kind: event.kind })
            break
          case 'project.openRequested':
            void openPath(event.path)
            break
        }
      }),
    [],
  )

  return (
    <>
      {hasProject ? <Shell /> : <StartScreen />}
      <LeaveGuardDialog />
    </>
  )
}
