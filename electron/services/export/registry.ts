/**
 * One exporter per export kind (shared/api.ts `exportKinds`). An exporter checks that what the
 * document is about exists (so the user is not asked for a path for nothing), suggests a file
 * name and builds the bytes. To add a document: add its kind to `exportKinds` and an entry here;
 * the dialog, writing and error handling are done once in ./export-document.ts.
 */
import type { ErrorCode, ExportKind } from '../../../shared/api'
import type { Meeting, ProjectFile } from '../../../shared/model'
import { type Result, err, ok } from '../../../shared/result'
import { calendarExporter } from './calendar'
import { buildMeetingAgenda } from './documents/meeting-agenda'
import { suggestedMeetingFileName } from './documents/meeting-common'
import { buildMeetingMinutes } from './documents/meeting-minutes'
import { planExporters } from './documents/report-exporters'
import { packDocument } from './pack'

export interface ExportRequest {
  meetingId?: string | undefined
  workGroupId?: string | undefined
  options: Record<string, unknown>
}

export interface PreparedExport {
  /** File name without extension. */
  suggestedName: string
  /** Without dot. */
  extension: string
  build(): Promise<Uint8Array | string>
}

export type Exporter = (project: ProjectFile, request: ExportRequest) => Result<PreparedExport, ErrorCode>

function findMeeting(project: ProjectFile, meetingId: string | undefined): Result<Meeting, ErrorCode> {
  const meeting = project.meetings.find((m) => m.id === meetingId)
  return meeting ? ok(meeting) : err('NOT_FOUND', 'Deze bijeenkomst bestaat niet (meer) in het project.', meetingId)
}

const meetingDocument =
  (prefix: string, build: typeof buildMeetingAgenda): Exporter =>
  (project, request) => {
    const found = findMeeting(project, request.meetingId)
    if (!found.ok) return found
    const meeting = found.value
    return ok({
      suggestedName: suggestedMeetingFileName(prefix, project, meeting),
      extension: 'docx',
      build: () => packDocument(build(project, meeting)),
    })
  }

export const exporters: { readonly [K in ExportKind]: Exporter } = {
  'meeting.agenda': meetingDocument('Uitnodiging', buildMeetingAgenda),
  'meeting.minutes': meetingDocument('Verslag', buildMeetingMinutes),
  ...planExporters,
  'meetings.calendar': (project, request) => calendarExporter(project, request),
}
