/**
 * The one way the renderer exports a document: the open project as the document, with the kind's
 * subject and options; `useExport` adds the state every export button and dialog shows.
 */
import { useState } from 'react'
import type { ExportKind, Response } from '../../../../shared/api'
import type { ProjectFile } from '../../../../shared/model'
import { useSessionStore } from '../../app/session-store'
import { call } from '../../bridge/client'
import type { ShownError } from '../../ui/ErrorNotice'

export interface ExportCall {
  kind: ExportKind
  workGroupId?: string
  meetingId?: string
  options?: Record<string, unknown>
}

export function exportProject(project: ProjectFile, { kind, workGroupId, meetingId, options }: ExportCall): Promise<Response<'export.document'>> {
  return call('export.document', {
    kind,
    // A shallow copy is a plain record, as the contract types the document (the service validates it in full).
    document: { ...project },
    ...(workGroupId ? { workGroupId } : {}),
    ...(meetingId ? { meetingId } : {}),
    ...(options ? { options } : {}),
  })
}

/** Export the open project (one export at a time): busy while the save dialog is open, then the saved file's path or the error. */
export function useExport() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ShownError | null>(null)
  const [savedPath, setSavedPath] = useState<string | null>(null)
  const run = async (request: ExportCall) => {
    const project = useSessionStore.getState().session?.history.present
    if (!project || busy) return
    setBusy(true)
    setError(null)
    setSavedPath(null)
    const result = await exportProject(project, request)
    setBusy(false)
    if (!result.ok) setError(result.error)
    else if (!('cancelled' in result.value)) setSavedPath(result.value.path)
  }
  return { busy, error, setError, savedPath, run }
}
