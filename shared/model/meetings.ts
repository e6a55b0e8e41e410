import { z } from 'zod'
import { Id, IsoDate, OptionalDate, Text, Timestamp, record } from './primitives'

/**
 * Meetings (bijeenkomsten) of the learning community: locations, series, meetings with their
 * roles, agenda, attendance and chairing record, actions across meetings, agenda templates,
 * school-holiday periods and who is willing to take which role.
 *
 * Times of day are wall-clock times in Europe/Amsterdam ('HH:mm'); convert with @date-fns/tz
 * (shared/logic/meeting-time.ts) where an instant is needed, e.g. for the .ics export.
 */

/** A wall-clock time of day, 'HH:mm' (24 h), Europe/Amsterdam. */
export const ClockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Verwacht een tijd als UU:MM')
export type ClockTime = z.infer<typeof ClockTime>

/** A place where the community meets (a buurthuis, a school, the municipal office…). */
export const Location = record({
  id: Id,
  name: z.string().max(300),
  address: Text,
  notes: Text,
})
export type Location = z.infer<typeof Location>

export const meetingKinds = ['plenary', 'workGroup', 'single'] as const
export const MeetingKind = z.enum(meetingKinds)
export type MeetingKind = z.infer<typeof MeetingKind>

/**
 * A recurring series: every `intervalWeeks` weeks from `startDate`, either `count` times or until
 * `untilDate` (inclusive). The meetings of a series are stored as ordinary meetings with `seriesId`;
 * moving or cancelling one of them changes only that meeting.
 */
export const MeetingSeries = record({
  id: Id,
  title: z.string().max(300).default(''),
  kind: MeetingKind.default('plenary'),
  workGroupId: Id.nullable().default(null),
  intervalWeeks: z.number().int().min(1).max(52).default(5),
  startDate: IsoDate,
  startTime: ClockTime.default('19:30'),
  endTime: ClockTime.default('21:30'),
  locationId: Id.nullable().default(null),
  /** Number of meetings in the series, or null when `untilDate` bounds it. */
  count: z.number().int().min(1).max(500).nullable().default(null),
  untilDate: OptionalDate,
})
export type MeetingSeries = z.infer<typeof MeetingSeries>

/** The standard roles of a meeting; any other non-empty string is a custom role. */
export const meetingRoles = ['chair', 'minutes', 'timekeeper', 'guestSpeaker', 'host'] as const
export type StandardMeetingRole = (typeof meetingRoles)[number]
/** The roles a rotation suggestion fills by default (the others are optional). */
export const rotatedMeetingRoles = ['chair', 'minutes', 'timekeeper'] as const
export const MeetingRole = z.string().min(1).max(100)
export type MeetingRole = z.infer<typeof MeetingRole>

export const RoleAssignment = record({
  role: MeetingRole,
  participantId: Id,
})
export type RoleAssignment = z.infer<typeof RoleAssignment>

export const agendaItemKinds = ['inform', 'discuss', 'decide', 'reflect', 'workForm'] as const
export const AgendaItemKind = z.enum(agendaItemKinds)
export type AgendaItemKind = z.infer<typeof AgendaItemKind>

export const Decision = record({
  id: Id,
  text: z.string().max(5000),
})
export type Decision = z.infer<typeof Decision>

/** One item of a meeting's agenda; the array order of `Meeting.agenda` is the agenda order. */
export const AgendaItem = record({
  id: Id,
  title: z.string().max(500),
  kind: AgendaItemKind.default('discuss'),
  durationMinutes: z.number().int().min(0).max(600).default(10),
  /** Owner or presenter (a participant), or null. */
  ownerId: Id.nullable().default(null),
  preparation: Text,
  themeIds: z.array(Id).default([]),
  workGroupIds: z.array(Id).default([]),
  /** Minutes (notulen) of this item. */
  notes: Text,
  decisions: z.array(Decision).default([]),
  /** Time actually spent, recorded by the chairing view; null when not chaired. */
  actualSeconds: z.number().min(0).nullable().default(null),
})
export type AgendaItem = z.infer<typeof AgendaItem>

