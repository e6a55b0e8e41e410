/**
 * Every change the Bijeenkomsten and Acties screens make to the project, as one hook. Each call
 * is one edit: autosaved within a second and one undo step (typing in one field merges by
 * mergeKey). The pure rules live in shared/logic (meeting-series, attendance, role-rotation).
 */
import type { Draft } from 'immer'
import { useMemo } from 'react'
import { detachFromMeeting } from '../../../../shared/logic/actions'
import { detachReflectionsFromMeeting } from '../../../../shared/logic/group-phases'
import { setAttendance as setAttendanceIn } from '../../../../shared/logic/attendance'
import { amsterdamIsoAt } from '../../../../shared/logic/meeting-time'
import type {
  Action,
  AgendaItem,
  AttendanceStatus,
  HolidayPeriod,
  Location,
  Meeting,
  MeetingSeries,
  ProjectFile,
  RoleAssignment,
} from '../../../../shared/model'
import { newId } from '../../app/new-id'
import { useEdit } from '../../app/session-store'
import { useMeetingEdit } from './edit-meeting'

type Patch<T> = Partial<Omit<T, 'id'>>

export function useMeetingEdits() {
  const edit = useEdit()
  const withMeeting = useMeetingEdit()
  return useMemo(() => {
    const withItem = (meetingId: string, itemId: string, change: (item: Draft<AgendaItem>) => void, mergeKey?: string) =>
      withMeeting(
        meetingId,
        (m) => {
          const item = m.agenda.find((i) => i.id === itemId)
          if (item) change(item)
        },
        mergeKey,
      )
    const withList = <K extends 'locations' | 'holidayPeriods'>(key: K, change: (list: Draft<ProjectFile>[K]) => void, mergeKey?: string) =>
      edit((project) => change(project[key]), mergeKey === undefined ? undefined : { mergeKey })

    return {
      addSeries(series: MeetingSeries, meetings: Meeting[]) {
        edit((project) => {
          project.meetingSeries.push(series)
          project.meetings.push(...meetings)
        })
      },
      addMeeting(meeting: Meeting) {
        edit((project) => {
          project.meetings.push(meeting)
        })
      },
      updateMeeting(id: string, patch: Patch<Meeting>, mergeKey?: string) {
        withMeeting(id, (m) => Object.assign(m, patch), mergeKey)
      },
      /** Removes the meeting; its actions and reflections stay, detached (one undo step). */
      removeMeeting(id: string) {
        withMeeting(id, (meeting, project) => {
          project.actions = detachFromMeeting(project.actions, meeting)
          project.groupDevelopment.reflections = detachReflectionsFromMeeting(project.groupDevelopment.reflections, id)
          project.meetings = project.meetings.filter((m) => m.id !== id)
        })
      },
      setRoles(id: string, roles: RoleAssignment[]) {
        withMeeting(id, (m) => {
          m.roles = roles
        })
      },
      setAttendance(id: string, participantId: string, status: AttendanceStatus | null) {
        withMeeting(id, (m) => {
          m.attendance = setAttendanceIn(m.attendance, participantId, status)
        })
      },
      setAllAttendance(id: string, participantIds: readonly string[], status: AttendanceStatus | null) {
        withMeeting(id, (m) => {
          m.attendance = status === null ? [] : participantIds.map((participantId) => ({ participantId, status }))
        })
      },
      updateItem(meetingId: string, itemId: string, patch: Patch<AgendaItem>, mergeKey?: string) {
        withItem(meetingId, itemId, (item) => Object.assign(item, patch), mergeKey)
      },
      addDecision(meetingId: string, itemId: string): string {
        const id = newId('dc-')
        withItem(meetingId, itemId, (item) => {
          item.decisions.push({ id, text: '' })
        })
        return id
      },
      updateDecision(meetingId: string, itemId: string, decisionId: string, text: string) {
        withItem(
          meetingId,
          itemId,
          (item) => {
            const decision = item.decisions.find((d) => d.id === decisionId)
            if (decision) decision.text = text
          },
          `decision:${decisionId}`,
        )
      },
      removeDecision(meetingId: string, itemId: string, decisionId: string) {
        withItem(meetingId, itemId, (item) => {
          item.decisions = item.decisions.filter((d) => d.id !== decisionId)
        })
      },
      addLocation(location: Location) {
        withList('locations', (list) => {
          list.push(location)
        })
      },
      updateLocation(id: string, patch: Patch<Location>, mergeKey?: string) {
        withList(
          'locations',
          (list) => {
            const found = list.find((l) => l.id === id)
            if (found) Object.assign(found, patch)
          },
          mergeKey,
        )
      },
      /** Removes the location; meetings and series that used it get no location (one undo step). */
      removeLocation(id: string) {
        edit((project) => {
          project.locations = project.locations.filter((l) => l.id !== id)
          for (const m of project.meetings) if (m.locationId === id) m.locationId = null
          for (const s of project.meetingSeries) if (s.locationId === id) s.locationId = null
        })
      },
      addHoliday(period: HolidayPeriod) {
        withList('holidayPeriods', (list) => {
          list.push(period)
        })
      },
      updateHoliday(id: string, patch: Patch<HolidayPeriod>, mergeKey?: string) {
        withList(
          'holidayPeriods',
          (list) => {
            const found = list.find((h) => h.id === id)
            if (found) Object.assign(found, patch)
          },
          mergeKey,
        )
      },
      removeHoliday(id: string) {
        withList('holidayPeriods', (list) => {
          const index = list.findIndex((h) => h.id === id)
          if (index >= 0) list.splice(index, 1)
        })
      },
      setWilling(participantId: string, role: string, willing: boolean) {
        edit((project) => {
          let entry = project.roleWillingness.find((w) => w.participantId === participantId)
          if (!entry) {
            project.roleWillingness.push({ participantId, roles: [] })
            entry = project.roleWillingness[project.roleWillingness.length - 1]!
          }
          entry.roles = willing ? [...entry.roles.filter((r) => r !== role), role] : entry.roles.filter((r) => r !== role)
        })
      },
      addAction(action: Action) {
        edit((project) => {
          project.actions.push(action)
        })
      },
      updateAction(id: string, patch: Patch<Action>, mergeKey?: string) {
        edit(
          (project) => {
            const found = project.actions.find((a) => a.id === id)
            if (found) Object.assign(found, patch)
          },
          mergeKey === undefined ? undefined : { mergeKey },
        )
      },
      removeAction(id: string) {
        edit((project) => {
          project.actions = project.actions.filter((a) => a.id !== id)
        })
      },
    }
  }, [edit, withMeeting])
}

export type MeetingEdits = ReturnType<typeof useMeetingEdits>

/** A new, empty action created at `now` (its time stamped with the Amsterdam offset, as the model stores instants). */
export function newAction(fields: Partial<Action> = {}, now = Date.now()): Action {
  return {
    id: newId('ac-'),
    what: '',
    ownerId: null,
    deadline: null,
    status: 'open',
    meetingId: null,
    agendaItemId: null,
    workGroupId: null,
    createdAt: amsterdamIsoAt(now),
    doneOn: null,
    notes: '',
    ...fields,
  }
}
