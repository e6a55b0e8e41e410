/** What the agenda and minutes documents share: Dutch labels, look-ups and the meeting's details block. */
import type { AgendaItemKind, Meeting, ProjectFile } from '../../../../shared/model'
import { dutchDate, dutchLongDate } from '../dates'
import { sanitize } from '../text'

export const KIND_LABELS: Record<AgendaItemKind, string> = {
  inform: 'Informeren',
  discuss: 'Bespreken',
  decide: 'Besluiten',
  reflect: 'Reflecteren',
  workForm: 'Werkvorm',
}

export const ROLE_LABELS: Record<string, string> = {
  chair: 'Voorzitter',
  minutes: 'Notulist',
  timekeeper: 'Tijdbewaker',
  guestSpeaker: 'Gastspreker',
  host: 'Gastheer/gastvrouw',
}


/** Resolves a participant id to the name shown in a document (a hook for anonymised exports). */
export type PersonName = (participantId: string | null | undefined) => string

export function personNames(project: ProjectFile): PersonName {
  const names = new Map(project.participants.map((p) => [p.id, p.name]))
  return (id) => (id ? (names.get(id) ?? '') : '')
}

/** The meeting's own title, or a title from its kind ("Plenaire bijeenkomst", "Werkgroepbijeenkomst Preventie"). */
export function meetingTitle(project: ProjectFile, meeting: Meeting): string {
  const own = sanitize(meeting.title)
  if (own) return own
  if (meeting.kind === 'workGroup') {
    const group = project.workGroups.find((g) => g.id === meeting.workGroupId)
    return group ? `Werkgroepbijeenkomst ${sanitize(group.name)}` : 'Werkgroepbijeenkomst'
  }
  return meeting.kind === 'plenary' ? 'Plenaire bijeenkomst' : 'Bijeenkomst'
}

/** "woensdag 5 september 2018, 19:30–21:30" */
export const meetingWhen = (meeting: Meeting): string => `${dutchLongDate(meeting.date)}, ${meeting.startTime}–${meeting.endTime}`

/** "Buurthuis De Kissel, Kisselstraat 1, Heerlen" (name and address), or ''. */
export function meetingPlace(project: ProjectFile, meeting: Meeting): string {
  const location = project.locations.find((l) => l.id === meeting.locationId)
  if (!location) return ''
  return [sanitize(location.name), sanitize(location.address).replace(/\n+/g, ', ')].filter(Boolean).join(', ')
}

/** "Voorzitter: Anja Smeets" lines for the assigned roles, standard roles first. */
export function roleLines(meeting: Meeting, nameOf: PersonName): string[] {
  const order = Object.keys(ROLE_LABELS)
  const rank = (role: string) => (order.includes(role) ? order.indexOf(role) : order.length)
  return [...meeting.roles]
    .sort((a, b) => rank(a.role) - rank(b.role))
    .map((r) => ({ label: ROLE_LABELS[r.role] ?? sanitize(r.role), name: nameOf(r.participantId) }))
    .filter((r) => r.name !== '')
    .map((r) => `${r.label}: ${r.name}`)
}

/** The details both documents open with: date, time, place and roles (the minutes add attendance). */
export function meetingDetails(project: ProjectFile, meeting: Meeting, nameOf: PersonName): [label: string, value: string][] {
  return [
    ['Datum', dutchLongDate(meeting.date)],
    ['Tijd', `${meeting.startTime}–${meeting.endTime}`],
    ['Locatie', meetingPlace(project, meeting)],
    ['Rollen', roleLines(meeting, nameOf).join('\n')],
  ]
}

/** The file name suggested in the save dialog (without extension). */
export function suggestedMeetingFileName(prefix: string, project: ProjectFile, meeting: Meeting): string {
  return `${prefix} ${meetingTitle(project, meeting)} ${dutchDate(meeting.date)}`
}
