/** The one call the report dialogs make to export: the open project as the document, with the kind's subject and options. */
import type { ExportKind, Response } from '../../../../shared/api'
import type { ProjectFile } from '../../../../shared/model'
import { call } from '../../bridge/client'

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
