/**
 * The meeting schedule as an .ics file (kind `meetings.calendar`): the meetings named in
 * `options.meetingIds` (in that order), or every meeting when it is missing. Built by the pure
 * writer in shared/logic/ics.ts; this exporter only picks the meetings and the file name.
 */
import type { ErrorCode } from '../../../shared/api'
import { buildIcs } from '../../../shared/logic/ics'
import { compareMeetings } from '../../../shared/logic/meeting-series'
import type { Meeting, ProjectFile } from '../../../shared/model'
import { type Result, err, ok } from '../../../shared/result'
import type { ExportRequest, PreparedExport } from './registry'

function chosenMeetings(project: ProjectFile, options: Record<string, unknown>): Meeting[] | null {
  const ids = options.meetingIds
  if (ids === undefined) return [...project.meetings].sort(compareMeetings)
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) return null
  const byId = new Map(project.meetings.map((m) => [m.id, m]))
  return ids.map((id) => byId.get(id)).filter((m): m is Meeting => m !== undefined)
}

export function calendarExporter(project: ProjectFile, request: ExportRequest, now: () => Date = () => new Date()): Result<PreparedExport, ErrorCode> {
  const meetings = chosenMeetings(project, request.options)
  if (meetings === null) return err('BAD_INPUT', 'De lijst met bijeenkomsten voor de agenda klopt niet.')
  if (meetings.length === 0) return err('NOT_FOUND', 'Er zijn geen bijeenkomsten om te exporteren.')
  const name = project.community.name.trim()
  return ok({
    suggestedName: name ? `Bijeenkomsten ${name}` : 'Bijeenkomsten',
    extension: 'ics',
    build: async () => buildIcs(project, meetings, { now: now(), calendarName: name || 'Leergemeenschap' }),
  })
}