export const attendanceStatuses = ['present', 'excused', 'absent'] as const
export const AttendanceStatus = z.enum(attendanceStatuses)
export type AttendanceStatus = z.infer<typeof AttendanceStatus>

/** Attendance of one participant at one meeting; participants without a row are "unknown". */
export const Attendance = record({
  participantId: Id,
  status: AttendanceStatus,
})
export type Attendance = z.infer<typeof Attendance>

export const ItemTime = record({
  agendaItemId: Id,
  startedAt: Timestamp,
  endedAt: Timestamp.nullable().default(null),
})
export type ItemTime = z.infer<typeof ItemTime>

/** What the live chairing view recorded. */
export const Chairing = record({
  startedAt: Timestamp,
  endedAt: Timestamp.nullable().default(null),
  itemTimes: z.array(ItemTime).default([]),
})
export type Chairing = z.infer<typeof Chairing>

export const meetingStatuses = ['planned', 'cancelled'] as const
export const MeetingStatus = z.enum(meetingStatuses)
export type MeetingStatus = z.infer<typeof MeetingStatus>

export const Meeting = record({
  id: Id,
  kind: MeetingKind.default('plenary'),
  title: z.string().max(300).default(''),
  seriesId: Id.nullable().default(null),
  workGroupId: Id.nullable().default(null),
  date: IsoDate,
  startTime: ClockTime.default('19:30'),
  endTime: ClockTime.default('21:30'),
  locationId: Id.nullable().default(null),
  status: MeetingStatus.default('planned'),
  /** Why it was cancelled, or other notes for the facilitator. */
  notes: Text,
  roles: z.array(RoleAssignment).default([]),
  agenda: z.array(AgendaItem).default([]),
  attendance: z.array(Attendance).default([]),
  chairing: Chairing.nullable().default(null),
})
export type Meeting = z.infer<typeof Meeting>

export const actionStatuses = ['open', 'inProgress', 'done', 'cancelled'] as const
export const ActionStatus = z.enum(actionStatuses)
export type ActionStatus = z.infer<typeof ActionStatus>

/** An action (actiepunt): what, who, by when; where it came from is optional. */
export const Action = record({
  id: Id,
  what: z.string().max(2000),
  ownerId: Id.nullable().default(null),
  deadline: OptionalDate,
  status: ActionStatus.default('open'),
  meetingId: Id.nullable().default(null),
  agendaItemId: Id.nullable().default(null),
  workGroupId: Id.nullable().default(null),
  createdAt: Timestamp.nullable().default(null),
  /** Date the action was marked done, when known. */
  doneOn: OptionalDate,
  notes: Text,
})
export type Action = z.infer<typeof Action>

/** An agenda item in a template: no owner, minutes or decisions. */
export const AgendaTemplateItem = record({
  id: Id,
  title: z.string().max(500),
  kind: AgendaItemKind.default('discuss'),
  durationMinutes: z.number().int().min(0).max(600).default(10),
  preparation: Text,
})
export type AgendaTemplateItem = z.infer<typeof AgendaTemplateItem>

export const AgendaTemplate = record({
  id: Id,
  name: z.string().max(300),
  items: z.array(AgendaTemplateItem).default([]),
})
export type AgendaTemplate = z.infer<typeof AgendaTemplate>

/** A school-holiday period the facilitator marked (inclusive); meetings in it are flagged. */
export const HolidayPeriod = record({
  id: Id,
  name: z.string().max(200).default(''),
  startDate: IsoDate,
  endDate: IsoDate,
})
export type HolidayPeriod = z.infer<typeof HolidayPeriod>

/** Which meeting roles a participant is willing to take (used by the rotation suggestion). */
export const RoleWillingness = record({
  participantId: Id,
  roles: z.array(MeetingRole).default([]),
})
export type RoleWillingness = z.infer<typeof RoleWillingness>
