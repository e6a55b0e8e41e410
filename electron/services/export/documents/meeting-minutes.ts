/**
 * The minutes (verslag) of one meeting: who was there, the agenda with planned and actual
 * time, the notes and decisions per item, all decisions in one table, and the action table
 * (what, who, deadline, status). Pure: project in, docx Document out.
 */
import { ACTION_STATUS_LABELS } from '../../../../shared/logic/action-status'
import type { Document, FileChild } from 'docx'
import type { Action, AttendanceStatus, Meeting, ProjectFile } from '../../../../shared/model'
import { agendaTiming } from '../../../../shared/logic/agenda-timing'
import { bullet, heading, label, muted, note, paragraph, present } from '../blocks'
import { dutchDuration, dutchShortDate } from '../dates'
import { houseDocument } from '../house-style'
import { dataTable, detailsTable } from '../tables'
import { sanitize } from '../text'
import {
  KIND_LABELS,
  type PersonName,
  meetingDetails,
  meetingTitle,
  meetingWhen,
  personNames,
} from './meeting-common'
import type { MeetingDocumentOptions } from './meeting-agenda'

function attendanceNames(meeting: Meeting, status: AttendanceStatus, nameOf: PersonName): string {
  return meeting.attendance
    .filter((a) => a.status === status)
    .map((a) => nameOf(a.participantId))
    .filter((name) => name !== '')
    .sort((a, b) => a.localeCompare(b, 'nl'))
    .join(', ')
}

/** The actions of this meeting in agenda order (actions without an item last). */
export function meetingActions(project: ProjectFile, meeting: Meeting): Action[] {
  const order = new Map(meeting.agenda.map((item, index) => [item.id, index]))
  return project.actions
    .filter((action) => action.meetingId === meeting.id)
    .map((action, index) => ({ action, index, rank: order.get(action.agendaItemId ?? '') ?? meeting.agenda.length }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ action }) => action)
}

export function actionTable(actions: readonly Action[], nameOf: PersonName): FileChild {
  return dataTable({
    columns: [
      { header: 'Wat', weight: 50 },
      { header: 'Wie', weight: 20 },
      { header: 'Deadline', weight: 14 },
      { header: 'Status', weight: 16 },
    ],
    rows: actions.map((a) => [a.what, nameOf(a.ownerId), dutchShortDate(a.deadline), ACTION_STATUS_LABELS.nl[a.status]]),
  })
}

const actualText = (seconds: number | null): string => (seconds === null ? '' : dutchDuration(seconds / 60))

export function buildMeetingMinutes(project: ProjectFile, meeting: Meeting, options: MeetingDocumentOptions = {}): Document {
  const nameOf = options.nameOf ?? personNames(project)
  const title = meetingTitle(project, meeting)
  const timing = agendaTiming(meeting.startTime, meeting.endTime, meeting.agenda)
  const actions = meetingActions(project, meeting)
  const decisions = meeting.agenda.flatMap((item, index) =>
    item.decisions.filter((d) => sanitize(d.text) !== '').map((d) => ({ nr: index + 1, item: item.title, text: d.text })),
  )
  const chaired = meeting.agenda.some((item) => item.actualSeconds !== null)

  const agendaRows = meeting.agenda.map((item, index) => [
    String(index + 1),
    timing.items[index]?.startTime ?? '',
    { text: item.title, bold: true },
    dutchDuration(item.durationMinutes),
    ...(chaired ? [actualText(item.actualSeconds)] : []),
    nameOf(item.ownerId),
  ])
  const perItem = meeting.agenda.flatMap((item) => {
    const itemActions = actions.filter((a) => a.agendaItemId === item.id)
    const itemDecisions = item.decisions.filter((d) => sanitize(d.text) !== '')
    const empty = sanitize(item.notes) === '' && itemDecisions.length === 0 && itemActions.length === 0
    return present<FileChild>([
      heading(item.title, 2),
      muted([KIND_LABELS[item.kind], nameOf(item.ownerId)].filter(Boolean).join(' · ')),
      paragraph(item.notes),
      empty ? note('Geen aantekeningen.') : null,
      itemDecisions.length > 0 ? label('Besluiten') : null,
      ...itemDecisions.map((d) => bullet(d.text)),
      itemActions.length > 0 ? label('Acties') : null,
      ...itemActions.map((a) => bullet([a.what, nameOf(a.ownerId), dutchShortDate(a.deadline)].map(sanitize).filter(Boolean).join(' — '))),
    ])
  })

  const children = present<FileChild>([
    detailsTable([
      ...meetingDetails(project, meeting, nameOf),
      ['Aanwezig', attendanceNames(meeting, 'present', nameOf)],
      ['Afwezig met bericht', attendanceNames(meeting, 'excused', nameOf)],
      ['Afwezig', attendanceNames(meeting, 'absent', nameOf)],
    ]),
    heading('Agenda', 1),
    meeting.agenda.length === 0
      ? note('Deze bijeenkomst had geen agendapunten.')
      : dataTable({
          columns: [
            { header: 'Nr', weight: 5, alignRight: true },
            { header: 'Tijd', weight: 8 },
            { header: 'Onderwerp', weight: chaired ? 38 : 50 },
            { header: 'Gepland', weight: 12, alignRight: true },
            ...(chaired ? [{ header: 'Werkelijk', weight: 12, alignRight: true }] : []),
            { header: 'Wie', weight: 21 },
          ],
          rows: agendaRows,
        }),
    ...(meeting.agenda.length > 0 ? [heading('Verslag per agendapunt', 1), ...perItem] : []),
    heading('Besluiten', 1),
    decisions.length === 0
      ? note('Er zijn geen besluiten genomen.')
      : dataTable({
          columns: [
            { header: 'Nr', weight: 6, alignRight: true },
            { header: 'Agendapunt', weight: 30 },
            { header: 'Besluit', weight: 64 },
          ],
          rows: decisions.map((d) => [String(d.nr), d.item, d.text]),
        }),
    heading('Acties', 1),
    actions.length === 0 ? note('Er zijn geen acties afgesproken.') : actionTable(actions, nameOf),
  ])
  return houseDocument({
    title: `Verslag: ${title}`,
    subtitle: meetingWhen(meeting),
    meta: [sanitize(project.community.name)],
    tableOfContents: true,
    children,
  })
}
