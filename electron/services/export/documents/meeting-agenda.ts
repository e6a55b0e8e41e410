/**
 * The invitation with the agenda (uitnodiging) of one meeting: when and where, the roles,
 * a table of the agenda items with start times, durations and owners, and each item's
 * preparation. Pure: project in, docx Document out.
 */
import type { Document, FileChild } from 'docx'
import type { Meeting, ProjectFile } from '../../../../shared/model'
import { agendaTiming } from '../../../../shared/logic/agenda-timing'
import { heading, note, paragraph, present } from '../blocks'
import { dutchDuration } from '../dates'
import { houseDocument } from '../house-style'
import { dataTable, detailsTable } from '../tables'
import { sanitize } from '../text'
import { KIND_LABELS, type PersonName, meetingDetails, meetingTitle, meetingWhen, personNames } from './meeting-common'

export interface MeetingDocumentOptions {
  /** How people are named; names from the participants list by default. */
  nameOf?: PersonName
}

/** The agenda table: nr, start time, subject (with its kind), duration, owner. */
export function agendaTable(meeting: Meeting, nameOf: PersonName): FileChild {
  const timing = agendaTiming(meeting.startTime, meeting.endTime, meeting.agenda)
  return dataTable({
    columns: [
      { header: 'Nr', weight: 5, alignRight: true },
      { header: 'Tijd', weight: 8 },
      { header: 'Onderwerp', weight: 41 },
      { header: 'Soort', weight: 13 },
      { header: 'Duur', weight: 10, alignRight: true },
      { header: 'Wie', weight: 23 },
    ],
    rows: meeting.agenda.map((item, index) => [
      String(index + 1),
      timing.items[index]?.startTime ?? '',
      { text: item.title, bold: true },
      KIND_LABELS[item.kind],
      dutchDuration(item.durationMinutes),
      nameOf(item.ownerId),
    ]),
  })
}

export function buildMeetingAgenda(project: ProjectFile, meeting: Meeting, options: MeetingDocumentOptions = {}): Document {
  const nameOf = options.nameOf ?? personNames(project)
  const title = meetingTitle(project, meeting)
  const timing = agendaTiming(meeting.startTime, meeting.endTime, meeting.agenda)
  const withPreparation = meeting.agenda.filter((item) => sanitize(item.preparation) !== '')

  const children = present<FileChild>([
    detailsTable(meetingDetails(project, meeting, nameOf)),
    meeting.status === 'cancelled' ? note('Deze bijeenkomst gaat niet door.') : null,
    heading('Agenda', 1),
    meeting.agenda.length === 0 ? note('Er staan nog geen agendapunten op de agenda.') : agendaTable(meeting, nameOf),
    meeting.agenda.length > 0 ? note(`Gepland einde ${timing.plannedEnd} (totaal ${dutchDuration(timing.totalMinutes)}).`) : null,
    ...(withPreparation.length > 0
      ? [
          heading('Voorbereiding', 1),
          ...withPreparation.flatMap((item) => present([heading(item.title, 2), paragraph(item.preparation)])),
        ]
      : []),
  ])
  return houseDocument({
    title: `Uitnodiging: ${title}`,
    subtitle: meetingWhen(meeting),
    meta: [sanitize(project.community.name)],
    children,
  })
}
